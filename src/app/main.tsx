import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../storage/connection';
import { primeHomeQueries } from '../storage/live';
import { hasPendingLog } from '../storage/log-store';
import { App } from './App';
import { setupI18n } from './i18n';
import { installTrustedTypesPolicy } from './pwa/trusted-types';
import './styles.css';

/** The longest the first paint waits for Home's lists (see below). */
const HOME_PRIME_WAIT_MS = 400;

async function start() {
  installTrustedTypesPolicy();
  // Start opening the database at once, while the language loads. If typing
  // from last time never reached IndexedDB (a reload or crash mid-save),
  // replay it before the first render, so no screen shows an older answer.
  const database = openDatabase();
  const replayed = hasPendingLog()
    ? database.then(async () =>
        (await import('../storage/replay')).replayLogs(),
      )
    : null;
  database.catch(() => undefined); // Screens explain storage problems.
  // Home is the usual first screen: read its lists now too, so it paints
  // once, complete. A slow read (a device with years of work) does not hold
  // the first paint back for long; Home then shows "Loading…" as usual.
  const homeData =
    window.location.pathname === '/'
      ? Promise.race([
          (replayed ?? database).then(primeHomeQueries),
          new Promise((resolve) => setTimeout(resolve, HOME_PRIME_WAIT_MS)),
        ])
      : null;
  await Promise.all([
    replayed?.catch(() => undefined),
    homeData?.catch(() => undefined),
    setupI18n(),
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
