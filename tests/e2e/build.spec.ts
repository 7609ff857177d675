// Checks the production build itself: the service worker precaches every
// route and every locale, and the manifest makes the app installable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(__dirname, '../../dist');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

function firstLeaf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) {
      const found = firstLeaf(child);
      if (found) return found;
    }
  }
  return null;
}

describe('the built app', () => {
  it('has a web manifest with any and maskable icons that exist', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Voice & Influence');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    const purposes = manifest.icons.map((i) => i.purpose ?? 'any');
    expect(purposes).toContain('any');
    expect(purposes).toContain('maskable');
    expect(manifest.icons.some((i) => i.sizes === '512x512')).toBe(true);
    for (const icon of manifest.icons)
      expect(existsSync(join(DIST, icon.src))).toBe(true);
    expect(read('index.html')).toContain('rel="manifest"');
  });

  it('precaches the shell, every JavaScript chunk and every locale', () => {
    const sw = read('sw.js');
    const assets = readdirSync(join(DIST, 'assets'));
    const scripts = assets.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts)
      expect(sw, `${file} is not precached`).toContain(`assets/${file}`);
    expect(sw).toContain('"index.html"');
    // Every locale file's strings are in some precached script (English
    // home strings are bundled into the main chunk; the rest are lazy chunks).
    const code = scripts.map((f) => read(`assets/${f}`)).join('\n');
    const localesDir = join(__dirname, '../../locales');
    for (const locale of readdirSync(localesDir).filter(
      (d) => !d.includes('.'),
    )) {
      for (const file of readdirSync(join(localesDir, locale)).filter((f) =>
        f.endsWith('.json'),
      )) {
        const json: unknown = JSON.parse(
          readFileSync(join(localesDir, locale, file), 'utf8'),
        );
        const text = firstLeaf(json);
        expect(text, `${locale}/${file} has no strings`).toBeTruthy();
        // Minified code keeps the text as a JS string literal.
        expect(
          code.includes(JSON.stringify(text).slice(1, -1)),
          `${locale}/${file} is not in any precached script`,
        ).toBe(true);
      }
    }
  });

  it('answers navigations offline from the cached index.html', () => {
    // The Workbox runtime is inlined (minified), so look for the call and
    // the page it serves rather than for names.
    const sw = read('sw.js');
    expect(sw).toContain('createHandlerBoundToURL');
    expect(sw).toMatch(/["']\/?index\.html["']/);
    expect(sw).not.toContain('importScripts');
  });

  it('loads no script, style or font from another origin', () => {
    const html = read('index.html');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    for (const file of readdirSync(join(DIST, 'assets')).filter((f) =>
      f.endsWith('.css'),
    )) {
      expect(read(`assets/${file}`)).not.toMatch(/url\(\s*["']?https?:/);
    }
  });

  it('keeps the first download within its budget, without the heavy libraries', () => {
    // The entry script and every chunk it imports statically: what a first
    // visit to Home must download before anything shows. The bench measures
    // the same in a browser (docs/performance.md).
    const entry = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(
      read('index.html'),
    )?.[1];
    expect(entry).toBeDefined();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = read(file);
      for (const [, dep] of code.matchAll(
        /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
      ))
        if (dep) visit(`assets/${dep}`);
    };
    visit(entry ?? '');
    const gzip = [...seen].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length,
      0,
    );
    expect(gzip / 1024).toBeLessThanOrEqual(150);
    const code = [...seen].map(read).join('\n');
    // zod (import validation), jsPDF and fflate belong in lazy chunks.
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code).not.toContain('jsPDF');
    expect(code).not.toContain('inflateSync');
  });
});
