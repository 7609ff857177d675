// Benchmark: our app (dist/) beside a minimal peer built with SurveyJS
// (tests/bench/peer), the same figures in the same run:
//   first-load JS of Home; Home's offline cold start at 4× CPU; autosave
//   keystroke-to-commit latency over 500 edits; Results of a full
//   reflection with 50 merged reviews; Home with 500 reflections; and our
//   lazy PDF code.
//
//   npm run build && npm run bench
//
// Serves each build on 127.0.0.1 (random ports) and drives the system
// Chromium through playwright-core. It prints figures and compares them
// with the targets; it asserts nothing and exits 0 (1 only if it could not
// run).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  ARGS,
  CHROMIUM,
  CPU_SLOWDOWN,
  EDITS,
  firstLoadJs,
  KEY_DELAY_MS,
  kb,
  MANY,
  RUNS,
  serve,
} from './common.mjs';
import {
  autosaveOurs,
  DIST,
  homeManyOurs,
  homeShown,
  offlineTti,
  pdfChunks,
  resultsTiming,
} from './measure-ours.mjs';
import {
  autosavePeer,
  homeManyPeer,
  offlineTtiPeer,
  peerHomeShown,
  resultsPeer,
} from './measure-peer.mjs';
import { buildPeer, PEER_DIST } from './peer/build.mjs';
import { keystrokeLatencies, median, percentile, table } from './stats.mjs';

const TARGET_JS_KB = 150;
const TARGET_JS_SHARE = 1 / 3;
const TARGET_TTI_MS = 1000;
const TARGET_AUTOSAVE_P95_MS = 30;
const TARGET_RESULTS_MS = 100;
const TARGET_HOME_MANY_MS = 200;

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const sumGzip = (files) => files.reduce((s, f) => s + f.gzip, 0);

/** Runs a peer measurement; on failure, says why instead of a number. */
async function attempt(label, run) {
  try {
    return await run();
  } catch (error) {
    console.log(
      `  Peer ${label} could not be measured: ${error.message.split('\n')[0]}`,
    );
    return { error: error.message.split('\n')[0] };
  }
}

function latencyFigures({ keys, commits }) {
  const all = keystrokeLatencies(keys, commits);
  const matched = all.filter((v) => v !== null);
  return {
    keys: keys.length,
    commits: commits.length,
    unmatched: all.length - matched.length,
    p50: percentile(matched, 50),
    p95: percentile(matched, 95),
    max: matched.length ? Math.max(...matched) : NaN,
  };
}

function printFiles(title, files) {
  console.log(title);
  console.log(
    table(
      [
        ['File', 'Raw KB', 'Gzip KB'],
        ...files.map((f) => [f.path, kb(f.raw), kb(f.gzip)]),
        ['Total', kb(files.reduce((s, f) => s + f.raw, 0)), kb(sumGzip(files))],
      ],
      ['l', 'r', 'r'],
    ),
  );
}

