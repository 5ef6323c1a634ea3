/**
 * Messages of a panel respondent's side (opening a contribution package,
 * exporting the contribution) and of the panel's storage refusals, in
 * English: a message part of its own (`loadMessagePart('respondent')`, see ../../parts.ts), loaded by
 * the home and results pages, never on the questionnaire's first visit.
 * Every other catalog of this part has exactly these keys.
 */
import type { Message } from '../../en.ts';

export const en = {
  'contribution.homeHeading': "Contributing to a panel",
  'contribution.open': "Open a contribution package",
  'contribution.openIntro': "Asked to contribute to a panel assessment? Open the package its lead sent you: you answer on this device, offline, then export a contribution file to send back.",
  'contribution.refused': "“{file}” cannot be opened. {reason}",
  'contribution.heading': "Your contribution",
  'contribution.banner': "You answer as {name} ({role}) for the assessment led by {lead}.",
  'contribution.fingerprint': "The lead's device key —",
  'contribution.domains': { one: "You were asked {count} of {total} domains.", other: "You were asked {count} of {total} domains." },
  'contribution.export': "Export my contribution",
  'contribution.exportIntro': "Send the file to the lead of the assessment: it holds your answers, comments and evidence for the domains you were asked.",
  'contribution.exportFailed': "The contribution could not be exported: {reason}",
  'contribution.error.mismatch': "This contribution does not belong to the assessment it names; nothing was kept.",
  'contribution.error.respondentDuplicate': "Two respondents have the same identifier; nothing was saved.",
  'contribution.answerAs': "You answer as {name} ({role}).",
  'contribution.askedBy': "Asked by {name}, {role}, {organization}.",
  'contribution.askedByNoRole': "Asked by {name}, {organization}.",
  'contribution.exported': "Contribution saved as {file}: send it to the lead.",
  'contribution.error.reasonMissing': "“Not applicable” needs a reason; nothing was saved.",
} satisfies Record<string, Message>;

export type RespondentKey = keyof typeof en;
export type RespondentCatalog = Readonly<Record<RespondentKey, Message>>;
