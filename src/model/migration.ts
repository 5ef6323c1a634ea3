/**
 * Moving an assessment to a newer version of its model. Answers are carried
 * over by question id (ids are stable across versions); what cannot carry
 * over, or should be looked at again, is listed in a plan before anything
 * changes. Pure: the plan and its outcome are plain data, and storage saves
 * them.
 *
 * The rules:
 * - A question in the new version only is added: it starts unanswered.
 * - A question in the old version only is removed: its answer does not
 *   carry over (the plan lists it, with the answer, so it can be kept
 *   elsewhere before the move).
 * - A question whose text or any level descriptor reads differently, in a
 *   language both versions give it in, is changed: its answer carries over
 *   and is flagged for review. A translation added or dropped alone is not a
 *   change: what was asked stays the same. Descriptors are compared over
 *   the levels of both scales, so a level one version has and the other
 *   does not is a changed descriptor.
 * - "Not applicable" on a question that no longer allows it, and a level
 *   that is not on the new version's scale (a 0–5 answer of 5 on a 0–3
 *   scale): the value is cleared (the question shows as unanswered, its
 *   comment kept) and flagged for review. Picking a level in the person's
 *   place would put words in their mouth.
 * - A question of the new version that names, in `carriesFrom`, questions
 *   of an earlier version (one split in two, or two merged) takes the
 *   answer of the first of them that was answered, flagged for review; the
 *   removed question lists where its answer went. Nothing is lost silently.
 * - Targets and actions of key elements that still exist carry over; those
 *   of removed elements are dropped, and listed. A target that is not on the
 *   new version's scale is dropped too, and listed (the element's default
 *   target applies).
 */
import type { Problem, ProblemParams } from './problem.ts';
import type { Action, Answer, Assessment } from '../assessment/schema.ts';
import { isScaleLevel, scaleLevels, type Level, type LocalText, type MaturityModel } from './schema.ts';
import { compareVersions, isVersion } from './version.ts';
import { elementsOf, questionsOf, type QuestionPlace } from './walk.ts';
import { answersByQuestion } from '../assessment/answers.ts';

export { compareVersions } from './version.ts';

export interface AddedQuestion {
  questionId: string;
  elementId: string;
  domainId: string;
  /** The old question whose answer this one takes (its `carriesFrom`), when there was an answer to take. */
  carriedFrom?: string;
}

export interface RemovedQuestion {
  questionId: string;
  /** The answer that will not carry over by id; null when the question was not answered. */
  answer: Answer | null;
  /** The new questions that take this answer instead (their `carriesFrom` names this question). */
  carriedTo: string[];
}

export interface ChangedQuestion {
  questionId: string;
  textChanged: boolean;
  /** The levels whose descriptor reads differently (or exists in one version only). */
  changedLevels: Level[];
  /** The answer carried over for review; null when the question was not answered. */
  answer: Answer | null;
}

export interface MigrationPlan {
  /** The assessment as it is now, on the old version. */
  assessment: Assessment;
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: AddedQuestion[];
  removed: RemovedQuestion[];
  changed: ChangedQuestion[];
  /** Questions in both versions, worded alike. */
  unchanged: string[];
  /** The answers as they will be on the new version (a refused "not applicable" already cleared). */
  carried: Answer[];
  /** Answers "not applicable" to questions that no longer allow it, as they were; their value is cleared. */
  notApplicableRefused: Answer[];
  /** Answers whose level is not on the new version's scale, as they were; their value is cleared. */
  levelOffScale: Answer[];
  /** Question ids whose carried answer a person should look at again, in the new model's order. */
  review: string[];
  targets: { carried: Record<string, Level>; dropped: DroppedTarget[] };
  actions: { carried: Record<string, Action>; dropped: { elementId: string; action: Action }[] };
  /** Where the questionnaire reopens: kept when that element still exists, else null (it opens at the start). */
  lastElementId: string | null;
}

export interface DroppedTarget {
  elementId: string;
  target: Level;
  /** Why it no longer applies: its element is gone, or its level is not on the new version's scale. */
  reason: 'element-removed' | 'off-scale';
}

