/** Asks the browser to keep our data, and reports how much space is used. */

export type Persistence = 'granted' | 'denied' | 'unsupported';

export async function requestPersistence(): Promise<Persistence> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export type Usage = { usage: number; quota: number };

export async function storageUsage(): Promise<Usage | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    return quota > 0 ? { usage, quota } : null;
  } catch {
    return null;
  }
}
