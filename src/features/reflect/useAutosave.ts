/**
 * Saves changes the moment they happen, one write at a time and in order.
 * Rapid changes to the answer coalesce into the next write; a failed write's
 * changes are kept and retried with the next change, so nothing typed is lost
 * while storage is full or briefly unavailable.
 */
import { useCallback, useRef, useState } from 'react';
import type { CellId } from '../../domain/types';
import { saveAnswer, type AnswerPatch } from '../../storage/answers';
import { toStorageError, type StorageProblem } from '../../storage/errors';

export type AutosaveState = {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  problem: StorageProblem | null;
};

export type Autosave = AutosaveState & {
  /** Saves part of this cell's answer. */
  saveAnswer: (patch: AnswerPatch) => void;
  /** Runs any other storage write in the same queue (actions). */
  run: (write: () => Promise<unknown>) => Promise<boolean>;
};

export function useAutosave(reflectionId: string, cellId: CellId): Autosave {
  const [state, setState] = useState<AutosaveState>({
    status: 'idle',
    problem: null,
  });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<AnswerPatch | null>(null);
  const unsaved = useRef<AnswerPatch>({});
  const inFlight = useRef(0);

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

  const save = useCallback(
    (patch: AnswerPatch) => {
      const alreadyQueued = pending.current !== null;
      pending.current = { ...pending.current, ...patch };
      if (alreadyQueued) return;
      void run(async () => {
        const next = { ...unsaved.current, ...pending.current };
        pending.current = null;
        try {
          await saveAnswer(reflectionId, cellId, next);
          unsaved.current = {};
        } catch (error) {
          unsaved.current = next;
          throw error;
        }
      });
    },
    [reflectionId, cellId, run],
  );

  return { ...state, saveAnswer: save, run };
}
