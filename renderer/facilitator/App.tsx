import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { useAppStore } from '../store/app-store';
import { applyDocumentLanguage } from '../i18n';
import { Header } from './Header';
import { ConnectionBanner, ErrorAlert } from './Notices';
import { StartScreen } from './StartScreen';
import { StepFrame } from './StepFrame';
import { StepRail } from './StepRail';
import { resolveStep } from './steps/registry';
import { useWorkflowShortcuts } from './shortcuts';
import { OpenNotice } from './files/OpenNotice';
import { PresenterDock } from './presenter/PresenterDock';

export interface AppProps {
  i18n: I18n;
  /** Where "Open projector" goes (web mode); null hides it (the desktop app has a menu item). */
  projectorUrl: string | null;
}

/** The facilitator window. */
export function App({ i18n, projectorUrl }: AppProps) {
  const uiLanguage = useAppStore((s) => s.session.uiLanguage);
  useEffect(() => {
    void i18n.changeLanguage(uiLanguage);
    applyDocumentLanguage(uiLanguage);
  }, [i18n, uiLanguage]);

  return (
    <I18nextProvider i18n={i18n}>
      <Shell projectorUrl={projectorUrl} />
    </I18nextProvider>
  );
}

function Shell({ projectorUrl }: { projectorUrl: string | null }) {
  const { t } = useTranslation();
  const host = useAppStore((s) => s.host);
  const stepId = useAppStore((s) => s.session.step);
  const workshop = host?.workshop ?? null;
  useWorkflowShortcuts(workshop !== null);

  let body: React.ReactNode;
  if (!host) {
    body = (
      <main id="main" className="main main-centered" tabIndex={-1}>
        <p className="muted" role="status">
          {t('app.connecting')}
        </p>
      </main>
    );
  } else if (!workshop) {
    body = (
      <main id="main" className="main main-centered" tabIndex={-1}>
        <ErrorAlert />
        <StartScreen />
      </main>
    );
  } else {
    const step = resolveStep(stepId);
    body = (
      <div className="workspace">
        <StepRail workshop={workshop} current={step.id} />
        <main id="main" className="main" tabIndex={-1}>
          <div className="main-inner">
            <ErrorAlert />
            <OpenNotice />
            <StepFrame key={step.id} step={step} workshop={workshop} />
          </div>
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header projectorUrl={projectorUrl} />
      <ConnectionBanner />
      {body}
      {workshop && host?.presentation && <PresenterDock workshop={workshop} presentation={host.presentation} />}
    </div>
  );
}
