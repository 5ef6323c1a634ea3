/** Messages of the panel, evidence and review features in Arabic (see ./en.ts). */
import type { PanelCatalog } from './en.ts';

export const ar: PanelCatalog = {
  'review.heading': "المراجعة والاعتماد",
  'review.current': "الحالة: {state}",
  'review.state.draft': "مسودة",
  'review.state.inReview': "قيد المراجعة",
  'review.state.approved': "معتمد",
  'review.state.reopened': "أُعيد فتحه",
  'review.lockedNote': "معتمد: الإجابات والأدلة والأهداف والإجراءات مقفلة إلى أن يُعاد فتح التقييم.",
  'review.legacy': "وُضعت علامة «نهائي» قبل وجود المراجعة والاعتماد: لم يُسجَّل من اعتمده.",
  'review.history': "سجل المراجعة",
  'review.column.state': "الحالة",
  'review.column.by': "بواسطة",
  'review.column.at': "التاريخ",
  'review.column.note': "ملاحظة",
  'review.by': "اسمك",
  'review.role': "دورك",
  'review.note': "ملاحظة",
  'review.noteOrReason': "ملاحظة (يلزم ذكر السبب للإرجاع أو إعادة الفتح)",
  'review.move.submit': "إرسال للمراجعة",
  'review.move.approve': "اعتماد",
  'review.move.sendBack': "إرجاع",
  'review.move.reopen': "إعادة فتح",
  'review.problem.transition': "لا يمكن أن ينتقل التقييم من «{from}» إلى «{to}».",
  'review.problem.name': "اذكر اسمك: كل خطوة في المراجعة تبيّن من قام بها.",
  'review.problem.reason': "اذكر السبب: يلزم ذكر السبب لإرجاع التقييم أو إعادة فتحه.",
};
