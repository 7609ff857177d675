/**
 * Restore for a backup: a fresh copy of a validated backup with exactly the
 * fields this app stores, every record rebuilt field by field (unknown
 * fields dropped, missing optional ones defaulted, text cleaned and capped,
 * lists capped and without repeats). What comes out is what storage writes.
 */
import type { Backup, BackupEntry } from '../backup/format';
import { BACKUP_LIMITS } from '../backup/format';
import type { StoredReview } from '../merge-reviews';
import { CELL_IDS } from '../packs/constants';
import { ROOM_NOTE_MAX } from '../room-vote';
import { ALL_RATINGS, LIMITS } from '../types';
import type { Action, Answer, Reflection, VoteCounts } from '../types';
import { restoreReviewContent } from './restore-packs';
import { count, distinct, oneOf, restoreText } from './restore-text';

function restoreReflection(r: Reflection): Reflection {
  return {
    id: r.id,
    organisationName: restoreText(r.organisationName, LIMITS.organisationName),
    organisationType: r.organisationType,
    area: restoreText(r.area, LIMITS.area),
    levels: distinct(r.levels),
    date: r.date,
    facilitator: restoreText(r.facilitator, LIMITS.facilitator),
    locale: r.locale,
    frameworkVersion: r.frameworkVersion,
    status: oneOf(r.status, ['inProgress', 'complete'] as const, 'inProgress'),
    lastCellId: oneOf(r.lastCellId, CELL_IDS, null),
    createdAt: count(r.createdAt),
    updatedAt: count(r.updatedAt),
  };
}

function restoreAnswer(a: Answer): Answer {
  const out: Answer = {
    reflectionId: a.reflectionId,
    cellId: a.cellId,
    rating: oneOf(a.rating, ALL_RATINGS, null),
    evidence: restoreText(a.evidence, LIMITS.longText),
    examples: restoreText(a.examples, LIMITS.longText),
    groupsReached: distinct(a.groupsReached ?? []).slice(
      0,
      BACKUP_LIMITS.groups,
    ),
    privateNotes: restoreText(a.privateNotes, LIMITS.longText),
    updatedAt: count(a.updatedAt),
  };
  if (a.roomVote) {
    const c = a.roomVote.counts;
    const counts: VoteCounts = [
      count(c[0]),
      count(c[1]),
      count(c[2]),
      count(c[3]),
      count(c[4]),
    ];
    out.roomVote = {
      counts,
      note: restoreText(a.roomVote.note, ROOM_NOTE_MAX),
    };
  }
  return out;
}

function restoreAction(a: Action): Action {
  return {
    id: a.id,
    reflectionId: a.reflectionId,
    cellId: a.cellId ?? null,
    text: restoreText(a.text, LIMITS.actionText),
    owner: restoreText(a.owner, LIMITS.owner),
    due: typeof a.due === 'string' ? a.due : '',
    status: oneOf(a.status, ['todo', 'doing', 'done'] as const, 'todo'),
    feedbackToYoungPeople: restoreText(
      a.feedbackToYoungPeople,
      BACKUP_LIMITS.feedbackToYoungPeople,
    ),
    order: Number.isFinite(a.order) ? a.order : 0,
    createdAt: count(a.createdAt),
    updatedAt: count(a.updatedAt),
  };
}

function restoreStoredReview(r: StoredReview): StoredReview {
  // The fields a stored review shares with a review pack follow its rules.
  const shared = restoreReviewContent(r);
  const out: StoredReview = {
    id: r.id,
    reflectionId: r.reflectionId,
    packId: r.packId,
    reviewer: shared.reviewer,
    locale: r.locale,
    responses: shared.responses,
    priorities: shared.priorities,
    missing: shared.missing,
    receivedAt: count(r.receivedAt),
  };
  if (typeof r.sentAt === 'string') out.sentAt = r.sentAt;
  return out;
}

function restoreEntry(entry: BackupEntry): BackupEntry {
  return {
    reflection: restoreReflection(entry.reflection),
    answers: (entry.answers ?? []).slice(0, CELL_IDS.length).map(restoreAnswer),
    actions: (entry.actions ?? [])
      .slice(0, BACKUP_LIMITS.actions)
      .map(restoreAction),
    reviews: (entry.reviews ?? [])
      .slice(0, BACKUP_LIMITS.reviews)
      .map(restoreStoredReview),
  };
}

export function restoreBackup(backup: Backup): Backup {
  return {
    format: backup.format,
    version: backup.version,
    app: backup.app,
    createdAt: backup.createdAt,
    reflections: backup.reflections
      .slice(0, BACKUP_LIMITS.reflections)
      .map(restoreEntry),
  };
}
