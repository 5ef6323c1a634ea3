import type { ProfileCatalog } from './en.ts';

export const profileZh: ProfileCatalog = {
  'profile.title': '本组织如何治理信息和通信技术',
  'profile.links': '评估页面',
  'profile.none': '本评估所用模型不要求填写治理概况。',
  'profile.intro': '关于本组织如何安排信息和通信技术治理的事实。这些事实不计分：协调人用它们对类似组织进行比较。每项答复一经填写即予保存；不清楚的可以不填。',
  'profile.locked': '本评估已定稿：其概况可以查看，但不能更改。如需更改，请从结果页面重新打开评估。',
  'profile.notSaved': {
    other: '有{count}项答复未保存：请查看其下方的消息。',
  },
  'profile.saveFailed': '未保存：{error}',
  'profile.notGiven': '未说明',
  'profile.givenAs': '此前填写为：{value}',
  'profile.amount': '金额',
  'profile.currency': '货币',
  'profile.notAnswered': '未填写概况。',
  'profile.value.not-a-number': '请输入数字。未保存。',
  'profile.value.not-whole': '请输入整数。未保存。',
  'profile.value.below-min': '请输入不小于{min}的数。未保存。',
  'profile.value.above-max': '请输入不大于{max}的数。未保存。',
  'profile.value.unknown-option': '“{option}”不是可选项之一。未保存。',
  'profile.value.wrong-type': '此值与问题不符。未保存。',
  'profile.value.currency': '请选择三个字母的货币代码，例如 USD。未保存。',
};
