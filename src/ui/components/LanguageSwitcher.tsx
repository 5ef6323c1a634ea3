import { t } from '../../i18n/index.ts';
import { LANGUAGES, type LanguageTag } from '../../i18n/languages.ts';

export const LANGUAGE_SWITCHER_ID = 'language-switcher';

interface Props {
  language: LanguageTag;
  onChange: (tag: LanguageTag) => void;
}

/** Always in the header. Each language is named in itself and marked with its own `lang`, so screen readers pronounce it right. */
export function LanguageSwitcher({ language, onChange }: Props) {
  return (
    <div class="language-switcher">
      <label for={LANGUAGE_SWITCHER_ID}>{t('language.label')}</label>
      <select
        id={LANGUAGE_SWITCHER_ID}
        value={language}
        onChange={(event) => onChange(event.currentTarget.value as LanguageTag)}
      >
        {LANGUAGES.map(({ tag, name }) => (
          <option key={tag} value={tag} lang={tag}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
