import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ThaiText } from '../ui/ThaiText';

/** Web mode opened without its key: explain how to get in, in both languages' words. */
export function MissingToken({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Message />
    </I18nextProvider>
  );
}

function Message() {
  const { t } = useTranslation();
  return (
    <main className="main main-centered" data-testid="missing-token">
      <section className="card start-card">
        <h1>{t('app.name')}</h1>
        <p className="lead">
          <ThaiText text={t('app.missingToken')} />
        </p>
      </section>
    </main>
  );
}
