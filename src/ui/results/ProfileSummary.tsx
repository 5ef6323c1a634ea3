import { formatNumber, t } from '../../i18n/index.ts';
import { givenProfileValues, profileValueText } from '../../assessment/profile-values.ts';
import type { Assessment, ProfileValue } from '../../assessment/schema.ts';
import type { LocalText, MaturityModel, Profile, ProfileItem } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';

/** A value as a reader of the interface's language reads it: labels for choices, numbers and money in the local format. */
function shown(item: ProfileItem, value: ProfileValue, text: (value: LocalText) => string): string {
  if (typeof value === 'number') {
    if (item.type === 'year') return String(value);
    if (item.type === 'percentage') return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    return formatNumber(value);
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    try {
      return formatNumber(value.amount, { style: 'currency', currency: value.currency, maximumFractionDigits: 0 });
    } catch {
      return `${formatNumber(value.amount)} ${value.currency}`;
    }
  }
  return profileValueText(item, value, (option) => text(option.label));
}

/** "How ICT is governed here": the governance profile as given, its own page when printed. */
export function ProfileSummary({ assessment, model, profile }: { assessment: Assessment; model: MaturityModel; profile: Profile }) {
  const text = modelText(model);
  const given = new Map(givenProfileValues(profile, assessment.profile).map(([item, value]) => [item.id, value]));
  return (
    <section aria-labelledby="profile-heading" class="page-break-before profile-summary" data-testid="profile-summary">
      <h2 id="profile-heading">{t('profile.title')}</h2>
      {given.size === 0 ? (
        <p>{t('profile.notAnswered')}</p>
      ) : (
        profile.sections
          .filter((section) => section.items.some((item) => given.has(item.id)))
          .map((section) => (
            <div key={section.id}>
              <h3>{text(section.title)}</h3>
              <dl class="profile-values">
                {section.items
                  .filter((item) => given.has(item.id))
                  .map((item) => (
                    <div key={item.id}>
                      <dt>{text(item.label)}</dt>
                      <dd data-item={item.id}>
                        <bdi>{shown(item, given.get(item.id)!, text)}</bdi>
                      </dd>
                    </div>
                  ))}
              </dl>
            </div>
          ))
      )}
      <p class="no-print">
        <a href={`/assessments/${assessment.id}/profile`}>{t('profile.link')}</a>
      </p>
    </section>
  );
}
