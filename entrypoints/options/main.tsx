import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Settings() {
  return <main>Period Guard settings</main>;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Settings />
    </StrictMode>,
  );
