import { createRoot } from 'react-dom/client';
import { connectToHost, missingWebToken, webToken } from '../transport';
import { useAppStore } from '../store/app-store';
import { createI18n, applyDocumentLanguage } from '../i18n';
import { App } from './App';
import { MissingToken } from './MissingToken';
import '../ui/fonts.css';
import '../ui/base.css';
import './app.css';
import './files/files.css';

const language = useAppStore.getState().session.uiLanguage;
applyDocumentLanguage(language);
const i18n = createI18n(language);
const root = createRoot(document.getElementById('root')!);

if (missingWebToken()) {
  // Opened without the address Ruam printed (it carries the session key): say so, don't retry.
  root.render(<MissingToken i18n={i18n} />);
} else {
  const api = connectToHost((connected) => useAppStore.getState().setConnected(connected));
  useAppStore.getState().attach(api);

  // Web mode only: the projector page needs the session token to connect (the desktop app opens
  // its projector window from the menu instead).
  const token = webToken();
  const projectorUrl = token ? `/present#token=${encodeURIComponent(token)}` : null;

  root.render(<App i18n={i18n} projectorUrl={projectorUrl} />);
}
