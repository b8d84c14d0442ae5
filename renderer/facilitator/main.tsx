import { createRoot } from 'react-dom/client';
import { connectToHost } from '../transport';
import { useAppStore } from '../store/app-store';

const api = connectToHost((connected) => useAppStore.getState().setConnected(connected));
useAppStore.getState().attach(api);

function App() {
  const host = useAppStore((s) => s.host);
  return <div>{host?.workshop?.meta.title ?? 'Ruam'}</div>;
}

createRoot(document.getElementById('root')!).render(<App />);
