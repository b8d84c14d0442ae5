import { createRoot } from 'react-dom/client';
import { connectToHost, webToken } from '../transport';
import { useAppStore } from '../store/app-store';
import { createI18n, applyDocumentLanguage } from '../i18n';
import { App } from './App';
import '../ui/fonts.css';
import '../ui/base.css';
import './app.css';

const api = connectToHost((connected) => useAppStore.getState().setConnected(connected));
useAppStore.getState().attach(api);

const language = useAppStore.getState().session.uiLanguage;
applyDocumentLanguage(language);
const i18n = createI18n(language);

// Web mode only: the projector page needs the session token to connect (the desktop app opens
// its projector window from the menu instead).
const token = webToken();
const projectorUrl = token ? `/present#token=${encodeURIComponent(token)}` : null;

createRoot(document.getElementById('root')!).render(<App i18n={i18n} projectorUrl={projectorUrl} />);
