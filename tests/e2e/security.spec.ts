/**
 * The app talks to nobody and runs under a strict Content Security Policy
 * with Trusted Types: the headers are what `npm start` sends, a full journey
 * (set up, answer, results, PDF, share with a QR code, guidance, Arabic,
 * workshop mode) makes no request that leaves the origin and causes no
 * policy violation, online and offline, and the built files name no
 * third-party host the app could load from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../security-headers';
import { ExportPage } from './page-models/export-page';
import { ResultsPage } from './page-models/results-page';
import { SharePage } from './page-models/share-page';
import {
  expectVisible,
  waitForServiceWorkerControl,
  watchErrors,
} from './support/app';
import { DEFAULT_CONTEXT } from './support/browser';
import { downloadOf } from './support/downloads';
import { seedReflection } from './support/seed';
import { DIST_DIR } from './support/server';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

/** Every request and every policy violation in a browser context. */
async function watchContext(context: BrowserContext) {
  const requests: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeBinding('__reportViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (
        window as unknown as { __reportViolation: (text: string) => void }
      ).__reportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { requests, violations };
}

const offOrigin = (requests: readonly string[], origin: string) =>
  requests.filter((url) => {
    const { protocol, origin: from } = new URL(url);
    return !['data:', 'blob:'].includes(protocol) && from !== origin;
  });

describe('security headers', () => {
  it('serves every page and the service worker with the strict policy', async () => {
    for (const path of ['/', '/sw.js', '/r/some-id/reflect/service.space']) {
      const response = await fetch(`${suite.baseUrl}${path}`, {
        headers: { Accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(['default']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('writes the same headers for static hosts into dist/_headers', () => {
    const file = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
    expect(file).toContain(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    );
  });

  it('names no third-party host the app could load from in the built files', () => {
    // Hosts that appear only inside libraries' error messages, XML
    // namespaces or unused code paths (the policy would block them anyway).
    const known = new Set([
      'www.w3.org',
      'react.dev',
      'react.i18next.com',
      'json-schema.org',
      'tinyurl.com',
      'bit.ly',
      'jspdf.default.namespaceuri',
      'cdnjs.cloudflare.com',
    ]);
    const files = [
      ...readdirSync(DIST_DIR).filter((f) =>
        /\.(js|html|webmanifest)$/.test(f),
      ),
      ...readdirSync(join(DIST_DIR, 'assets'))
        .filter((f) => /\.(js|css)$/.test(f))
        .map((f) => `assets/${f}`),
    ];
    const unknown = files.flatMap((file) =>
      [
        ...readFileSync(join(DIST_DIR, file), 'utf8').matchAll(
          /https?:\/\/([a-zA-Z0-9.-]+)/g,
        ),
      ]
        .map((m) => m[1] ?? '')
        .filter((host) => !known.has(host))
        .map((host) => `${file}: ${host}`),
    );
    expect(unknown).toEqual([]);
    // No inline script in the page.
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('makes no request off the origin and breaks no policy on a full journey, online and offline', async () => {
    const context = await suite.browser.newContext(DEFAULT_CONTEXT);
    const { requests, violations } = await watchContext(context);
    const page: Page = await context.newPage();
    const { errors } = watchErrors(page);
    const origin = new URL(suite.baseUrl).origin;

    const id = await seedReflection(
      page,
      suite.baseUrl,
      { organisationName: 'Strict Policy Trust', levels: ['service'] },
      [
        {
          cellId: 'service.space',
          rating: 'Developing',
          evidence: 'Youth panel minutes',
          action: { text: 'Ask the youth panel', owner: 'Lead' },
        },
      ],
    );
    await waitForServiceWorkerControl(page);

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    const exporter = new ExportPage(page, suite.baseUrl);
    await exporter.goto(id);
    await downloadOf(page, () => exporter.pdfButton.click());
    const share = new SharePage(page, suite.baseUrl);
    await share.goto(id);
    await share.create();
    await expectVisible(share.qrImage);
    await page.goto(`${suite.baseUrl}/guidance/tips/voice`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Voice' }));
    await page.goto(`${suite.baseUrl}/r/${id}/workshop/service.voice`);
    await expectVisible(page.getByText('No votes counted yet.'));
    await page.keyboard.press('?');
    await expectVisible(
      page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expectVisible(page.locator('html[dir="rtl"]'));

    // Offline: the page comes from the service worker's cache, still under
    // the policy it was stored with.
    await context.setOffline(true);
    let documentPolicy = '';
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document')
        documentPolicy = response.headers()['content-security-policy'] ?? '';
    });
    await page.goto(`${suite.baseUrl}/r/${id}/results`);
    await expectVisible(page.getByRole('heading', { level: 1 }));
    expect(documentPolicy).toBe(CONTENT_SECURITY_POLICY);
    await context.setOffline(false);

    expect(violations).toEqual([]);
    expect(offOrigin(requests, origin)).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});
