import type { SetupInput } from '../domain/reflection';
import { db } from './db';
import { guarded } from './errors';

export type Settings = {
  locale: string | null;
  persistence: 'granted' | 'denied' | 'unsupported' | null;
  /** What was typed into a new set-up form that is not submitted yet. */
  setupDraft: SetupInput | null;
  /** When everything was last backed up (ms since 1970), if ever. */
  lastBackup: number | null;
};

const DEFAULTS: Settings = {
  lastBackup: null,
  locale: null,
  persistence: null,
  setupDraft: null,
};

export async function getSetting<K extends keyof Settings>(
  key: K,
): Promise<Settings[K]> {
  const row = await guarded(() => db.settings.get(key));
  return (row?.value as Settings[K] | undefined) ?? DEFAULTS[key];
}

export function setSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<void> {
  return guarded(async () => {
    await db.settings.put({ key, value });
  });
}
