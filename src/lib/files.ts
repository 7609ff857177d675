/**
 * Getting bytes onto and off the device: the system share sheet where the
 * device has one, a download otherwise, and reading a chosen file with a cap.
 */

export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

function asFile(bytes: Uint8Array, filename: string, type: string): File {
  return new File([bytes as BlobPart], filename, { type });
}

/** True when the device can hand a file to another app (tablets, phones). */
export function canShareFiles(): boolean {
  try {
    const probe = asFile(
      new Uint8Array([0]),
      'probe.vipack',
      'application/octet-stream',
    );
    return (
      typeof navigator.share === 'function' &&
      navigator.canShare?.({ files: [probe] }) === true
    );
  } catch {
    return false;
  }
}

export function downloadFile(
  bytes: Uint8Array,
  filename: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shares through the system sheet if possible, else downloads. */
export async function shareOrDownload(
  bytes: Uint8Array,
  filename: string,
  type: string,
  title: string,
): Promise<SaveOutcome> {
  if (canShareFiles()) {
    try {
      await navigator.share({ files: [asFile(bytes, filename, type)], title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        return 'cancelled';
      // Sharing failed for another reason: fall back to a download.
    }
  }
  downloadFile(bytes, filename, type);
  return 'downloaded';
}

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array; name: string }
  | { ok: false; reason: 'tooLarge' | 'unreadable' };

/** Reads a file the user chose, refusing it before reading if it is too big. */
export async function readChosenFile(
  file: File,
  maxBytes: number,
): Promise<ReadOutcome> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  try {
    return {
      ok: true,
      bytes: new Uint8Array(await readBuffer(file)),
      name: file.name,
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** `Blob.arrayBuffer`, with FileReader for browsers that lack it. */
function readBuffer(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

/** A safe file name from free text: letters, digits and dashes only. */
export function fileNameFrom(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return slug || fallback;
}
