/**
 * The lead's panel page: the respondents and their packages, the
 * contribution files they send back, and the consensus of every question.
 * Only this file talks to storage; the sections get data and actions.
 */
import { sizeProblem } from '../../exchange/json-limits.ts';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import { isLocked } from '../../assessment/lock.ts';
import type { AnswerValue, PanelRespondent } from '../../assessment/schema.ts';
import { CONTRIBUTION_MAX_BYTES, checkConsensus, checkContributionFile, createPackage, mergeContributions, storedContributionOf, type MergedQuestion } from '../../panel/index.ts';
import {
  getAssessment,
  getOwnKey,
  listAnswers,
  listContributions,
  onChangeElsewhere,
  removeContribution,
  saveConsensus,
  saveContribution,
  setPanelLead,
  setPanelRespondents,
} from '../../storage/index.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { downloadFile } from '../download.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { findAvailableModel } from '../models.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { ConsensusSection, type ConsensusNow } from './ConsensusSection.tsx';
import { ContributionImport, type ImportOutcome } from './ContributionImport.tsx';
import { panelProblemText } from './problems.ts';
import { LeadSection } from './LeadSection.tsx';
import { RespondentsSection } from './RespondentsSection.tsx';
import './style.css';

// The panel's messages, and the respondent part where the panel's storage refusals are worded (see hooks.ts).
const ready = Promise.all([loadMessagePart('panel'), loadMessagePart('respondent')]);

/** A part of a file name: letters and digits, dashes between. */
function namePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'x'
  );
}

async function load(id: string) {
  await ready;
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  const [available, answers, contributions, key] = await Promise.all([
    findAvailableModel(assessment.model.id, assessment.model.version),
    listAnswers(id),
    listContributions(id),
    getOwnKey('sign'),
  ]);
  return { assessment, available, answers, contributions, fingerprint: key?.fingerprint ?? null };
}

export function PanelPage({ id }: { id: string }) {
  const [loaded, reload] = useLoaded(() => load(id), [id]);
  useEffect(
    () =>
      onChangeElsewhere(
        (change) =>
          (change.type === 'assessments' || ((change.type === 'answer' || change.type === 'contributions') && change.assessmentId === id)) && reload(),
      ),
    [id],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, id);
  usePageTitle(loaded.state === 'ready' ? t('panel.title') : undefined);
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, available, answers, contributions, fingerprint } = loaded.value;
  if (!available) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }
  const { model, sha256 } = available;
  const locked = isLocked(assessment);
  const respondents = assessment.panel?.respondents ?? [];
  const merged = mergeContributions(model, contributions);
  const byQuestion = new Map<string, MergedQuestion>(merged.filter((q) => q.entries.length > 0).map((q) => [q.questionId, q]));
  const consensus = new Map<string, ConsensusNow>(answers.map((a) => [a.questionId, { value: a.value, rationale: a.consensus?.rationale }]));
  const { name, unit } = assessment.organization;
  const organization = unit ? t('home.organizationWithUnit', { name, unit }) : name;

  const lead = assessment.panel?.lead;
  // A package says who asks: the lead names themselves first (LeadSection).
  const exportPackage = async (respondent: PanelRespondent, domains: string[]) => {
    if (!lead) throw new Error(t('panel.lead.first'));
    const pack = createPackage({
      assessment: { id: assessment.id, organization: assessment.organization, period: assessment.period },
      model: { id: model.id, version: model.version, sha256 },
      respondent,
      domains,
      lead: { name: lead.name, role: lead.role, organization, ...(fingerprint ? { fingerprint } : {}) },
    });
    const file = `package-${namePart(name)}-${namePart(respondent.name)}.json`;
    downloadFile(file, `${JSON.stringify(pack, null, 2)}\n`, 'application/json');
    return file;
  };

  // One file after another: a later file of the same respondent replaces the earlier one, as it would imported later.
  const importFiles = async (files: File[]): Promise<ImportOutcome[]> => {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      try {
        // A file too large is refused by its size, before it is read into memory.
        const tooLarge = sizeProblem(file.size, CONTRIBUTION_MAX_BYTES);
        if (tooLarge && !tooLarge.ok) {
          outcomes.push({ file: file.name, outcome: 'refused', reason: panelProblemText(tooLarge.problem) });
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const check = await checkContributionFile(bytes, assessment, { model, sha256 });
        if (!check.ok) {
          outcomes.push({ file: file.name, outcome: 'refused', reason: check.problems.map(panelProblemText).join(' ') });
          continue;
        }
        const { replaced } = await saveContribution(storedContributionOf(check.contribution));
        outcomes.push({ file: file.name, outcome: replaced ? 'replaced' : 'accepted', name: check.contribution.respondent.name });
      } catch (error) {
        outcomes.push({ file: file.name, outcome: 'refused', reason: errorMessage(error) });
      }
    }
    reload();
    return outcomes;
  };

  const setConsensus = async (questionId: string, level: AnswerValue, rationale: string): Promise<string | null> => {
    const question = byQuestion.get(questionId);
    if (!question) return null;
    const problems = checkConsensus(question, level, rationale);
    if (problems.length) return problems.map(panelProblemText).join(' ');
    try {
      await saveConsensus(id, questionId, level, rationale.trim());
    } catch (error) {
      return errorMessage(error);
    }
    reload();
    return null;
  };

  const removeOne = async (respondentId: string) => {
    await removeContribution(id, respondentId);
    reload();
  };

  return (
    <div class="panel-page">
      <h1 tabIndex={-1} ref={heading}>
        {t('panel.heading', { name: organization, period: assessment.period })}
      </h1>
      <p class="lead">{t('panel.intro')}</p>
      {locked && (
        <p class="notice" data-testid="panel-locked">
          {t('panel.locked')}
        </p>
      )}
      <LeadSection
        lead={lead}
        organization={organization}
        locked={locked}
        onSave={async (next) => {
          await setPanelLead(id, next);
          reload();
        }}
        errorText={errorMessage}
      />
      <RespondentsSection
        model={model}
        respondents={respondents}
        received={new Map(contributions.map((c) => [c.respondentId, c.importedAt]))}
        locked={locked}
        fingerprint={fingerprint}
        onSave={async (next) => {
          await setPanelRespondents(id, next);
          reload();
        }}
        onExport={exportPackage}
        errorText={errorMessage}
      />
      <ContributionImport
        locked={locked}
        received={contributions.map((c) => ({ respondentId: c.respondentId, name: c.respondent.name, role: c.respondent.role, importedAt: c.importedAt }))}
        onFiles={importFiles}
        onRemove={removeOne}
        errorText={errorMessage}
      />
      <ConsensusSection model={model} panel={byQuestion} consensus={consensus} locked={locked} onSet={setConsensus} />
      <p>
        <a class="back-link" href={`/assessments/${id}/results`}>
          {t('panel.back')}
        </a>
      </p>
    </div>
  );
}
