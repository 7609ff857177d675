import { useState } from 'react';
import { Button } from './Button';
import { TextField } from './TextField';
import './SharePanel.css';

export type QrState =
  | { state: 'loading' }
  | { state: 'ready'; dataUrl: string }
  | { state: 'tooLong' };

/** Every word the panel shows, already translated by the caller. */
export type SharePanelLabels = {
  fileHeading: string;
  fileHint: string;
  fileButton: string;
  linkHeading: string;
  linkHint: string;
  linkLabel: string;
  copyButton: string;
  copied: string;
  copyFailed: string;
  qrHeading: string;
  qrHint: string;
  qrAlt: string;
  qrTooLong: string;
  qrLoading: string;
};

export type SharePanelProps = {
  labels: SharePanelLabels;
  link: string;
  qr: QrState;
  onShareFile: () => void;
  /** Resolves to whether the copy worked. */
  onCopy: () => Promise<boolean>;
  /** Heading level for the three ways. @default 2 */
  headingLevel?: 2 | 3;
};

/** The three ways to hand a pack on: a file, a link, a QR code of the link. */
export function SharePanel({
  labels,
  link,
  qr,
  onShareFile,
  onCopy,
  headingLevel = 2,
}: SharePanelProps) {
  const [copyResult, setCopyResult] = useState<'copied' | 'failed' | null>(
    null,
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="vi-share">
      <section className="vi-share__way" aria-labelledby="share-file-heading">
        <Heading id="share-file-heading">{labels.fileHeading}</Heading>
        <p>{labels.fileHint}</p>
        <Button onPress={onShareFile}>{labels.fileButton}</Button>
      </section>
      <section className="vi-share__way" aria-labelledby="share-link-heading">
        <Heading id="share-link-heading">{labels.linkHeading}</Heading>
        <p>{labels.linkHint}</p>
        <TextField
          label={labels.linkLabel}
          value={link}
          onChange={() => undefined}
          multiline
          isReadOnly
        />
        <Button
          variant="secondary"
          onPress={() =>
            void onCopy().then((ok) => setCopyResult(ok ? 'copied' : 'failed'))
          }
        >
          {labels.copyButton}
        </Button>
        <p role="status" className="vi-share__status">
          {copyResult === 'copied'
            ? labels.copied
            : copyResult === 'failed'
              ? labels.copyFailed
              : ''}
        </p>
      </section>
      <section className="vi-share__way" aria-labelledby="share-qr-heading">
        <Heading id="share-qr-heading">{labels.qrHeading}</Heading>
        {qr.state === 'ready' ? (
          <>
            <p>{labels.qrHint}</p>
            <img className="vi-share__qr" src={qr.dataUrl} alt={labels.qrAlt} />
          </>
        ) : (
          <p role="status">
            {qr.state === 'loading' ? labels.qrLoading : labels.qrTooLong}
          </p>
        )}
      </section>
    </div>
  );
}
