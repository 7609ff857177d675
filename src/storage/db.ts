/**
 * The app's IndexedDB database. This module and its siblings in storage/ are
 * the only code that touches IndexedDB.
 *
 * Invariant: every `version(n)` ever shipped stays here, in order, so that a
 * device holding an old database upgrades step by step. Upgrades with data
 * changes live in ./migrations, one file each, tested against fixtures.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredReview } from '../domain/merge-reviews';
import type { ReviewSession } from '../domain/review-session';
import type { Action, Answer, CellId, Reflection } from '../domain/types';

export type SettingRow = { key: string; value: unknown };

export const DB_NAME = 'voice-and-influence';

// Dexie turns on its debug mode by itself on localhost and 127.0.0.1, which
// is where `npm start` serves the built app. Debug mode tags every table
// operation with an async stack (`console.createTask`); with DevTools or any
// automation attached that made each keystroke's save and the first screen
// several times slower. The built app behaves the same on every host.
if (import.meta.env.PROD) Dexie.debug = false;

export class VoiceDb extends Dexie {
  reflections!: EntityTable<Reflection, 'id'>;
  answers!: Table<Answer, [string, CellId]>;
  actions!: EntityTable<Action, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Champions' reviews that came back to this device (organisation side). */
  reviews!: EntityTable<StoredReview, 'id'>;
  /** Reviews being written on this device (Champion side). */
  reviewSessions!: EntityTable<ReviewSession, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      reflections: 'id, updatedAt',
      answers: '[reflectionId+cellId], reflectionId',
      actions: 'id, reflectionId',
      settings: 'key',
    });
    // v2 (Champion review): two new tables; nothing existing changes.
    this.version(2).stores({
      reviews: 'id, reflectionId, receivedAt',
      reviewSessions: 'id, updatedAt',
    });
  }
}

export const db = new VoiceDb();
