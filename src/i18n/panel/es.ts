/** Messages of the panel, evidence and review features in Spanish (see ./en.ts). */
import type { PanelCatalog } from './en.ts';

export const es: PanelCatalog = {
  'review.heading': "Revisión y aprobación",
  'review.current': "Estado: {state}",
  'review.state.draft': "borrador",
  'review.state.inReview': "en revisión",
  'review.state.approved': "aprobada",
  'review.state.reopened': "reabierta",
  'review.lockedNote': "Aprobada: las respuestas, las evidencias, los objetivos y las acciones quedan bloqueados hasta que se vuelva a abrir la evaluación.",
  'review.legacy': "Marcada como definitiva antes de que existieran la revisión y la aprobación: no se registró quién la aprobó.",
  'review.history': "Historial de la revisión",
  'review.column.state': "Estado",
  'review.column.by': "Por",
  'review.column.at': "Fecha",
  'review.column.note': "Nota",
  'review.by': "Su nombre",
  'review.role': "Su función",
  'review.note': "Nota",
  'review.noteOrReason': "Nota (se requiere un motivo para devolver o reabrir)",
  'review.move.submit': "Enviar a revisión",
  'review.move.approve': "Aprobar",
  'review.move.sendBack': "Devolver",
  'review.move.reopen': "Reabrir",
  'review.problem.transition': "Una evaluación no puede pasar de «{from}» a «{to}».",
  'review.problem.name': "Indique su nombre: cada paso de la revisión dice quién lo dio.",
  'review.problem.reason': "Indique el motivo: es obligatorio para devolver o reabrir una evaluación.",
};
