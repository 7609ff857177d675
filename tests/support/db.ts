/** A fresh, empty database for each test. */
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../src/storage/db';

export function useFreshDb(): void {
  beforeEach(async () => {
    await db.open();
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => {
    // Keep the connection: live queries in unmounted components may still read.
  });
}
