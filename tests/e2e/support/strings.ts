/**
 * The app's own words in any language, read from locales/, so a spec can
 * find controls by the names users see in that language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(process.cwd(), 'locales');

export function localeText(
  locale: string,
): (key: string, vars?: Record<string, string | number>) => string {
  const cache = new Map<string, unknown>();
  return (key, vars = {}) => {
    const [ns, path] = key.split(':');
    if (!ns || !path) throw new Error(`Not a namespaced key: ${key}`);
    if (!cache.has(ns)) {
      cache.set(
        ns,
        JSON.parse(readFileSync(join(ROOT, locale, `${ns}.json`), 'utf8')),
      );
    }
    let value: unknown = cache.get(ns);
    for (const part of path.split('.')) {
      value = (value as Record<string, unknown> | undefined)?.[part];
    }
    if (typeof value !== 'string')
      throw new Error(`No text for ${locale} ${key}`);
    return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      String(vars[name] ?? `{{${name}}}`),
    );
  };
}
