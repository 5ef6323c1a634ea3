/** Messages of the panel, evidence and review features in Russian (see ./en.ts). */
import type { PanelCatalog } from './en.ts';

export const ru: PanelCatalog = {
  'review.heading': "Проверка и утверждение",
  'review.current': "Статус: {state}",
  'review.state.draft': "черновик",
  'review.state.inReview': "на проверке",
  'review.state.approved': "утверждена",
  'review.state.reopened': "вновь открыта",
  'review.lockedNote': "Утверждена: ответы, подтверждения, цели и действия заблокированы, пока оценка не будет вновь открыта.",
  'review.legacy': "Отмечена как окончательная до появления проверки и утверждения: кто ее утвердил, не записано.",
  'review.history': "История проверки",
  'review.column.state': "Статус",
  'review.column.by': "Кем",
  'review.column.at': "Дата",
  'review.column.note': "Примечание",
  'review.by': "Ваше имя",
  'review.role': "Ваша должность",
  'review.note': "Примечание",
  'review.noteOrReason': "Примечание (чтобы вернуть на доработку или вновь открыть, нужна причина)",
  'review.move.submit': "Отправить на проверку",
  'review.move.approve': "Утвердить",
  'review.move.sendBack': "Вернуть на доработку",
  'review.move.reopen': "Открыть вновь",
  'review.problem.transition': "Оценка не может перейти из состояния «{from}» в «{to}».",
  'review.problem.name': "Укажите свое имя: на каждом шаге проверки записывается, кто его сделал.",
  'review.problem.reason': "Укажите причину: она обязательна, чтобы вернуть оценку на доработку или вновь открыть ее.",
};