/** Why an assessment cannot move to another version of its model. */
export type MigrationProblemCode =
  | 'migration.other-model'
  | 'migration.not-a-version'
  | 'migration.same-version'
  | 'migration.older'
  | 'migration.not-from'
  | 'migration.foreign-answers';

export type MigrationCheck = { ok: true; plan: MigrationPlan } | { ok: false; problem: Problem<MigrationProblemCode> };

function questionsById(model: MaturityModel): Map<string, QuestionPlace> {
  return new Map(questionsOf(model).map((place) => [place.question.id, place]));
}

function elementIdsOf(model: MaturityModel): Set<string> {
  return new Set(elementsOf(model).map(({ element }) => element.id));
}

function byLanguage(text: LocalText, defaultLanguage: string): Record<string, string> {
  return typeof text === 'string' ? { [defaultLanguage]: text } : text;
}

/** True when the text reads differently in a language both versions give it in. */
function textDiffers(before: LocalText, beforeLanguage: string, after: LocalText, afterLanguage: string): boolean {
  const old = byLanguage(before, beforeLanguage);
  const now = byLanguage(after, afterLanguage);
  return Object.keys(old).some((language) => language in now && old[language] !== now[language]);
}

/**
 * Plans moving `assessment` (with its `answers`) from `fromModel`, the
 * version it uses, to `toModel`, a newer version of the same model.
 * Refuses, with a reason to show, when the models are not two versions of
 * one model, when the target is not newer, or when the assessment is not on
 * `fromModel`.
 */
