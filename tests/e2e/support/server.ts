/**
 * A tiny static server for the built app, on 127.0.0.1 and a random free
 * port. `sirv` with `single: true` gives the SPA fallback (any unknown path
 * gets index.html), like a real static host.
 *
 * The server can be stopped and started again on the same port (to go
 * "offline" for real, not just in the browser) and can switch the directory
 * it serves (to publish a new build of the app at the same origin).
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../../../security-headers';

export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
);
export const DIST_DIR = path.join(REPO_ROOT, 'dist');

export type StaticServer = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** The directory being served. */
  readonly root: string;
  readonly running: boolean;
  /** Paths requested since the server started (or since `clearRequests`). */
  readonly requests: readonly string[];
  clearRequests(): void;
  /** Serve another directory from the next request on. */
  setRoot(dir: string): void;
  /** Close the listener and every open connection. */
  stop(): Promise<void>;
  /** Listen again on the same port. */
  start(): Promise<void>;
};

type Options = {
  root?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
};

function handlerFor(root: string) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No index.html in ${root}: run "npm run build" first.`);
  }
  // dev: true re-reads the directory on each request and sends
  // Cache-Control: no-store, so a new build placed in `root` is served as is.
  return sirv(root, { single: true, dev: true, etag: true });
}

export async function startServer(
  options: Options = {},
): Promise<StaticServer> {
  let root = path.resolve(options.root ?? DIST_DIR);
  let handler = handlerFor(root);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    // The same headers as `npm start`, so every browser test runs under
    // the production Content Security Policy.
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      res.setHeader(name, value);
    handler(req, res, () => {
      // sirv's `single` fallback skips paths that look like files, and the
      // app's question addresses end in ".voice", ".space" …; a page
      // navigation (it asks for HTML) gets the app, as from `vite preview`.
      if (
        req.method === 'GET' &&
        (req.headers.accept ?? '').includes('text/html')
      ) {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(path.join(root, 'index.html')));
        return;
      }
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  let port = options.port ?? 0;
  let running = false;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as AddressInfo).port;
        running = true;
        resolve();
      });
    });

  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get root() {
      return root;
    },
    get running() {
      return running;
    },
    get requests() {
      return requests;
    },
    clearRequests() {
      requests.length = 0;
    },
    setRoot(dir: string) {
      root = path.resolve(dir);
      handler = handlerFor(root);
    },
    async stop() {
      if (!running) return;
      running = false;
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise keep the port answering.
        server.closeAllConnections();
      });
    },
    async start() {
      if (running) return;
      await listen();
    },
  };
}
