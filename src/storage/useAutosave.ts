/**
 * Saves changes the moment they happen, one write at a time and in order.
 * Changes to the same record made while a write is waiting coalesce into that
 * write; a failed write's changes are kept and sent again with the next change
 * to that record, so nothing typed is lost while storage is full or briefly
 * unavailable.
 */
import { useCallback, useRef, useState } from 'react';
import type { CellId } from '../domain/types';
import { updateAction, type ActionPatch } from './actions';
import { saveAnswer, type AnswerPatch } from './answers';
import { toStorageError, type StorageProblem } from './errors';
import { logPending, logWritten, type LogKey } from './write-ahead';

export type AutosaveState = {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  problem: StorageProblem | null;
};

export type Autosave = AutosaveState & {
  /** Saves part of this cell's answer. */
  saveAnswer: (patch: AnswerPatch) => void;
  /** Saves part of one action. */
  saveAction: (id: string, patch: ActionPatch) => void;
  /** Runs any other storage write in the same queue; resolves to success. */
  run: (write: () => Promise<unknown>) => Promise<boolean>;
};

type Patch = Record<string, unknown>;
type Pending = {
  patch: Patch;
  log: LogKey;
  write: (patch: Patch) => Promise<unknown>;
};

/** `cellId` is the question whose answer this screen edits, if any. */
export function useAutosave(
  reflectionId: string,
  cellId: CellId | null,
): Autosave {
  const [state, setState] = useState<AutosaveState>({
    status: 'idle',
    problem: null,
  });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);
  const pending = useRef(new Map<string, Pending>());
  const unsaved = useRef(new Map<string, Patch>());

  const run = useCallback((write: () => Promise<unknown>): Promise<boolean> => {
    inFlight.current += 1;
    setState((s) => ({ ...s, status: 'saving' }));
    const job = queue.current.then(async () => {
      try {
        await write();
        inFlight.current -= 1;
        if (inFlight.current === 0)
          setState({ status: 'saved', problem: null });
        return true;
      } catch (error) {
        inFlight.current -= 1;
        setState({ status: 'failed', problem: toStorageError(error).problem });
        return false;
      }
    });
    queue.current = job;
    return job;
  }, []);

  const saveKeyed = useCallback(
    (key: string, patch: Patch, log: LogKey, write: Pending['write']) => {
      const waiting = pending.current.get(key);
      const merged = { ...waiting?.patch, ...patch };
      // Synchronously on disk first, so a reload or crash loses nothing.
      logPending(log, { ...unsaved.current.get(key), ...merged });
      if (waiting) {
        waiting.patch = merged;
        return;
      }
      pending.current.set(key, { patch, log, write });
      void run(async () => {
        const job = pending.current.get(key);
        pending.current.delete(key);
        if (!job) return;
        const next = { ...unsaved.current.get(key), ...job.patch };
        try {
          await job.write(next);
          unsaved.current.delete(key);
          logWritten(job.log, next);
        } catch (error) {
          unsaved.current.set(key, next);
          throw error;
        }
      });
    },
    [run],
  );

  const saveAnswerPatch = useCallback(
    (patch: AnswerPatch) => {
      if (!cellId) throw new Error('This screen edits no answer');
      saveKeyed(
        'answer',
        patch,
        { kind: 'answer', reflectionId, cellId },
        (p) => saveAnswer(reflectionId, cellId, p),
      );
    },
    [saveKeyed, reflectionId, cellId],
  );
  const saveActionPatch = useCallback(
    (id: string, patch: ActionPatch) =>
      saveKeyed(`action:${id}`, patch, { kind: 'action', actionId: id }, (p) =>
        updateAction(id, p),
      ),
    [saveKeyed],
  );

  return {
    ...state,
    saveAnswer: saveAnswerPatch,
    saveAction: saveActionPatch,
    run,
  };
}
