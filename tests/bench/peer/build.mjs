// Builds the peer with Vite's JS API into tests/bench/.peer-dist (ignored by
// git), then writes a small service worker that precaches every built file
// and answers navigations with index.html, so the peer starts offline too.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PEER_DIST = path.resolve(HERE, '../.peer-dist');

function filesUnder(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(full, base)
      : [`/${path.relative(base, full).split(path.sep).join('/')}`];
  });
}

const serviceWorker = (files, version) => `
const CACHE = 'peer-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (url.origin !== location.origin) return;
  const key = e.request.mode === 'navigate' ? '/index.html' : url.pathname;
  e.respondWith(caches.match(key).then((hit) => hit ?? fetch(e.request)));
});
`;

export async function buildPeer() {
  rmSync(PEER_DIST, { recursive: true, force: true });
  await build({
    root: HERE,
    configFile: false,
    logLevel: 'warn',
    base: '/',
    build: { outDir: PEER_DIST, emptyOutDir: true },
  });
  const files = filesUnder(PEER_DIST);
  writeFileSync(
    path.join(PEER_DIST, 'sw.js'),
    serviceWorker(files, Date.now().toString(36)),
  );
  return PEER_DIST;
}