function printRuns(title, header, rows) {
  console.log(title);
  console.log(
    table(
      [header, ...rows],
      header.map((_, i) => (i ? 'r' : 'l')),
    ),
  );
  console.log('');
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error('No dist/index.html: run "npm run build" first.');
    process.exit(1);
  }
  console.log(
    'Building the SurveyJS peer (tests/bench/peer → tests/bench/.peer-dist)…',
  );
  await buildPeer();
  const servePeer = () => serve(PEER_DIST);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  try {
    console.log(
      `Chromium ${browser.version()}; ${RUNS} runs per page-load figure, median reported.\n`,
    );

    // 1. First-load JavaScript.
    const server = await serve(DIST);
    const ours = await firstLoadJs(browser, server.url, DIST, homeShown);
    const tti = await offlineTti(browser, server);
    const peerServer = await servePeer();
    const peer = await firstLoadJs(
      browser,
      peerServer.url,
      PEER_DIST,
      peerHomeShown,
    );
    const peerTti = await attempt('offline start', () =>
      offlineTtiPeer(browser, peerServer),
    );
    // The same start in a profile kept on disk, as an installed app's.
    const kept = { keptProfile: true };
    const ttiKept = await offlineTti(browser, await serve(DIST), kept);
    const peerTtiKept = await attempt('offline start, kept profile', async () =>
      offlineTtiPeer(browser, await servePeer(), kept),
    );
    printFiles(
      'First-load JavaScript, ours: Home, first visit, until network idle (gzip -9)',
      ours.files,
    );
    const swScripts = ours.worker.filter((f) => !f.path.startsWith('/assets/'));
    const precache = ours.worker.filter((f) => f.path.startsWith('/assets/'));
    console.log(
      `  Not counted (the service worker fetches these in the background, after Home is up):\n` +
        `  service worker scripts: ${swScripts.map((f) => f.path).join(', ') || 'none'} (${kb(sumGzip(swScripts))} KB gzip)\n` +
        `  precached JavaScript: ${precache.length} files (${kb(sumGzip(precache))} KB gzip)\n`,
    );
    printFiles(
      'First-load JavaScript, peer: its home page (one bundle: React, SurveyJS, the 28 cells)',
      peer.files,
    );
    console.log('');

    // 2. Offline cold start.
    const printTti = (title, oursRuns, peerRuns) => {
      const peerMs = peerRuns.error ? [] : peerRuns.map((r) => r.ready);
      printRuns(
        title,
        ['Run', 'Ours ms', 'Ours from SW', 'Peer ms', 'Peer from SW'],
        [
          ...oursRuns.map((r, i) => [
            String(i + 1),
            r.ready.toFixed(0),
            r.fromSw ? 'yes' : 'no',
            peerMs[i]?.toFixed(0) ?? 'n/a',
            peerRuns.error ? '' : peerRuns[i].fromSw ? 'yes' : 'no',
          ]),
          [
            'Median',
            median(oursRuns.map((r) => r.ready)).toFixed(0),
            '',
            ms(median(peerMs)),
            '',
          ],
        ],
      );
      return [median(oursRuns.map((r) => r.ready)), median(peerMs)];
    };
    const ttiMedians = printTti(
      `Home, offline (service worker), CPU slowed ${CPU_SLOWDOWN}×: navigation start → "Start a reflection" shown and the list rendered`,
      tti,
      peerTti,
    );
    const ttiKeptMedians = printTti(
      `The same, in a browser profile kept on disk (as an installed app's), where Chromium keeps the compiled code of scripts the service worker cached (for information)`,
      ttiKept,
      peerTtiKept,
    );

    // 3. Autosave.
    const autosave = {};
    for (const [name, rate] of [
      ['plain', 1],
      ['slow', CPU_SLOWDOWN],
    ]) {
      autosave[name] = {
        ours: latencyFigures(await autosaveOurs(browser, rate)),
        peer: await attempt(`autosave (${rate}× CPU)`, async () =>
          latencyFigures(await autosavePeer(browser, servePeer, rate)),
        ),
      };
    }
    const autosaveRow = (label, f) =>
      f.error
        ? [label, 'n/a', '', '', '', '', '']
        : [
            label,
            String(f.keys),
            String(f.commits),
            String(f.unmatched),
            f.p50.toFixed(1),
            f.p95.toFixed(1),
            f.max.toFixed(1),
          ];
    printRuns(
      `Autosave: ${EDITS} keystrokes, ${KEY_DELAY_MS} ms apart, into the first question's Evidence box (peer: its comment box); keydown → the IndexedDB readwrite transaction holding that text completes`,
      ['App, CPU', 'Keys', 'Writes', 'Unmatched', 'p50 ms', 'p95 ms', 'Max ms'],
      [
        autosaveRow('Ours, as is', autosave.plain.ours),
        autosaveRow('Peer, as is', autosave.plain.peer),
        autosaveRow(`Ours, ${CPU_SLOWDOWN}× slower`, autosave.slow.ours),
        autosaveRow(`Peer, ${CPU_SLOWDOWN}× slower`, autosave.slow.peer),
      ],
    );

    // 4. Results with 50 merged reviews.
    const results = await resultsTiming(browser);
    const peerResults = await attempt('results', () =>
      resultsPeer(browser, servePeer),
    );
    const pr = peerResults.error ? [] : peerResults;
    console.log(
      `Results, full reflection (28 cells with evidence, 20 actions, 50 Champions' reviews merged), offline, CPU slowed ${CPU_SLOWDOWN}×`,
    );
    console.log(
      '  By address: navigation start → ratings grid and "What young people said" (50 reviews) shown; includes starting the app.\n' +
        '  In the app: Home → Results with the code already loaded; IndexedDB reads, analysis, merging 50 reviews, drawing.\n' +
        '  Peer: a table of the 28 ratings with the 50 reviews merged (mean rating, verdict counts, comments); no actions.',
    );
    printRuns(
      '',
      [
        'Run',
        'Ours by address',
        'Ours in app',
        'Peer by address',
        'Peer in app',
      ],
      [
        ...results.map((r, i) => [
          String(i + 1),
          r.ready.toFixed(0),
          r.inApp.toFixed(0),
          pr[i]?.ready.toFixed(0) ?? 'n/a',
          pr[i]?.inApp.toFixed(0) ?? 'n/a',
        ]),
        [
          'Median',
          median(results.map((r) => r.ready)).toFixed(0),
          median(results.map((r) => r.inApp)).toFixed(0),
          ms(median(pr.map((r) => r.ready))),
          ms(median(pr.map((r) => r.inApp))),
        ],
      ],
    );

    // 5. Home with MANY reflections.
    const many = await homeManyOurs(browser);
    const peerManyRuns = await attempt('home with many', () =>
      homeManyPeer(browser, servePeer),
    );
    const pm = peerManyRuns.error ? [] : peerManyRuns;
    printRuns(
      `Home with ${MANY} reflections (5 answers each), online with the service worker, CPU slowed ${CPU_SLOWDOWN}×\n` +
        `  By address: navigation start → the list usable, including starting the app (ours: the newest 20 cards and "Showing the 20 most recent of ${MANY}"; the peer has no paging, so all ${MANY} cards).\n` +
        `  In the app: from the guidance library back to Home with the code loaded: reading ${MANY} reflections and their answers, and drawing the list.`,
      ['Run', 'Ours by address', 'Ours in app', 'Peer by address'],
      [
        ...many.map((v, i) => [
          String(i + 1),
          v.cold.toFixed(0),
          v.inApp.toFixed(0),
          pm[i]?.toFixed(0) ?? 'n/a',
        ]),
        [
          'Median',
          median(many.map((v) => v.cold)).toFixed(0),
          median(many.map((v) => v.inApp)).toFixed(0),
          ms(median(pm)),
        ],
      ],
    );

    // 6. Lazy PDF code (ours only).
    const pdf = pdfChunks();
    const pdfTotal = sumGzip(pdf.files);
    const homeLoaded = pdf.files.filter((f) =>
      ours.files.some((h) => h.path === f.path),
    );
    console.log(
      'Lazy PDF code, ours (found by content in dist/assets; gzip -9)',
    );
    console.log(
      table(
        [
          ['File', 'What', 'Raw KB', 'Gzip KB'],
          ...pdf.files.map((f) => [f.path, f.role, kb(f.raw), kb(f.gzip)]),
          [
            'Total',
            '',
            kb(pdf.files.reduce((s, f) => s + f.raw, 0)),
            kb(pdfTotal),
          ],
        ],
        ['l', 'l', 'r', 'r'],
      ),
    );
    console.log(
      `  Fonts fetched with it: ${pdf.fonts.map((f) => `${f.path} (${kb(f.raw)} KB, ${kb(f.gzip)} KB gzip)`).join(', ') || 'none'}\n`,
    );

    // Summary.
    const ratio = (a, b) =>
      Number.isFinite(a) && Number.isFinite(b) && b > 0
        ? `${(a / b).toFixed(2)}×`
        : 'n/a';
    const ok = (yes) => (yes ? 'met' : 'NOT MET');
    const oursJs = sumGzip(ours.files);
    const peerJs = sumGzip(peer.files);
    const ap = autosave.plain;
    const as = autosave.slow;
    const peerP = (f, key) => (f.error ? NaN : f[key]);
    const medians = {
      tti: ttiMedians,
      ttiKept: ttiKeptMedians,
      resultsInApp: [
        median(results.map((r) => r.inApp)),
        median(pr.map((r) => r.inApp)),
      ],
      resultsCold: [
        median(results.map((r) => r.ready)),
        median(pr.map((r) => r.ready)),
      ],
      many: [median(many.map((v) => v.cold)), median(pm)],
      manyInApp: median(many.map((v) => v.inApp)),
    };
    const summary = [
      ['Measure', 'Ours', 'Peer', 'Ours/peer', 'Target', 'Verdict'],
      [
        'First-load JS, Home (gzip)',
        `${kb(oursJs)} KB`,
        `${kb(peerJs)} KB`,
        ratio(oursJs, peerJs),
        `≤ ${TARGET_JS_KB} KB and ≤ 1/3 of peer`,
        `${ok(oursJs / 1024 <= TARGET_JS_KB)} (size); ${ok(oursJs <= peerJs * TARGET_JS_SHARE)} (ratio)`,
      ],
      [
        `Offline cold start to interactive, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        ms(medians.tti[0]),
        ms(medians.tti[1]),
        ratio(...medians.tti),
        `≤ ${TARGET_TTI_MS} ms`,
        ok(medians.tti[0] <= TARGET_TTI_MS),
      ],
      [
        'Offline cold start, profile kept on disk (for information)',
        ms(medians.ttiKept[0]),
        ms(medians.ttiKept[1]),
        ratio(...medians.ttiKept),
        'none set',
        '-',
      ],
      [
        `Autosave keystroke → commit p50, CPU as is (${EDITS} edits)`,
        `${ap.ours.p50.toFixed(1)} ms`,
        Number.isFinite(peerP(ap.peer, 'p50'))
          ? `${ap.peer.p50.toFixed(1)} ms`
          : 'n/a',
        ratio(ap.ours.p50, peerP(ap.peer, 'p50')),
        'none set',
        '-',
      ],
      [
        `Autosave keystroke → commit p95, CPU as is (${EDITS} edits)`,
        `${ap.ours.p95.toFixed(1)} ms`,
        Number.isFinite(peerP(ap.peer, 'p95'))
          ? `${ap.peer.p95.toFixed(1)} ms`
          : 'n/a',
        ratio(ap.ours.p95, peerP(ap.peer, 'p95')),
        `≤ ${TARGET_AUTOSAVE_P95_MS} ms`,
        ok(ap.ours.p95 <= TARGET_AUTOSAVE_P95_MS),
      ],
      [
        `Autosave p95, ${CPU_SLOWDOWN}× CPU (for information)`,
        `${as.ours.p95.toFixed(1)} ms`,
        Number.isFinite(peerP(as.peer, 'p95'))
          ? `${as.peer.p95.toFixed(1)} ms`
          : 'n/a',
        ratio(as.ours.p95, peerP(as.peer, 'p95')),
        'none set',
        '-',
      ],
      [
        `Results, 50 merged reviews, in the app, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        ms(medians.resultsInApp[0]),
        ms(medians.resultsInApp[1]),
        ratio(...medians.resultsInApp),
        `≤ ${TARGET_RESULTS_MS} ms`,
        ok(medians.resultsInApp[0] <= TARGET_RESULTS_MS),
      ],
      [
        `Results, 50 merged reviews, by address, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        ms(medians.resultsCold[0]),
        ms(medians.resultsCold[1]),
        ratio(...medians.resultsCold),
        'none set (includes app start)',
        '-',
      ],
      [
        `Home with ${MANY} reflections, in the app, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        ms(medians.manyInApp),
        'n/a (no in-app route)',
        'n/a',
        `≤ ${TARGET_HOME_MANY_MS} ms`,
        ok(medians.manyInApp <= TARGET_HOME_MANY_MS),
      ],
      [
        `Home with ${MANY} reflections, by address, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        ms(medians.many[0]),
        ms(medians.many[1]),
        ratio(...medians.many),
        'none set (includes app start)',
        '-',
      ],
      [
        'Lazy PDF code (gzip)',
        `${kb(pdfTotal)} KB`,
        'n/a (no PDF)',
        'n/a',
        'not loaded by Home',
        pdf.files.length > 0 && homeLoaded.length === 0 ? 'met' : 'NOT MET',
      ],
    ];
    console.log('Summary');
    console.log(table(summary, ['l', 'r', 'r', 'r', 'l', 'l']));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
