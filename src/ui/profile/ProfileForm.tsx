import { useRef, useState } from 'preact/hooks';
import { usePageHide } from '../hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { checkProfileValue, numberBounds, type ProfileValueProblem } from '../../assessment/profile-values.ts';
import type { Assessment, ProfileValue } from '../../assessment/schema.ts';
import { isLocked } from '../../assessment/lock.ts';
import type { MaturityModel, Profile, ProfileItem } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';

type Values = Readonly<Record<string, ProfileValue>>;
type ItemState = { state: 'saving' } | { state: 'failed'; message: string } | { state: 'invalid'; problem: ProfileValueProblem };

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  profile: Profile | undefined;
  /** Saves one value (`null` removes it) and resolves to the profile as stored. */
  save: (itemId: string, value: ProfileValue | null) => Promise<Values>;
  /** Writes values typed and not yet given at once, as the page goes away; false when it could not. */
  saveBeforeUnload: (values: Readonly<Record<string, ProfileValue | null>>) => boolean;
  describeError: (error: unknown) => string;
}

/** Currencies offered first; any other ISO 4217 code already stored is offered too. */
const CURRENCIES = ['USD', 'EUR', 'CHF', 'GBP', 'JPY', 'CAD', 'DKK', 'SEK', 'NOK', 'AUD'];

