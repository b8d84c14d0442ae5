import 'i18next';
import type { th } from './index';

// Typed keys: t('setup.title.label') is checked against the Thai resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof th };
    returnNull: false;
  }
}
