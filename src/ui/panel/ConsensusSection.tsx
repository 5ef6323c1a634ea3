import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { AnswerValue, Evidence, PanelRespondent } from '../../assessment/schema.ts';
import { scaleLevels, type Level, type MaturityModel, type Question } from '../../model/schema.ts';
import { levelLabel, modelText } from '../model-text.ts';
import { roleName } from './roles.ts';

/** One question as the panel answered it (see src/panel/merge.ts). */
export interface QuestionPanel {
  entries: readonly { respondent: PanelRespondent; value: AnswerValue | null; comment: string; evidence?: readonly Evidence[] | undefined }[];
  spread: { min: number; max: number; range: number } | null;
  needsRationale: boolean;
}

/** The lead's answer as it stands: the consensus level, once set, and its rationale. */
export interface ConsensusNow {
  value: AnswerValue | null;
  rationale?: string | undefined;
}

interface Props {
  model: MaturityModel;
  /** Question id → what the respondents said; questions nobody was asked are absent. */
  panel: ReadonlyMap<string, QuestionPanel>;
  consensus: ReadonlyMap<string, ConsensusNow>;
  locked: boolean;
  /** Checks and sets the consensus (a level, or "not applicable" where the question allows it); resolves with the reason it was refused, or null once saved. */
  onSet: (questionId: string, value: AnswerValue, rationale: string) => Promise<string | null>;
}

function valueText(model: MaturityModel, value: AnswerValue | null | undefined): string {
  if (value === undefined) return t('panel.noAnswer');
  if (value === null) return t('question.notAnswered');
  if (value === 'na') return t('question.notApplicable');
  return levelLabel(model, value);
}

/** Every asked question, by domain and key element: what each respondent said, the spread, and the lead's consensus. */
export function ConsensusSection({ model, panel, consensus, locked, onSet }: Props) {
  const text = modelText(model);
  return (
    <section aria-labelledby="consensus-heading" class="panel-consensus">
      <h2 id="consensus-heading">{t('panel.questions')}</h2>
      {panel.size === 0 && <p>{t('panel.questions.none')}</p>}
      {model.domains.map((domain) => {
        const elements = domain.elements.filter((e) => e.questions.some((q) => panel.has(q.id)));
        if (elements.length === 0) return null;
        return (
          <section key={domain.id} aria-labelledby={`panel-domain-${domain.id}`}>
            <h3 id={`panel-domain-${domain.id}`}>{text(domain.title)}</h3>
            {elements.map((element) => (
              <section key={element.id} aria-labelledby={`panel-element-${element.id}`} class="panel-element">
                <h4 id={`panel-element-${element.id}`}>{text(element.title)}</h4>
                {element.questions
                  .filter((q) => panel.has(q.id))
                  .map((question) => (
                    <QuestionConsensus
                      key={question.id}
                      model={model}
                      question={question}
                      answered={panel.get(question.id)!}
                      current={consensus.get(question.id)}
                      locked={locked}
                      onSet={(value, rationale) => onSet(question.id, value, rationale)}
                    />
                  ))}
              </section>
            ))}
          </section>
        );
      })}
    </section>
  );
}

interface QuestionProps {
  model: MaturityModel;
  question: Question;
  answered: QuestionPanel;
  current: ConsensusNow | undefined;
  locked: boolean;
  onSet: (value: AnswerValue, rationale: string) => Promise<string | null>;
}

function QuestionConsensus({ model, question, answered, current, locked, onSet }: QuestionProps) {
  const text = modelText(model);
  const id = `panel-${question.id}`;
  // "Not applicable" is offered only where the model allows it for this question.
  const currentValue = current?.value === 'na' ? (question.allowNotApplicable ? 'na' : null) : (current?.value ?? null);
  const [level, setLevel] = useState<AnswerValue | null>(currentValue);
  const [rationale, setRationale] = useState(current?.rationale ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    if (level === null) return setError(t('panel.problem.levelScale'));
    setStatus('');
    void onSet(level, rationale).then(
      (refused) => {
        setError(refused);
        if (refused === null) setStatus(t('panel.consensus.saved'));
      },
      (e: unknown) => setError(String(e)),
    );
  };

  const spread = answered.spread;
  return (
    <div class="panel-question" data-question-id={question.id}>
      <p class="panel-question-text" id={`${id}-text`}>
        <strong>{text(question.text)}</strong>
      </p>
      <div class="table-scroll" role="region" aria-labelledby={`${id}-text`} tabIndex={0}>
        <table>
          <caption class="visually-hidden">{t('panel.answers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panel.column.respondent')}</th>
              <th scope="col">{t('panel.column.level')}</th>
              <th scope="col">{t('panel.column.comment')}</th>
              <th scope="col">{t('panel.column.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {answered.entries.map((entry) => (
              <tr key={entry.respondent.id} data-respondent={entry.respondent.name}>
                <th scope="row">
                  <bdi>{entry.respondent.name}</bdi> ({roleName(entry.respondent.role)})
                </th>
                <td data-cell="level">{valueText(model, entry.value)}</td>
                <td data-cell="comment">{entry.comment}</td>
                <td data-cell="evidence">
                  {entry.evidence && entry.evidence.length > 0 && (
                    <ul class="panel-evidence">
                      {entry.evidence.map((item, i) => (
                        <li key={i}>
                          <bdi>{item.title}</bdi>
                          {item.reference && (
                            <>
                              {' — '}
                              <bdi>{item.reference}</bdi>
                            </>
                          )}
                          {item.verified && ` (${t('results.evidenceVerified')})`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="panel-spread" data-testid="spread">
        {spread
          ? t('panel.spread', { min: levelLabel(model, spread.min as Level), max: levelLabel(model, spread.max as Level), range: spread.range })
          : t('panel.spread.none')}
      </p>
      <form class="panel-consensus-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for={`${id}-level`}>{t('panel.consensus.level')}</label>
          <select
            id={`${id}-level`}
            value={level === null ? '' : String(level)}
            disabled={locked}
            onChange={(e) => {
              const chosen = e.currentTarget.value;
              setLevel(chosen === '' ? null : chosen === 'na' ? 'na' : (Number(chosen) as Level));
            }}
          >
            <option value="">{t('panel.consensus.unset')}</option>
            {scaleLevels(model).map((value) => (
              <option key={value} value={String(value)}>
                {levelLabel(model, value)}
              </option>
            ))}
            {question.allowNotApplicable && <option value="na">{t('question.notApplicable')}</option>}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-rationale`}>
            {level === 'na' ? t('panel.consensus.reasonRequired') : answered.needsRationale ? t('panel.consensus.rationaleRequired') : t('panel.consensus.rationale')}
          </label>
          <textarea
            id={`${id}-rationale`}
            rows={2}
            maxLength={5000}
            value={rationale}
            disabled={locked}
            aria-required={answered.needsRationale || level === 'na'}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setRationale(e.currentTarget.value)}
          />
        </div>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
        {!locked && <button type="submit">{t('panel.consensus.save')}</button>}
        <p role="status" class="save-state">
          {status}
        </p>
        {currentValue !== null && <p data-testid="consensus-current">{t('panel.consensus.current', { level: valueText(model, currentValue) })}</p>}
      </form>
    </div>
  );
}
