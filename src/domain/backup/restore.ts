/**
 * Restoring a backup: which reflections are new to this device and which are
 * already here, then exactly what to write once the person has chosen what
 * to do with those. Nothing is ever overwritten silently: the plan lists the
 * conflicts, and only the 'replace' choice replaces. Plain data in and out;
 * storage does the writing (one transaction, see `RestoreOutcome`).
 */
import { LIMITS } from '../types';
import type { Backup, BackupEntry } from './format';

export type RestorePlan = {
  /** Reflections in the backup. */
  total: number;
  /** Ids of reflections not on this device, in backup order. */
  new: string[];
  /** Ids of reflections already on this device: the person must choose. */
  existing: string[];
  entries: BackupEntry[];
};

/**
 * What to do with reflections already on this device:
 * - keepBoth: restore a copy beside the one here, with new ids and a suffix;
 * - replace: the backup's version replaces the one here, with everything
 *   under it (answers, actions, reviews);
 * - skip: keep the one here and leave the backup's out.
 */
export type RestoreChoice = 'keepBoth' | 'replace' | 'skip';

export type RestoreWrite = BackupEntry & {
  /** The reflection's id in the backup (differs from it for a copy). */
  sourceId: string;
  mode: 'add' | 'copy' | 'replace';
};

export type RestoreOutcome = {
  /**
   * Existing reflections to delete, with their answers, actions and
   * reviews, before writing: the ones being replaced. Do both in one
   * transaction so a failure leaves the device as it was.
   */
  deleteFirst: string[];
  /** Entries to add, in backup order. */
  writes: RestoreWrite[];
  /** Backup ids left out because the person chose to skip them. */
  skipped: string[];
};

export type RestoreOptions = {
  /** A fresh id for a copied reflection, action or review (a uuid). */
  newId: () => string;
  /** Added to a copy's organisation name, localised: e.g. ' (restored)'. */
  nameSuffix: string;
};

export function planRestore(
  backup: Backup,
  existingIds: ReadonlySet<string>,
): RestorePlan {
  const ids = backup.reflections.map((entry) => entry.reflection.id);
  return {
    total: ids.length,
    new: ids.filter((id) => !existingIds.has(id)),
    existing: ids.filter((id) => existingIds.has(id)),
    entries: backup.reflections,
  };
}

/** `name` + `suffix`, cut so the whole stays within the name limit. */
export function suffixedName(name: string, suffix: string): string {
  const max = LIMITS.organisationName;
  const tail = suffix.slice(0, max);
  let room = max - tail.length;
  const last = name.charCodeAt(room - 1);
  if (name.length > room && last >= 0xd800 && last <= 0xdbff) room -= 1;
  const head = name.length > room ? name.slice(0, room).trimEnd() : name;
  return head + tail;
}

/** The entry under new ids, every record re-pointed at the new reflection. */
function copyOf(entry: BackupEntry, options: RestoreOptions): BackupEntry {
  const { reflection } = entry;
  const id = options.newId();
  return {
    reflection: {
      ...reflection,
      id,
      organisationName: suffixedName(
        reflection.organisationName,
        options.nameSuffix,
      ),
    },
    answers: entry.answers.map((a) => ({ ...a, reflectionId: id })),
    actions: entry.actions.map((a) => ({
      ...a,
      id: options.newId(),
      reflectionId: id,
    })),
    reviews: entry.reviews.map((r) => ({
      ...r,
      id: options.newId(),
      reflectionId: id,
    })),
  };
}

export function applyChoice(
  plan: RestorePlan,
  choice: RestoreChoice,
  options: RestoreOptions,
): RestoreOutcome {
  const existing = new Set(plan.existing);
  const outcome: RestoreOutcome = { deleteFirst: [], writes: [], skipped: [] };
  for (const entry of plan.entries) {
    const sourceId = entry.reflection.id;
    if (!existing.has(sourceId)) {
      outcome.writes.push({ ...entry, sourceId, mode: 'add' });
    } else if (choice === 'replace') {
      outcome.deleteFirst.push(sourceId);
      outcome.writes.push({ ...entry, sourceId, mode: 'replace' });
    } else if (choice === 'keepBoth') {
      outcome.writes.push({
        ...copyOf(entry, options),
        sourceId,
        mode: 'copy',
      });
    } else {
      outcome.skipped.push(sourceId);
    }
  }
  return outcome;
}
