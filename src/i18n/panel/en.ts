/**
 * Messages of the panel, evidence and review features, in English: loaded
 * with the pages that use them (`loadMessagePart('panel')` in ../parts.ts), never on the
 * questionnaire's first visit. Every other panel catalog has exactly these keys.
 */
import type { Message } from '../en.ts';

export const en = {
  'review.heading': "Review and sign-off",
  'review.current': "Status: {state}",
  'review.state.draft': "draft",
  'review.state.inReview': "in review",
  'review.state.approved': "approved",
  'review.state.reopened': "reopened",
  'review.lockedNote': "Approved: answers, evidence, targets and actions are locked until the assessment is reopened.",
  'review.legacy': "Marked final before review and sign-off existed: who approved it was not recorded.",
  'review.history': "Review history",
  'review.column.state': "Status",
  'review.column.by': "By",
  'review.column.at': "Date",
  'review.column.note': "Note",
  'review.by': "Your name",
  'review.role': "Your role",
  'review.note': "Note",
  'review.noteOrReason': "Note (a reason is required to send back or reopen)",
  'review.move.submit': "Submit for review",
  'review.move.approve': "Approve",
  'review.move.sendBack': "Send back",
  'review.move.reopen': "Reopen",
  'review.problem.transition': "An assessment cannot go from “{from}” to “{to}”.",
  'review.problem.name': "Give your name: every step of the review says who took it.",
  'review.problem.reason': "Say why: a reason is required to send back or reopen an assessment.",
  'evidence.heading': "Evidence",
  'evidence.intro': "References, not uploads: documents stay in the organization's own systems.",
  'evidence.expected': "Evidence the model expects:",
  'evidence.expectedAt': "Level {level}: {text}",
  'evidence.none': "No evidence recorded for this answer.",
  'evidence.item': "Reference {number}",
  'evidence.title': "Title",
  'evidence.reference': "Link or document reference",
  'evidence.date': "Date it applies to",
  'evidence.custodian': "Custodian",
  'evidence.verified': "Verified",
  'evidence.remove': "Remove reference {number}",
  'evidence.add': "Add a reference",
  'evidence.saved': "Evidence saved",
  'evidence.saving': "Saving…",
  'evidence.incomplete': "Not saved yet: give every reference a title.",
  'evidence.failed': "Not saved: {reason}",
  'results.confidence': "Confidence",
  'results.confidence.none': "— (no claim at level 2 or above)",
  'results.confidence.hint': "Confidence: the share of answers at level 2 or above that have verified evidence. A high level with low confidence rests on the respondent's word alone.",
  'results.evidenceOf': "Evidence: {list}",
  'results.evidenceVerified': "verified",
  'evidence.back': "Back to the question",
} satisfies Record<string, Message>;

export type PanelKey = keyof typeof en;
export type PanelCatalog = Readonly<Record<PanelKey, Message>>;
