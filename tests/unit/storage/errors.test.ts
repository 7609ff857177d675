import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  guarded,
  StorageError,
  toStorageError,
} from '../../../src/storage/errors';

function domError(name: string): Error {
  const error = new Error(name);
  error.name = name;
  return error;
}

describe('toStorageError', () => {
  it('recognises a full disk, as IndexedDB reports it', () => {
    expect(toStorageError(domError('QuotaExceededError')).problem).toBe(
      'quota',
    );
  });
  it('recognises a full disk wrapped by Dexie', () => {
    const wrapped = new Dexie.AbortError(
      'Transaction aborted',
      domError('QuotaExceededError'),
    );
    expect(toStorageError(wrapped).problem).toBe('quota');
  });
  it('recognises storage that is not available at all (private browsing)', () => {
    expect(
      toStorageError(new Dexie.MissingAPIError('no indexedDB')).problem,
    ).toBe('unavailable');
  });
  it('calls anything else unknown, and keeps StorageErrors as they are', () => {
    expect(toStorageError(new Error('boom')).problem).toBe('unknown');
    const missing = new StorageError('missing');
    expect(toStorageError(missing)).toBe(missing);
  });
});

describe('guarded', () => {
  it('passes results through and converts failures', async () => {
    await expect(guarded(async () => 5)).resolves.toBe(5);
    await expect(
      guarded(async () => {
        throw domError('QuotaExceededError');
      }),
    ).rejects.toMatchObject({ problem: 'quota' });
  });
});
