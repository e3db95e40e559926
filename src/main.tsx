import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setApiReady } from './lib/api-client';
import './styles/global.css';

// The embedded backend (msw + the store + demo content) is its own chunk, larger than
// React itself. Start fetching it now, in parallel with rendering the app; every API
// request waits for it (see setApiReady), nothing else does.
setApiReady(import('../mocks/browser').then((backend) => backend.startBackend()));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
