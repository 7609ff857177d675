/**
 * Handing a prepared pack on: a link on this app's own origin, a file through
 * the share sheet or a download, and a QR code of the link.
 */
import { useEffect, useState } from 'react';
import { copyText } from './clipboard';
import { canShareFiles, shareOrDownload, type SaveOutcome } from './files';
import { qrCodeFor } from './qr';

export const PACK_MIME = 'application/octet-stream';

/** The link that opens a pack in this app; the pack stays after `#`. */
export function linkFor(fragment: string): string {
  return `${location.origin}/open#${fragment}`;
}

export type QrCodeState =
  | { state: 'loading' }
  | { state: 'ready'; dataUrl: string }
  | { state: 'tooLong' };

/** Draws a QR code of `text` once it is known (lazy-loads the library). */
export function useQrCode(text: string): QrCodeState {
  const [result, setResult] = useState<{
    text: string;
    qr: QrCodeState;
  } | null>(null);
  useEffect(() => {
    let live = true;
    void qrCodeFor(text).then((qr) => {
      if (!live) return;
      setResult({
        text,
        qr: qr.ok
          ? { state: 'ready', dataUrl: qr.dataUrl }
          : { state: 'tooLong' },
      });
    });
    return () => {
      live = false;
    };
  }, [text]);
  return result?.text === text ? result.qr : { state: 'loading' };
}

export function sharePackFile(
  bytes: Uint8Array,
  filename: string,
  title: string,
): Promise<SaveOutcome> {
  return shareOrDownload(bytes, filename, PACK_MIME, title);
}

export { canShareFiles, copyText };
