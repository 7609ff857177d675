import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { replayLog } from '../storage/write-ahead';
import { App } from './App';
import { setupI18n } from './i18n';
import './styles.css';

async function start() {
  // Anything typed but not yet in IndexedDB when the page last closed.
  await Promise.all([replayLog().catch(() => 0), setupI18n()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
