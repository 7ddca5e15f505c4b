import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ManagedPolicyNotice } from '../../components/settings/ManagedPolicyNotice';
import { RemoteSourceSection } from '../../components/settings/RemoteSourceSection';

function Settings() {
  return (
    <main>
      <h1>Period Guard settings</h1>
      {/* Issue 5 sections; the settings-page branch places them among its own. */}
      <ManagedPolicyNotice />
      <RemoteSourceSection />
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Settings />
    </StrictMode>,
  );
