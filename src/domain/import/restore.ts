/**
 * The last stage: a validated document becomes a fresh copy with exactly
 * the fields this app knows (restore-packs.ts, restore-backup.ts).
 */
import { restoreBackup } from './restore-backup';
import { restoreReview, restoreSummary } from './restore-packs';
import type { Imported } from './types';

export function restore(valid: Imported): Imported {
  switch (valid.kind) {
    case 'summary':
      return {
        ok: true,
        kind: 'summary',
        document: restoreSummary(valid.document),
      };
    case 'review':
      return {
        ok: true,
        kind: 'review',
        document: restoreReview(valid.document),
      };
    case 'backup':
      return {
        ok: true,
        kind: 'backup',
        document: restoreBackup(valid.document),
      };
  }
}
