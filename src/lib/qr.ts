/**
 * QR codes, drawn on the device. The qrcode library is only loaded when a
 * code is first asked for, to keep the first load small.
 */

export type QrResult =
  { ok: true; dataUrl: string } | { ok: false; reason: 'tooLong' };

/** The most a QR code can hold in byte mode at the lowest error correction. */
const QR_MAX_BYTES = 2953;

export async function qrCodeFor(text: string): Promise<QrResult> {
  if (new TextEncoder().encode(text).length > QR_MAX_BYTES) {
    return { ok: false, reason: 'tooLong' };
  }
  const { toDataURL } = await import('qrcode');
  try {
    const dataUrl = await toDataURL(text, {
      errorCorrectionLevel: 'L',
      margin: 4,
      scale: 6,
      color: { dark: '#000000', light: '#ffffff' },
    });
    return { ok: true, dataUrl };
  } catch {
    return { ok: false, reason: 'tooLong' };
  }
}
