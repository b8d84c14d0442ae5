import { createRoot } from 'react-dom/client';
import type { FacilitatorApi } from '../../shared/contracts/facilitator';
import { connectToHost } from '../transport';
import { createI18n } from '../i18n';
import { Projector, type ProjectorSource } from './Projector';
import '../ui/fonts.css';
import '../ui/base.css';
import './projector.css';
import './present.css';

declare global {
  interface Window {
    /** The desktop projector window's preload: read and follow only. */
    ruamProjector?: Pick<FacilitatorApi, 'getSnapshot' | 'onSnapshot'>;
  }
}

// Desktop: the projector preload. Web mode: the same WebSocket client as the facilitator page,
// with the token handed over in the URL fragment (/present#token=…); the page only reads.
const source: ProjectorSource = window.ruamProjector ?? connectToHost();

createRoot(document.getElementById('root')!).render(<Projector source={source} i18n={createI18n('th')} />);
