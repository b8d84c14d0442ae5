import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/text';
import th from './th.json';
import en from './en.json';

/**
 * The UI's words, Thai first. One namespace; keys are typed from th.json (see i18next.d.ts), and
 * a test keeps en.json's keys identical. The UI language lives in the store (session.uiLanguage);
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
