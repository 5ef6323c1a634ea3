/** Messages of the panel, evidence and review features in Chinese (see ./en.ts). */
import type { PanelCatalog } from './en.ts';

export const zh: PanelCatalog = {
  'review.heading': "审查与签署",
  'review.current': "状态：{state}",
  'review.state.draft': "草稿",
  'review.state.inReview': "审查中",
  'review.state.approved': "已批准",
  'review.state.reopened': "已重新开启",
  'review.lockedNote': "已批准：在重新开启评估之前，答复、证据、目标和行动均已锁定。",
  'review.legacy': "在审查与签署功能推出之前已定稿：未记录批准人。",
  'review.history': "审查记录",
  'review.column.state': "状态",
  'review.column.by': "操作人",
  'review.column.at': "日期",
  'review.column.note': "备注",
  'review.by': "您的姓名",
  'review.role': "您的职务",
  'review.note': "备注",
  'review.noteOrReason': "备注（退回或重新开启时须说明理由）",
  'review.move.submit': "提交审查",
  'review.move.approve': "批准",
  'review.move.sendBack': "退回",
  'review.move.reopen': "重新开启",
  'review.problem.transition': "评估不能从“{from}”变为“{to}”。",
  'review.problem.name': "请填写您的姓名：审查的每一步都记录操作人。",
  'review.problem.reason': "请说明理由：退回或重新开启评估时必须说明理由。",
};
