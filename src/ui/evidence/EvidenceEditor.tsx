import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { EvidenceSchema, type Evidence } from '../../assessment/schema.ts';
import { scaleLevels, type MaturityModel, type Question } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';
import { usePageHide } from '../hooks.ts';

interface Props {
  model: MaturityModel;
  question: Question;
  evidence: readonly Evidence[];
  locked: boolean;
  /** Saves the whole register of the answer in one transaction; rejects, nothing written, when it fails. */
  onSave: (evidence: Evidence[]) => Promise<void>;
  /** Saves the register as the page goes away, in the same task; false when it could not. */
  onSaveBeforeUnload: (evidence: Evidence[]) => boolean;
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
export function EvidenceEditor({ model, question, evidence, locked, onSave, onSaveBeforeUnload, errorText }: Props) {
  const text = modelText(model);
  const [rows, setRows] = useState<Row[]>(evidence.map(toRow));
  const [state, setState] = useState<'saved' | 'saving' | 'failed' | 'incomplete'>('saved');
  const [error, setError] = useState('');
  const id = `evidence-${question.id}`;
  const expected = scaleLevels(model).filter((level) => question.evidence?.[`${level}`]);
  // The register as typed (ahead of the next render), what was last written, and which save is the newest:
  // "saved" is said only once the newest save has ended, never by an earlier one that ends while it runs.
  const latest = useRef(rows);
  const written = useRef(JSON.stringify(rows));
  const saves = useRef(0);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = (next: Row[] = latest.current) => {
    clearTimeout(typing.current);
    latest.current = next;
    setRows(next);
    if (next.some((r) => !EvidenceSchema.safeParse(fromRow(r)).success)) return setState('incomplete');
    const body = JSON.stringify(next);
    if (body === written.current) return setState((s) => (s === 'incomplete' ? 'saved' : s));
    written.current = body;
    const number = (saves.current += 1);
    setState('saving');
    onSave(next.map(fromRow)).then(
      () => number === saves.current && setState('saved'),
      (e: unknown) => {
        written.current = '';
        if (number !== saves.current) return;
        setError(errorText(e));
        setState('failed');
      },
    );
  };
  // Typing is saved after a pause, and at once when the field is left or the page goes away (a closed tab, a reload).
  const edit = (i: number, change: Partial<Row>) => {
    const next = latest.current.map((r, j) => (j === i ? { ...r, ...change } : r));
    latest.current = next;
    setRows(next);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => save(), 600);
  };
  // Going away: no time to read before writing, so the register is written over the answer as the page read it.
  usePageHide(() => {
    clearTimeout(typing.current);
    const next = latest.current;
    const body = JSON.stringify(next);
    if (body === written.current || next.some((r) => !EvidenceSchema.safeParse(fromRow(r)).success)) return;
    if (onSaveBeforeUnload(next.map(fromRow))) written.current = body;
  });
  // Left for another page of the app: saved as any change is.
  useEffect(() => () => save(), []);

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
            <input id={`${id}-${i}-title`} required maxLength={200} value={row.title} onInput={(e) => edit(i, { title: e.currentTarget.value })} onChange={() => save()} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-reference`}>{t('evidence.reference')}</label>
            <input id={`${id}-${i}-reference`} maxLength={2000} value={row.reference} onInput={(e) => edit(i, { reference: e.currentTarget.value })} onChange={() => save()} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-date`}>{t('evidence.date')}</label>
            <input id={`${id}-${i}-date`} type="date" value={row.date} onChange={(e) => save(latest.current.map((r, j) => (j === i ? { ...r, date: e.currentTarget.value } : r)))} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-custodian`}>{t('evidence.custodian')}</label>
            <input id={`${id}-${i}-custodian`} maxLength={200} value={row.custodian} onInput={(e) => edit(i, { custodian: e.currentTarget.value })} onChange={() => save()} />
          </div>
          <div class="field checkbox">
            <input
              id={`${id}-${i}-verified`}
              type="checkbox"
              checked={row.verified}
              onChange={(e) => save(latest.current.map((r, j) => (j === i ? { ...r, verified: e.currentTarget.checked } : r)))}
            />
            <label for={`${id}-${i}-verified`}>{t('evidence.verified')}</label>
          </div>
          <button type="button" onClick={() => save(latest.current.filter((_, j) => j !== i))}>
            {t('evidence.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" disabled={locked} onClick={() => setRows((latest.current = [...latest.current, { title: '', reference: '', date: '', custodian: '', verified: false }]))}>
          {t('evidence.add')}
        </button>
      </div>
      <p class="save-state" role="status" data-state={state}>
        {state === 'saved' ? t('evidence.saved') : state === 'saving' ? t('evidence.saving') : state === 'incomplete' ? t('evidence.incomplete') : t('evidence.failed', { reason: error })}
      </p>
    </section>
  );
}