export function ProfileForm({ assessment, model, profile, save, saveBeforeUnload, describeError }: Props) {
  const [values, setValues] = useState<Values>(assessment.profile ?? {});
  const [states, setStates] = useState<Readonly<Record<string, ItemState>>>({});
  const text = modelText(model);
  const locked = isLocked(assessment);
  const newest = useRef<Record<string, number>>({});
  const running = useRef(0);
  // Typed in a field not left yet (a text or a number is given when its field is left): written as the page
  // goes away (a reload, a closed tab), in the same task, or it would be lost.
  const typed = useRef<Record<string, ProfileValue | null>>({});
  usePageHide(() => {
    const items = new Map(profile?.sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
    const values = Object.fromEntries(
      Object.entries(typed.current).filter(([itemId, value]) => value === null || (items.has(itemId) && !checkProfileValue(items.get(itemId)!, value))),
    );
    if (!locked && Object.keys(values).length > 0 && saveBeforeUnload(values)) typed.current = {};
  });

  const setState = (itemId: string, state: ItemState | null) =>
    setStates((now) => {
      const next = { ...now };
      if (state) next[itemId] = state;
      else delete next[itemId];
      return next;
    });

  const give = async (item: ProfileItem, value: ProfileValue | null) => {
    delete typed.current[item.id];
    const problem = value === null ? null : checkProfileValue(item, value);
    if (problem) return setState(item.id, { state: 'invalid', problem });
    // Shown as given at once (a radio or box the person just chose stays chosen); the stored profile replaces it once written.
    setValues((now) => {
      const next = { ...now };
      if (value === null) delete next[item.id];
      else next[item.id] = value;
      return next;
    });
    setState(item.id, { state: 'saving' });
    // Saves overlap (a box ticked, then another): an item's state is its newest save's, and the profile as stored
    // is taken only from the last save to end, so an earlier one never shows a value the person has since changed.
    const number = (newest.current[item.id] = (newest.current[item.id] ?? 0) + 1);
    running.current += 1;
    try {
      const stored = await save(item.id, value);
      if (running.current === 1) setValues(stored);
      if (newest.current[item.id] === number) setState(item.id, null);
    } catch (error) {
      if (newest.current[item.id] === number) setState(item.id, { state: 'failed', message: describeError(error) });
    } finally {
      running.current -= 1;
    }
  };

  const all = Object.values(states);
  const failed = all.filter((s) => s.state === 'failed').length;
  const saving = all.some((s) => s.state === 'saving');

  return (
    <div class="profile-page">
      <h1>{t('profile.title')}</h1>
      <p class="meta">
        <bdi>{assessment.organization.name}</bdi> · <bdi>{assessment.period}</bdi>
      </p>
      <nav class="profile-links" aria-label={t('profile.links')}>
        <a href={`/assessments/${assessment.id}`}>{t('results.backToQuestions')}</a>
        <a href={`/assessments/${assessment.id}/results`}>{t('questionnaire.seeResults')}</a>
      </nav>
      {!profile ? (
        <p class="notice">{t('profile.none')}</p>
      ) : (
        <>
          <p>{t('profile.intro')}</p>
          {locked && <p class="notice">{t('profile.locked')}</p>}
          <p class={`save-summary${failed ? ' failed' : ''}`} role="status" data-state={failed ? 'failed' : saving ? 'saving' : 'saved'}>
            {failed ? t('profile.notSaved', { count: failed }) : saving ? t('question.saving') : t('questionnaire.allSaved')}
          </p>
          {profile.sections.map((section) => (
            <section key={section.id} class="profile-section" aria-labelledby={`profile-section-${section.id}`}>
              <h2 id={`profile-section-${section.id}`}>{text(section.title)}</h2>
              {section.items.map((item) => (
                <ProfileField
                  key={item.id}
                  item={item}
                  value={Object.hasOwn(values, item.id) ? values[item.id] : undefined}
                  state={states[item.id]}
                  text={text}
                  disabled={locked}
                  onGive={(value) => void give(item, value)}
                  onInvalid={(problem) => setState(item.id, problem ? { state: 'invalid', problem } : null)}
                  onTyped={(value) => (typed.current[item.id] = value)}
                />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

interface FieldProps {
  item: ProfileItem;
  value: ProfileValue | undefined;
  state: ItemState | undefined;
  text: (value: ProfileItem['label']) => string;
  disabled: boolean;
  onGive: (value: ProfileValue | null) => void;
  onInvalid: (problem: ProfileValueProblem | null) => void;
  /** What a text or number field holds as it is typed, before it is given. */
  onTyped: (value: ProfileValue | null) => void;
}

function ProfileField({ item, value, state, text, disabled, onGive, onInvalid, onTyped }: FieldProps) {
  const id = `profile-${item.id}`;
  const helpId = item.help ? `${id}-help` : undefined;
  const messageId = state && state.state !== 'saving' ? `${id}-message` : undefined;
  const describedBy = [helpId, messageId].filter(Boolean).join(' ') || undefined;
  const help = item.help && (
    <p class="profile-help" id={helpId}>
      {text(item.help)}
    </p>
  );
  const message = messageId && (
    <p class="field-error" id={messageId}>
      {state!.state === 'failed' ? t('profile.saveFailed', { error: state!.message }) : t(state!.state === 'invalid' ? (state!.problem.code as MessageKey) : 'profile.value.wrong-type', state!.state === 'invalid' ? state!.problem.params : {})}
    </p>
  );
  const invalid = messageId ? true : undefined;

  if (item.type === 'choice' || item.type === 'choices') {
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const multiple = item.type === 'choices';
    // A value no option names (free text from an older file) is shown as it was given, so it is not lost from sight.
    const unknown = chosen.filter((option) => !item.options?.some((o) => o.id === option));
    return (
      <fieldset class="profile-field" disabled={disabled} aria-describedby={describedBy}>
        <legend>{text(item.label)}</legend>
        {help}
        {unknown.length > 0 && <p class="profile-help">{t('profile.givenAs', { value: unknown.join('; ') })}</p>}
        <div class="profile-options">
          {(item.options ?? []).map((option) => (
            <label key={option.id} class="profile-option">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={id}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(e) => {
                  if (!multiple) return onGive(option.id);
                  const on = e.currentTarget.checked;
                  const known = chosen.filter((c) => c !== option.id && !unknown.includes(c));
                  const order = (item.options ?? []).map((o) => o.id);
                  onGive(order.filter((o) => known.includes(o) || (on && o === option.id)));
                }}
              />
              <span>{text(option.label)}</span>
            </label>
          ))}
          {!multiple && (
            <label class="profile-option">
              <input type="radio" name={id} value="" checked={chosen.length === 0} onChange={() => onGive(null)} />
              <span>{t('profile.notGiven')}</span>
            </label>
          )}
        </div>
        {message}
      </fieldset>
    );
  }

  if (item.type === 'text') {
    return (
      <div class="profile-field">
        <label for={id}>{text(item.label)}</label>
        {help}
        <input
          id={id}
          type="text"
          maxLength={200}
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          onInput={(e) => onTyped(e.currentTarget.value.trim() || null)}
          onChange={(e) => onGive(e.currentTarget.value.trim() || null)}
        />
        {message}
      </div>
    );
  }

  const bounds = numberBounds(item);
  const numberInput = (inputId: string, current: number | undefined, onNumber: (n: number | null) => void, extra: Record<string, unknown> = {}) => (
    <input
      id={inputId}
      type="number"
      inputMode={bounds.whole ? 'numeric' : 'decimal'}
      min={bounds.min}
      max={bounds.max}
      step={bounds.whole ? 1 : 'any'}
      disabled={disabled}
      value={current ?? ''}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => {
        const raw = e.currentTarget.value.trim();
        // A number input holds '' both when empty and when what is typed is no number.
        if (raw === '') return e.currentTarget.validity.badInput ? onInvalid({ code: 'profile.value.not-a-number', params: {} }) : onNumber(null);
        onNumber(Number(raw));
      }}
      {...extra}
    />
  );

  if (item.type === 'amount') {
    const amount = typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    return (
      <fieldset class="profile-field" disabled={disabled} aria-describedby={describedBy}>
        <legend>{text(item.label)}</legend>
        {help}
        <AmountInputs id={id} amount={amount} numberInput={numberInput} onGive={onGive} onTyped={onTyped} />
        {message}
      </fieldset>
    );
  }

  return (
    <div class="profile-field">
      <label for={id}>{text(item.label)}</label>
      {help}
      <span class="profile-number">
        {numberInput(id, typeof value === 'number' ? value : undefined, onGive, whenTyped((n) => onTyped(n)))}
        {item.type === 'percentage' && <span aria-hidden="true">%</span>}
      </span>
      {message}
    </div>
  );
}

/** A number field's `onInput`: the number as typed (null when emptied), nothing while what is typed is no number. */
function whenTyped(onNumber: (n: number | null) => void) {
  return {
    onInput: (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      if (!input.validity.badInput) onNumber(input.value.trim() === '' ? null : Number(input.value));
    },
  };
}

type NumberInput = (inputId: string, current: number | undefined, onNumber: (n: number | null) => void, extra?: Record<string, unknown>) => preact.JSX.Element;

/** An amount and its currency; the currency chosen before any amount is kept until the amount is given. */
function AmountInputs({
  id,
  amount,
  numberInput,
  onGive,
  onTyped,
}: {
  id: string;
  amount: { amount: number; currency: string } | undefined;
  numberInput: NumberInput;
  onGive: (value: ProfileValue | null) => void;
  onTyped: (value: ProfileValue | null) => void;
}) {
  const [chosen, setChosen] = useState(amount?.currency ?? 'USD');
  const currency = amount?.currency ?? chosen;
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <div class="profile-amount">
      <label for={`${id}-amount`}>{t('profile.amount')}</label>
      {numberInput(`${id}-amount`, amount?.amount, (n) => onGive(n === null ? null : { amount: n, currency }), whenTyped((n) => onTyped(n === null ? null : { amount: n, currency })))}
      <label for={`${id}-currency`}>{t('profile.currency')}</label>
      <select
        id={`${id}-currency`}
        value={currency}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setChosen(next);
          if (amount) onGive({ amount: amount.amount, currency: next });
        }}
      >
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </div>
  );
}
