/** Messages of the panel, evidence and review features in French (see ./en.ts). */
import type { PanelCatalog } from './en.ts';

export const fr: PanelCatalog = {
  'review.heading': "Revue et approbation",
  'review.current': "État : {state}",
  'review.state.draft': "brouillon",
  'review.state.inReview': "en revue",
  'review.state.approved': "approuvée",
  'review.state.reopened': "rouverte",
  'review.lockedNote': "Approuvée : les réponses, les preuves, les cibles et les actions sont verrouillées jusqu'à la réouverture de l'évaluation.",
  'review.legacy': "Finalisée avant l'existence de la revue et de l'approbation : l'auteur de l'approbation n'a pas été enregistré.",
  'review.history': "Historique de la revue",
  'review.column.state': "État",
  'review.column.by': "Par",
  'review.column.at': "Date",
  'review.column.note': "Note",
  'review.by': "Votre nom",
  'review.role': "Votre fonction",
  'review.note': "Note",
  'review.noteOrReason': "Note (un motif est requis pour renvoyer ou rouvrir)",
  'review.move.submit': "Soumettre à la revue",
  'review.move.approve': "Approuver",
  'review.move.sendBack': "Renvoyer",
  'review.move.reopen': "Rouvrir",
  'review.problem.transition': "Une évaluation ne peut pas passer de « {from} » à « {to} ».",
  'review.problem.name': "Indiquez votre nom : chaque étape de la revue précise qui l'a franchie.",
  'review.problem.reason': "Indiquez pourquoi : un motif est requis pour renvoyer ou rouvrir une évaluation.",
};
