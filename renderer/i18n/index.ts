import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/text';
import thCommon from './th.json';
import enCommon from './en.json';
import thPeople from './features/people.th.json';
import enPeople from './features/people.en.json';
import thScoring from './features/scoring.th.json';
import enScoring from './features/scoring.en.json';
import thProjector from './features/projector.th.json';
import enProjector from './features/projector.en.json';
import thFiles from './features/files.th.json';
import enFiles from './features/files.en.json';
import thMinutes from './features/minutes.th.json';
import enMinutes from './features/minutes.en.json';
import { termsIn } from '../../shared/scoring/terms';

/**
 * The common words (th.json/en.json) plus one file pair per feature under features/, each under
 * its own top-level key (t('people.…'), t('scoring.…')), so features can grow independently.
 * `terms.*` is not a file: the domain's words (abstain, consensus bands, target, priorities) come
 * from shared/scoring/terms.ts, which the minutes use too; a sentence uses one as $t(terms.abstain).
 */
const thTerms = termsIn('th');
const enTerms = termsIn('en');
export const th = { ...thCommon, terms: thTerms, people: thPeople, scoring: thScoring, projector: { ...thCommon.projector, ...thProjector }, files: thFiles, minutes: thMinutes };
export const en = { ...enCommon, terms: enTerms, people: enPeople, scoring: enScoring, projector: { ...enCommon.projector, ...enProjector }, files: enFiles, minutes: enMinutes };

/**
 * The UI's words, Thai first. One namespace; keys are typed from `th` (see i18next.d.ts), and
 * a test keeps the English keys identical. The UI language lives in the store (session.uiLanguage);
 * each window makes its own instance and follows the store.
 */
export const resources = {
  th: { translation: th },
  en: { translation: en },
} as const;

/** Every key of the translation files, "setup.title.label" style. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof th>;

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'th',
    supportedLngs: ['th', 'en'],
    resources,
    // React escapes text itself; i18next's escaping would show "&amp;" in the UI.
    interpolation: { escapeValue: false },
    // Resources are bundled, so there is nothing to wait for: t() works right after init.
    initAsync: false,
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Keep <html lang> in step with the UI so Chromium picks Thai line breaking and fonts. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
