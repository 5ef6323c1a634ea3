/**
 * The result file as this device exports it: format v3, a shipped model by
 * reference, a model loaded from a file embedded as it was published, a
 * panel's respondents and who said what (src/panel/result-part.ts);
 * signed with this device's key when asked, sealed to a coordinator's key
 * when asked.
 */
import type { Answer, Assessment } from '../../assessment/schema.ts';
import type { PublicJwk } from '../../exchange/keys.ts';
import { createResultFile } from '../../exchange/result-file.ts';
import { seal } from '../../exchange/seal.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { StoredContribution } from '../../panel/contribution-file.ts';
import { panelPartOf } from '../../panel/result-part.ts';
import type { ScoreReport } from '../../scoring/score.ts';
import type { OwnKey } from '../../exchange/private-key.ts';
import { slug } from '../key-files.ts';
import { findAvailableModel } from '../models.ts';

export interface ExportInput {
  assessment: Assessment;
  model: MaturityModel;
  answers: readonly Answer[];
  report: ScoreReport;
  /** A panel's contributions, kept with the assessment: the file says who said what. */
  contributions?: readonly StoredContribution[];
}

export function fileStem(assessment: Assessment, model: MaturityModel): string {
  return `${slug(assessment.organization.name)}-${model.id}-${slug(assessment.period)}`;
}

/** The file's name and text; signed with `signer` (this device's signing key, which the page looks up) when given. */
export async function exportResultFile({ assessment, model, answers, report, contributions = [] }: ExportInput, signer?: OwnKey): Promise<{ name: string; text: string }> {
  const available = await findAvailableModel(model.id, model.version);
  if (!available) throw new Error(`model ${model.id} ${model.version} is not on this device`);
  const panel = panelPartOf(model, answers, assessment.panel, contributions);
  const file = await createResultFile({
    assessment,
    model,
    modelIdentity: { sha256: available.sha256, ...(available.source === 'loaded' ? { published: available.published } : {}) },
    answers: panel.answers,
    report,
    appVersion: __APP_VERSION__,
    ...(panel.respondents.length ? { respondents: panel.respondents } : {}),
    ...(signer ? { signer: { privateKey: signer.privateKey, publicKey: signer.publicKey } } : {}),
  });
  return { name: `${fileStem(assessment, model)}.json`, text: JSON.stringify(file, null, 1) };
}

/** The file (signed when this device has a signing key) sealed to a coordinator's key. */
export async function exportSealedFile(input: ExportInput, coordinator: PublicJwk, signer?: OwnKey): Promise<{ name: string; text: string }> {
  const { text } = await exportResultFile(input, signer);
  return { name: `${fileStem(input.assessment, input.model)}.sealed.json`, text: JSON.stringify(await seal(text, coordinator)) };
}
