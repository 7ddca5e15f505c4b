import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsApp } from '../../components/settings/SettingsApp';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SettingsApp />
    </StrictMode>,
  );
