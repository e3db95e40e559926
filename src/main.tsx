// First, before any module that could navigate: the URL the tab was opened with (see page-load.ts).
import { pageLoadSearch } from './lib/page-load';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { openDatabaseEarly } from '../mocks/store/early-open';
import { loadContract } from './lib/lazy-contract';
import { setApiReady } from './lib/api-client';
import './styles/global.css';

// The embedded backend (msw + the store + demo content) is its own chunk, larger than
// React itself. Start fetching it now, in parallel with rendering the app; every API
// request waits for it (see setApiReady), nothing else does. Its database connection
// opens meanwhile (mocks/store/early-open.ts).
const earlyDatabase = openDatabaseEarly();
setApiReady(
  import('../mocks/browser').then((backend) =>
    backend.startBackend({ search: pageLoadSearch(), earlyDatabase }),
  ),
);
// The schemas the client checks answers with (and zod), shared with the backend's chunk;
// apiRequest reports a failure to load them, so nothing is lost by ignoring it here.
loadContract().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
