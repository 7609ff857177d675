import './SaveStatus.css';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export type SaveStatusProps = {
  state: SaveState;
  /** Localised text for each state. */
  labels: Record<SaveState, string>;
};

/**
 * A quiet, polite live region that says whether the latest change is saved.
 * "Saving…" is not announced (it flickers); "Saved" and "Not saved" are.
 */
export function SaveStatus({ state, labels }: SaveStatusProps) {
  return (
    <p className="vi-save-status" data-state={state} role="status">
      <span className="vi-save-status__dot" aria-hidden="true" />
      {labels[state]}
    </p>
  );
}