export function planMigration(
  fromModel: MaturityModel,
  toModel: MaturityModel,
  answers: readonly Answer[],
  assessment: Assessment,
): MigrationCheck {
  const refuse = (code: MigrationProblemCode, params: ProblemParams): MigrationCheck => ({ ok: false, problem: { code, params } });
  if (fromModel.id !== toModel.id) return refuse('migration.other-model', { from: fromModel.id, to: toModel.id });
  for (const version of [fromModel.version, toModel.version]) {
    if (!isVersion(version)) return refuse('migration.not-a-version', { version });
  }
  const order = compareVersions(toModel.version, fromModel.version);
  if (order === 0) return refuse('migration.same-version', { id: fromModel.id, version: fromModel.version });
  if (order < 0) return refuse('migration.older', { id: toModel.id, version: toModel.version, current: fromModel.version });
  if (assessment.model.id !== fromModel.id || assessment.model.version !== fromModel.version) {
    return refuse('migration.not-from', { id: assessment.model.id, version: assessment.model.version, fromId: fromModel.id, fromVersion: fromModel.version });
  }
  const strangers = answers.filter((a) => a.assessmentId !== assessment.id);
  if (strangers.length) return refuse('migration.foreign-answers', { count: strangers.length, id: assessment.id });

  const before = questionsById(fromModel);
  const after = questionsById(toModel);
  const answerOf = answersByQuestion(answers);

  const added: AddedQuestion[] = [];
  const changed: ChangedQuestion[] = [];
  const unchanged: string[] = [];
  const carried: Answer[] = [];
  const notApplicableRefused: Answer[] = [];
  const levelOffScale: Answer[] = [];
  const review: string[] = [];
  const levels = [...new Set([...scaleLevels(fromModel), ...scaleLevels(toModel)])].sort((a, b) => a - b);
  const carriedTo = new Map<string, string[]>();
  for (const [questionId, { question, element, domain }] of after) {
    const where = { elementId: element.id, domainId: domain.id };
    const old = before.get(questionId);
    let answer = answerOf.get(questionId) ?? null;
    if (!old) {
      // An answer to a question the old version did not have (left from an even older version) is carried as it is;
      // else the answer of a question it replaces, to be looked at again.
      const from = answer ? undefined : question.carriesFrom?.find((id) => before.has(id) && answerOf.get(id));
      if (from) {
        answer = { ...answerOf.get(from)!, questionId };
        carriedTo.set(from, [...(carriedTo.get(from) ?? []), questionId]);
        review.push(questionId);
        added.push({ questionId, ...where, carriedFrom: from });
      } else added.push({ questionId, ...where });
    } else {
      const textChanged = textDiffers(old.question.text, fromModel.defaultLanguage, question.text, toModel.defaultLanguage);
      const changedLevels = levels.filter((level) => {
        const was = old.question.levels[`${level}`];
        const is = question.levels[`${level}`];
        if (!was || !is) return was !== is;
        return textDiffers(was, fromModel.defaultLanguage, is, toModel.defaultLanguage);
      });
      if (textChanged || changedLevels.length > 0) {
        changed.push({ questionId, textChanged, changedLevels, answer });
        if (answer) review.push(questionId);
      } else unchanged.push(questionId);
    }
    if (!answer) continue;
    const refusedNotApplicable = answer.value === 'na' && !question.allowNotApplicable;
    const offScale = typeof answer.value === 'number' && !isScaleLevel(toModel, answer.value);
    if (refusedNotApplicable || offScale) {
      (refusedNotApplicable ? notApplicableRefused : levelOffScale).push(answer);
      carried.push({ ...answer, value: null });
      if (!review.includes(questionId)) review.push(questionId);
    } else carried.push(answer);
  }

  const removed: RemovedQuestion[] = [...before.keys()]
    .filter((id) => !after.has(id))
    .map((questionId) => ({ questionId, answer: answerOf.get(questionId) ?? null, carriedTo: carriedTo.get(questionId) ?? [] }));
  // Answers to questions neither version has cannot carry over either.
  for (const answer of answers) {
    if (!after.has(answer.questionId) && !before.has(answer.questionId)) removed.push({ questionId: answer.questionId, answer, carriedTo: [] });
  }

  const elements = elementIdsOf(toModel);
  const targets: MigrationPlan['targets'] = { carried: {}, dropped: [] };
  for (const [elementId, target] of Object.entries(assessment.targets)) {
    if (!elements.has(elementId)) targets.dropped.push({ elementId, target, reason: 'element-removed' });
    else if (!isScaleLevel(toModel, target)) targets.dropped.push({ elementId, target, reason: 'off-scale' });
    else targets.carried[elementId] = target;
  }
  const actions: MigrationPlan['actions'] = { carried: {}, dropped: [] };
  for (const [elementId, action] of Object.entries(assessment.actions)) {
    if (elements.has(elementId)) actions.carried[elementId] = action;
    else actions.dropped.push({ elementId, action });
  }

  return {
    ok: true,
    plan: {
      assessment,
      from: { id: fromModel.id, version: fromModel.version },
      to: { id: toModel.id, version: toModel.version },
      added,
      removed,
      changed,
      unchanged,
      carried,
      notApplicableRefused,
      levelOffScale,
      review,
      targets,
      actions,
      lastElementId: assessment.lastElementId !== undefined && elements.has(assessment.lastElementId) ? assessment.lastElementId : null,
    },
  };
}

export interface Migrated {
  /**
   * The assessment on the new version: its model reference, targets and
   * actions moved; `lastElementId` cleared when that element is gone.
   * `updatedAt` is left for whoever saves it to set.
   */
  assessment: Assessment;
  /** Every answer record of the assessment on the new version; answers to removed questions are not among them. */
  answers: Answer[];
  /** Question ids to look at again. */
  review: string[];
}

/** What the assessment and its answers become once the plan is carried out. */
export function applyMigration(plan: MigrationPlan): Migrated {
  const { lastElementId: _before, ...assessment } = plan.assessment;
  return {
    assessment: {
      ...assessment,
      ...(plan.lastElementId === null ? {} : { lastElementId: plan.lastElementId }),
      model: { ...plan.to },
      targets: { ...plan.targets.carried },
      actions: { ...plan.actions.carried },
    },
    answers: plan.carried.map((answer) => ({ ...answer })),
    review: [...plan.review],
  };
}
