/**
 * The shapes that go in and out of the import pipeline (pipeline.ts): what
 * kinds of document it reads, the problems it names, and its size caps.
 */
import { BACKUP_LIMITS } from '../backup/format';
import type { Backup } from '../backup/format';
import { DEFAULT_LIMITS } from '../packs/codec';
import type { PackProblem, ReviewPack, SummaryPack } from '../packs/format';

export type ImportKind = 'summary' | 'review' | 'backup';

/** Why input was refused; each has its own plain-words message. */
export type ImportProblem = PackProblem;

export type Imported =
  | { ok: true; kind: 'summary'; document: SummaryPack }
  | { ok: true; kind: 'review'; document: ReviewPack }
  | { ok: true; kind: 'backup'; document: Backup };

export type ImportFailure = {
  ok: false;
  reason: ImportProblem;
  /** The kind the input says it is, when it got far enough to say. */
  kind?: ImportKind;
};

export type ImportResult = Imported | ImportFailure;

/** True when the input is a protected pack and the passphrase is missing or wrong. */
export function isLocked(result: ImportFailure): boolean {
  return (
    result.reason === 'needsPassphrase' || result.reason === 'wrongPassphrase'
  );
}

export type ImportLimits = {
  /** Largest input of any kind, in bytes: the biggest backup file. */
  maxBytes: number;
  /** Largest binary pack container, in bytes. */
  maxContainer: number;
  /** Largest pack JSON once inflated (or as a plain file), in bytes. */
  maxPackJson: number;
  /** Deepest nesting of arrays and objects accepted before JSON.parse. */
  maxDepth: number;
};

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: BACKUP_LIMITS.maxBytes,
  maxContainer: DEFAULT_LIMITS.maxCompressed,
  maxPackJson: DEFAULT_LIMITS.maxInflated,
  maxDepth: 32,
};

export const fail = (
  reason: ImportProblem,
  kind?: ImportKind,
): ImportFailure =>
  kind ? { ok: false, reason, kind } : { ok: false, reason };
