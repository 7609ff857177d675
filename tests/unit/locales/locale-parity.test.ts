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
const translations = locales.filter((l) => l !== SOURCE);
const source = readLocale(SOURCE);
const PLURAL = /_(zero|one|two|few|many|other)$/;
// Plural forms differ by language (Welsh and Arabic have six); compare by base key.
const baseKey = (key: string) => key.replace(PLURAL, '');
const pluralBases = new Set(
  [...source.keys()].filter((k) => PLURAL.test(k)).map(baseKey),
);
/** Every form of a key: the key itself, or all its plural forms. */
function forms(locale: Flat, base: string): [string, string][] {
  return [...locale].filter(
    ([k]) => k === base || (baseKey(k) === base && PLURAL.test(k)),
  );
}

describe('locale files', () => {
  it('include the English source and at least Welsh and one right-to-left language', () => {
    expect(locales).toContain(SOURCE);
    expect(locales).toContain('cy');
    expect(locales.some((l) => ['ar', 'ur'].includes(l))).toBe(true);
    expect(source.size).toBeGreaterThan(100);
  });

  it.each(locales)('%s has only non-empty strings', (locale) => {
    const empty = [...readLocale(locale)].filter(
      ([, v]) => v.trim() === '' || v.startsWith('<<'),
    );
    expect(empty).toEqual([]);
  });

  it.each(translations)(
    '%s has every key of en-GB and no extra ones',
    (locale) => {
      const keys = new Set([...readLocale(locale).keys()].map(baseKey));
      const sourceKeys = new Set([...source.keys()].map(baseKey));
      expect([...sourceKeys].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !sourceKeys.has(k))).toEqual([]);
    },
  );

  it.each(translations)(
    '%s gives exactly the plural forms the language uses',
    (locale) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions()
        .pluralCategories;
      const translated = readLocale(locale);
      const wrong = [...pluralBases].flatMap((base) => {
        const have = forms(translated, base)
          .map(([k]) => k.match(PLURAL)?.[1] ?? '(none)')
          .sort();
        // i18next also accepts `_zero` in any language, for "no items" wording.
        const englishZero = source.has(`${base}_zero`);
        const want = [
          ...new Set([...categories, ...(englishZero ? ['zero'] : [])]),
        ].sort();
        return have.join() === want.join()
          ? []
          : [`${base}: has ${have.join()}; needs ${want.join()}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each(translations)('%s uses the same {{variables}} as en-GB', (locale) => {
    const translated = readLocale(locale);
    const sourceBases = new Set([...source.keys()].map(baseKey));
    const mismatched = [...sourceBases].flatMap((base) => {
      const wanted = new Set(
        forms(source, base).flatMap(([, v]) => variables(v)),
      );
      const plural = pluralBases.has(base);
      return forms(translated, base).flatMap(([key, text]) => {
        const used = new Set(variables(text));
        // A plural form may say its number in words ("two", "dau", dual).
        if (plural) {
          used.delete('count');
          wanted.delete('count');
        }
        const same =
          used.size === wanted.size && [...used].every((v) => wanted.has(v));
        return same ? [] : [key];
      });
    });
    expect(mismatched).toEqual([]);
  });

  it.each(translations)(
    '%s keeps the paragraphs and list items of longer texts',
    (locale) => {
      const translated = readLocale(locale);
      const shape = (text: string) =>
        `${text.split(/\n\s*\n/).length}/${text.split('\n').length}`;
      const differ = [...source]
        .filter(([, text]) => text.includes('\n'))
        .filter(([key, text]) => {
          const other = translated.get(key);
          return other !== undefined && shape(other) !== shape(text);
        })
        .map(([key]) => key);
      expect(differ).toEqual([]);
    },
  );
});
