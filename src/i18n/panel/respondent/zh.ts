import type { RespondentCatalog } from './en.ts';

export const zh: RespondentCatalog = {
  'contribution.homeHeading': "参与小组评估",
  'contribution.open': "打开意见征集包",
  'contribution.openIntro': "受邀参与小组评估？请打开负责人发给您的征集包：您在本设备上离线作答，然后导出意见文件发回。",
  'contribution.refused': "无法打开“{file}”。{reason}",
  'contribution.heading': "您的意见",
  'contribution.banner': "您以 {name}（{role}）的身份为 {lead} 负责的评估作答。",
  'contribution.fingerprint': "负责人设备的密钥 —",
  'contribution.domains': { other: "请您回答 {total} 个领域中的 {count} 个。" },
  'contribution.export': "导出我的意见",
  'contribution.exportIntro': "请将文件发送给评估负责人：其中包含您对所问领域的回答、评论和证据。",
  'contribution.exportFailed': "无法导出意见：{reason}",
  'contribution.error.mismatch': "此意见不属于其所指的评估；未保存任何内容。",
  'contribution.error.respondentDuplicate': "两位答卷人的标识相同；未保存任何内容。",
  'contribution.answerAs': "您以 {name}（{role}）的身份作答。",
  'contribution.askedBy': "由 {name}（{role}，{organization}）发起。",
  'contribution.askedByNoRole': "由 {name}（{organization}）发起。",
  'contribution.exported': "意见已保存为 {file}：请发送给评估负责人。",
  'contribution.error.reasonMissing': "“不适用”需要说明原因；未保存任何内容。",
};
