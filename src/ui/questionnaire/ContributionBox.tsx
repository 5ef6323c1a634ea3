/**
 * "Export my contribution" on a respondent's questionnaire. Loaded only for
 * an assessment made from a contribution package, after the questions are
 * shown (see Questionnaire): neither this code, nor the export's, nor the
 * messages it needs (the respondent's part and the panel's role names)
 * weigh on the questionnaire's first visit. Everything it needs is imported
 * when asked for, so the questionnaire's chunk names only this small module.
 */
import type { FunctionComponent } from 'preact';
import type { Answer, Assessment, ContributionSource } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';

export interface ContributionBoxProps {
  assessment: Assessment & { contribution: ContributionSource };
  /** The model whole (the questionnaire shows only the domains asked). */
  model: MaturityModel;
  /** The answers as stored, once every write under way has settled (a comment is saved as the button takes the focus). */
  answers: () => Promise<Answer[]>;
}

/** The box, with its messages loaded. */
export async function loadContributionBox(): Promise<FunctionComponent<ContributionBoxProps>> {
  const [{ ContributionExport }, { exportContribution }, { askedCount }] = await Promise.all([
    import('../results/ContributionExport.tsx'),
    import('../results/contribution-export.ts'),
    import('../../panel/asked.ts'),
    import('../../i18n/parts.ts').then((m) => Promise.all([m.loadMessagePart('panel'), m.loadMessagePart('respondent')])),
  ]);
  return function ContributionBox({ assessment, model, answers }) {
    return (
      <ContributionExport
        source={assessment.contribution}
        asked={askedCount(model, assessment.contribution)}
        place="questionnaire"
        exportContribution={async () => exportContribution(assessment, model, await answers())}
      />
    );
  };
}
