import 'i18next';
import type th from './th.json';

// Typed keys: t('setup.title.label') is checked against th.json at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof th };
    returnNull: false;
  }
}
