import { useState } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import { EvidenceSchema, type Evidence } from '../../../assessment/schema.ts';
import { scaleLevels, type MaturityModel, type Question } from '../../../model/schema.ts';
import { modelText } from '../../model-text.ts';

interface Props {
  model: MaturityModel;
  question: Question;
  evidence: readonly Evidence[];
  locked: boolean;
  /** Saves the whole register of the answer in one transaction; rejects, nothing written, when it fails. */
  onSave: (evidence: Evidence[]) => Promise<void>;
  errorText: (error: unknown) => string;
}

type Row = { title: string; reference: string; date: string; custodian: string; verified: boolean };

const toRow = (e: Evidence): Row => ({ title: e.title, reference: e.reference, date: e.date ?? '', custodian: e.custodian ?? '', verified: e.verified });
const fromRow = (r: Row): Evidence => ({
  title: r.title.trim(),
  reference: r.reference.trim(),
  ...(r.date ? { date: r.date } : {}),
  ...(r.custodian.trim() ? { custodian: r.custodian.trim() } : {}),
  verified: r.verified,
});

/**
 * The evidence register of one answer: references, not uploads (title, a
 * link or document reference, the date it applies to, its custodian,
 * whether it was verified), with the evidence the model expects at each
 * level. Saved as it is given: each finished change writes the register.
 */
export function EvidenceEditor({ model, question, evidence, locked, onSave, errorText }: Props) {
  const text = modelText(model);
  const [rows, setRows] = useState<Row[]>(evidence.map(toRow));
  const [state, setState] = useState<'saved' | 'saving' | 'failed' | 'incomplete'>('saved');
  const [error, setError] = useState('');
  const id = `evidence-${question.id}`;
  const expected = scaleLevels(model).filter((level) => question.evidence?.[`${level}`]);

  const save = (next: Row[]) => {
    setRows(next);
    if (next.some((r) => !EvidenceSchema.safeParse(fromRow(r)).success)) return setState('incomplete');
    setState('saving');
    onSave(next.map(fromRow)).then(
      () => setState('saved'),
      (e: unknown) => {
        setError(errorText(e));
        setState('failed');
      },
    );
  };
  const edit = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  return (
    <section class="evidence-register" aria-labelledby={`${id}-heading`} data-testid="evidence-register">
      <h2 id={`${id}-heading`}>{t('evidence.heading')}</h2>
      <p class="hint">{t('evidence.intro')}</p>
      {expected.length > 0 && (
        <div class="evidence-expected">
          <p>{t('evidence.expected')}</p>
          <ul>
            {expected.map((level) => (
              <li key={level}>{t('evidence.expectedAt', { level, text: text(question.evidence![`${level}`]!) })}</li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 && <p>{t('evidence.none')}</p>}
      {rows.map((row, i) => (
        <fieldset key={i} class="evidence-item" disabled={locked}>
          <legend>{t('evidence.item', { number: i + 1 })}</legend>
          <div class="field">
            <label for={`${id}-${i}-title`}>{t('evidence.title')}</label>
            <input id={`${id}-${i}-title`} required maxLength={200} value={row.title} onInput={(e) => edit(i, { title: e.currentTarget.value })} onChange={() => save(rows)} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-reference`}>{t('evidence.reference')}</label>
            <input id={`${id}-${i}-reference`} maxLength={2000} value={row.reference} onInput={(e) => edit(i, { reference: e.currentTarget.value })} onChange={() => save(rows)} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-date`}>{t('evidence.date')}</label>
            <input id={`${id}-${i}-date`} type="date" value={row.date} onChange={(e) => save(rows.map((r, j) => (j === i ? { ...r, date: e.currentTarget.value } : r)))} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-custodian`}>{t('evidence.custodian')}</label>
            <input id={`${id}-${i}-custodian`} maxLength={200} value={row.custodian} onInput={(e) => edit(i, { custodian: e.currentTarget.value })} onChange={() => save(rows)} />
          </div>
          <div class="field checkbox">
            <input
              id={`${id}-${i}-verified`}
              type="checkbox"
              checked={row.verified}
              onChange={(e) => save(rows.map((r, j) => (j === i ? { ...r, verified: e.currentTarget.checked } : r)))}
            />
            <label for={`${id}-${i}-verified`}>{t('evidence.verified')}</label>
          </div>
          <button type="button" onClick={() => save(rows.filter((_, j) => j !== i))}>
            {t('evidence.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" disabled={locked} onClick={() => setRows([...rows, { title: '', reference: '', date: '', custodian: '', verified: false }])}>
          {t('evidence.add')}
        </button>
      </div>
      <p class="save-state" role="status" data-state={state}>
        {state === 'saved' ? t('evidence.saved') : state === 'saving' ? t('evidence.saving') : state === 'incomplete' ? t('evidence.incomplete') : t('evidence.failed', { reason: error })}
      </p>
    </section>
  );
}
