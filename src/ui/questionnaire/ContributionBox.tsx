/**
 * "Export my contribution" on a respondent's questionnaire. Loaded only for
 * an assessment made from a contribution package, after the questions are
 * shown (see Questionnaire): neither this code nor the messages it needs
 * (the respondent's part and the panel's role names) weigh on the
 * questionnaire's first visit.
 */
import { loadMessagePart } from '../../i18n/parts.ts';
import { loadRespondentMessages } from '../../i18n/panel/respondent/load.ts';
import { ContributionExport } from '../results/ContributionExport.tsx';

export const ready: Promise<void> = Promise.all([loadMessagePart('panel'), loadRespondentMessages()]).then(() => undefined);

export { ContributionExport as ContributionBox };
