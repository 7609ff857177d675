import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../storage/connection';
import { replayReviewLog } from '../storage/review-sessions';
import { hasPendingLog, replayLog } from '../storage/write-ahead';
import { App } from './App';
import { setupI18n } from './i18n';
import { installTrustedTypesPolicy } from './pwa/trusted-types';
import './styles.css';

async function start() {
  installTrustedTypesPolicy();
  // Start opening the database at once, while the language loads. If typing
  // from last time never reached IndexedDB (a reload or crash mid-save),
  // replay it before the first render, so no screen shows an older answer.
  const database = openDatabase();
  const replayed = hasPendingLog()
    ? database.then(() => Promise.all([replayLog(), replayReviewLog()]))
    : null;
  database.catch(() => undefined); // Screens explain storage problems.
  await Promise.all([replayed?.catch(() => []), setupI18n()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
