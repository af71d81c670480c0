import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

const NAMES = { sv: 'Svenska', en: 'English' } as const;

/** Each language is named in itself and marked with its lang, so it is read out correctly. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button-small"
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
