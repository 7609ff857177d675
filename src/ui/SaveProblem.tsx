import { TextLink } from './Button';
import { Notice } from './Notice';

export type SaveProblemProps = {
  /** What went wrong and what to do, in plain words. */
  message: string;
  /** When set, a link to Back up and restore follows the message. */
  backupLabel?: string | null;
  /** @default '/backup' */
  backupHref?: string;
};

/** An autosave that failed: the reason, and where relevant a way to back up. */
export function SaveProblem({
  message,
  backupLabel,
  backupHref = '/backup',
}: SaveProblemProps) {
  return (
    <Notice tone="error">
      <p>{message}</p>
      {backupLabel ? (
        <p>
          <TextLink href={backupHref}>{backupLabel}</TextLink>
        </p>
      ) : null}
    </Notice>
  );
}
