import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../locales');
const SOURCE = 'en-GB';

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, `<<not a string: ${String(value)}>>`);
  return out;
}

function readLocale(locale: string): Flat {
  const out: Flat = new Map();
  for (const file of readdirSync(join(ROOT, locale)).filter((f) =>
    f.endsWith('.json'),
  )) {
    const ns = file.replace(/\.json$/, '');
    flatten(
      JSON.parse(readFileSync(join(ROOT, locale, file), 'utf8')),
      `${ns}:`,
      out,
    );
  }
  return new Map([...out].map(([k, v]) => [k.replace(':.', ':'), v]));
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)]
    .map((m) => m[1])
    .sort();

const locales = readdirSync(ROOT).filter((d) =>
  statSync(join(ROOT, d)).isDirectory(),
);
const source = readLocale(SOURCE);
// Plural forms differ by language (Welsh has six); compare by base key.
const baseKey = (key: string) =>
  key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locale files', () => {
  it('include the English source', () => {
    expect(locales).toContain(SOURCE);
    expect(source.size).toBeGreaterThan(100);
  });

  it.each(locales)('%s has only non-empty strings', (locale) => {
    const empty = [...readLocale(locale)].filter(
      ([, v]) => v.trim() === '' || v.startsWith('<<'),
    );
    expect(empty).toEqual([]);
  });

  it.each(locales.filter((l) => l !== SOURCE))(
    '%s has every key of en-GB and no extra ones',
    (locale) => {
      const keys = new Set([...readLocale(locale).keys()].map(baseKey));
      const sourceKeys = new Set([...source.keys()].map(baseKey));
      expect([...sourceKeys].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !sourceKeys.has(k))).toEqual([]);
    },
  );

  it.each(locales.filter((l) => l !== SOURCE))(
    '%s uses the same {{variables}} as en-GB',
    (locale) => {
      const translated = readLocale(locale);
      const mismatched = [...source].filter(([key, text]) => {
        const other = translated.get(key);
        return (
          other !== undefined &&
          variables(other).join() !== variables(text).join()
        );
      });
      expect(mismatched.map(([k]) => k)).toEqual([]);
    },
  );
});
