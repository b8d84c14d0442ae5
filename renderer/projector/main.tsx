import { createRoot } from 'react-dom/client';

function Projector() {
  return <div>Ruam</div>;
}

createRoot(document.getElementById('root')!).render(<Projector />);
