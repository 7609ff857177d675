/**
 * Packs made and read in Node, with the app's own codec (src/domain/packs),
 * so a spec can hand the app a pack it did not make (a second Champion's
 * review, a hostile or broken one) and can look inside a pack the app made.
 *
 * Pack text is built as JSON text, not only as objects, so that keys such as
 * `__proto__` can be put in exactly as an attacker would write them.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { unzlibSync, zlibSync } from 'fflate';
import jsQR from 'jsqr';
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  CONTAINER_HEADER_LENGTH,
  CONTAINER_VERSION,
  FLAG_ENCRYPTED,
  fragmentToBytes,
  toBase64Url,
} from '../../../src/domain/packs/codec';
import {
  APP_ID,
  REVIEW_FORMAT,
  REVIEW_VERSION,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
} from '../../../src/domain/packs/constants';

/** A file to hand to `setInputFiles`. */
export type FilePayload = { name: string; mimeType: string; buffer: Buffer };

export type SummaryCellInput = {
  cellId: string;
  rating?: number | string | null;
  evidence?: string;
  examples?: string;
  groupsReached?: string[];
};

/** A valid summary pack (as a plain object) for one or more levels. */
export function makeSummaryPack(
  options: {
    organisationName?: string;
    area?: string;
    levels?: string[];
    cells?: SummaryCellInput[];
    actions?: {
      text: string;
      owner?: string;
      due?: string;
      cellId?: string | null;
    }[];
    reflectionId?: string;
    packId?: string;
  } = {},
): Record<string, unknown> {
  const levels = options.levels ?? ['service'];
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    app: APP_ID,
    createdAt: new Date().toISOString(),
    packId: options.packId ?? randomUUID(),
    reflection: {
      id: options.reflectionId ?? randomUUID(),
      organisationName: options.organisationName ?? 'Crafted Pack Trust',
      organisationType: 'trust',
      area: options.area ?? '',
      date: '2025-01-15',
      levels,
      locale: 'en-GB',
      frameworkVersion: 1,
    },
    cells: (options.cells ?? [{ cellId: `${levels[0]}.space`, rating: 2 }]).map(
      (cell) => ({
        cellId: cell.cellId,
        rating: cell.rating ?? null,
        ...(cell.evidence === undefined ? {} : { evidence: cell.evidence }),
        ...(cell.examples === undefined ? {} : { examples: cell.examples }),
        groupsReached: cell.groupsReached ?? [],
      }),
    ),
    ...(options.actions
      ? {
          actions: options.actions.map((a) => ({
            text: a.text,
            owner: a.owner ?? '',
            due: a.due ?? '',
            cellId: a.cellId ?? null,
          })),
        }
      : {}),
  };
}

export type ReviewResponseInput = {
  cellId: string;
  verdict?: 'agree' | 'notSure' | 'disagree' | null;
  rating?: number | string | null;
  comment?: string;
};

/** A valid review pack (as a plain object), as a Champion's device makes it. */
export function makeReviewPack(options: {
  reflectionId: string;
  packId?: string;
  reviewId?: string;
  reviewer?: string;
  responses?: ReviewResponseInput[];
  priorities?: string[];
  missing?: string;
}): Record<string, unknown> {
  return {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    app: APP_ID,
    createdAt: new Date().toISOString(),
    reviewId: options.reviewId ?? randomUUID(),
    packId: options.packId ?? randomUUID(),
    reflectionId: options.reflectionId,
    reviewer: options.reviewer ?? '',
    locale: 'en-GB',
    responses: (options.responses ?? []).map((r) => ({
      cellId: r.cellId,
      verdict: r.verdict ?? null,
      rating: r.rating ?? null,
      comment: r.comment ?? '',
    })),
    priorities: options.priorities ?? [],
    missing: options.missing ?? '',
  };
}

/** A plain pack container around any JSON text (valid or not). */
export function containerFromJson(json: string): Uint8Array {
  const body = zlibSync(new TextEncoder().encode(json), { level: 9 });
  const bytes = new Uint8Array(CONTAINER_HEADER_LENGTH + body.length);
  bytes.set([0x56, 0x49, CONTAINER_VERSION, 0]);
  bytes.set(body, CONTAINER_HEADER_LENGTH);
  return bytes;
}

/** The container of a pack object. */
export function packBytes(doc: unknown): Uint8Array {
  return containerFromJson(JSON.stringify(doc));
}

/** `#pack=…` for some bytes (no `#`). */
export function fragmentFor(bytes: Uint8Array): string {
  return `pack=${toBase64Url(bytes)}`;
}

/** The link the app would make for these bytes on this server. */
export function linkFor(baseUrl: string, bytes: Uint8Array): string {
  return `${baseUrl}/open#${fragmentFor(bytes)}`;
}

export function asFile(name: string, bytes: Uint8Array | string): FilePayload {
  return {
    name,
    mimeType: name.endsWith('.json')
      ? 'application/json'
      : 'application/octet-stream',
    buffer: Buffer.from(bytes),
  };
}

/**
 * The raw JSON text inside a plain container, before any validation (which
 * would drop unknown keys): what really travels. Null if encrypted.
 */
export function rawPackJson(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0x56 || bytes[1] !== 0x49) {
    throw new Error('Not a pack container');
  }
  if ((bytes[3] ?? 0) & FLAG_ENCRYPTED) return null;
  return new TextDecoder().decode(
    unzlibSync(bytes.subarray(CONTAINER_HEADER_LENGTH)),
  );
}

/** The container bytes carried by a link made by the app. */
export function bytesOfLink(link: string): Uint8Array {
  const hash = new URL(link).hash;
  const result = fragmentToBytes(hash);
  if (!result.ok)
    throw new Error(`Not a pack link (${result.reason}): ${link}`);
  return result.bytes;
}

/** Whether the container is passphrase-protected. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return ((bytes[3] ?? 0) & FLAG_ENCRYPTED) !== 0;
}

/** The text in a QR code image given as a `data:image/png;base64,…` URL. */
export function decodeQrDataUrl(dataUrl: string): string | null {
  const match = /^data:image\/png;base64,(.+)$/.exec(dataUrl);
  if (!match) throw new Error(`Not a PNG data URL: ${dataUrl.slice(0, 40)}…`);
  const png = PNG.sync.read(Buffer.from(match[1]!, 'base64'));
  const code = jsQR(
    new Uint8ClampedArray(
      png.data.buffer,
      png.data.byteOffset,
      png.data.length,
    ),
    png.width,
    png.height,
  );
  return code ? code.data : null;
}

/** Clicks a button that downloads, and returns the file it saved. */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    click(),
  ]);
  return readDownload(download);
}

export async function readDownload(
  download: Download,
): Promise<{ name: string; bytes: Uint8Array; path: string }> {
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(await readFile(path)),
    path,
  };
}

/**
 * Text that does not compress: `length` characters of random base-36, in
 * words, so a pack made from it stays big.
 */
export function incompressibleText(length: number): string {
  let out = '';
  while (out.length < length) {
    out += `${Math.random().toString(36).slice(2, 10)} `;
  }
  return out.slice(0, length).trim();
}
