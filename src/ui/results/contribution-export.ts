/**
 * A respondent's contribution file, as their device exports it: the
 * answers of the domains they were asked, the lead's assessment and the
 * model by reference, sealed with its integrity hash (src/panel).
 */
import type { Answer, Assessment, ContributionSource } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { findAvailableModel } from '../models.ts';

/** The file's name (`contribution-<org>-<respondent>-<date>.json`) and text. */
export async function exportContribution(
  assessment: Assessment & { contribution: ContributionSource },
  model: MaturityModel,
  answers: readonly Answer[],
): Promise<{ name: string; text: string }> {
  const [available, { createContributionFile, contributionFileName }] = await Promise.all([
    findAvailableModel(model.id, model.version),
    import('../../panel/contribution-file.ts'),
  ]);
  if (!available) throw new Error(`model ${model.id} ${model.version} is not on this device`);
  const file = await createContributionFile({ assessment, answers, model, sha256: available.sha256 });
  return {
    name: contributionFileName(assessment.organization.name, assessment.contribution.respondent.name, file.exportedAt),
    text: JSON.stringify(file, null, 1),
  };
}
