// Lighthouse 12.2.3 (npm, pinned: 13 needs a newer Node) against the release
// build served by scripts/static-server.mjs (with dist/_headers, so the strict
// CSP is on), in Debian's Chromium at /usr/bin/chromium, default mobile preset
// (simulated throttling: slow 4G, 4x CPU), performance category. Each page is
// run several times (in one Chromium per page) and every metric is the
// median of its runs.
//   app     the page as readers get it
//   static  the same URL with JavaScript off: the prerendered step alone
//           (how, and why not --blink-settings=scriptEnabled=false: see
//           lighthouse-config.mjs)
// If Chromium records no LCP for the app in any run (it stops recording at
// the first scroll it counts as the user's, and a smooth programmatic scroll
// on the compositor counts), the app is run again with prefers-reduced-motion
// forced, as a diagnostic: its numbers are reported, never judged.
// Only the loopback server may be contacted: Chromium resolves every other
// host name to nothing (--host-resolver-rules), and a run whose network
// records name any other host is an error.
// The server does not compress, so Lighthouse simulates the raw bytes.
// Reading the LCP: Lighthouse's simulation counts, as needed for the paint,
// every request (but low-priority images) that finished before the paint it
// observed. Served from loopback, the preloaded wasm usually finishes before
// the first paint, so it counts even for the page with JavaScript off (which
// fetches it too: the preload is markup, not script); in the odd run where it
// finishes later, that page's simulated LCP drops to about 1 s.
// Run after a release build: `node bench/lighthouse.mjs [path] [runs]`
// (default: the first step, index.html, 3 runs). It prints; it never fails on a target.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { median } from './latency.mjs';
import { lighthouseConfig } from './lighthouse-config.mjs';

export const LIGHTHOUSE_FLAGS = [
  ...CHROMIUM_ARGS,
  '--headless=new',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
const REDUCED_MOTION_FLAG = '--force-prefers-reduced-motion';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URLs of a run's network records that are not loopback (or data:/blob:). */
function foreignRequests(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.map((r) => r.url).filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || LOOPBACK.has(hostname));
  });
}

/** The LCP element our gatherer found, as one line. */
function lcpElement(lhr) {
  const e = lhr.audits['bench-lcp-element']?.details?.value;
  if (!e) return 'none (no LCP candidate in the trace)';
  const where = e.selector ? `${e.selector} "${e.text}"` : `a ${e.nodeName} no longer in the document`;
  return `${e.type} ${where}, ${e.size} px², candidate ${e.candidates}`;
}

/** What the TBT is made of, as Lighthouse reports it (simulated, i.e. with the
 * 4x CPU slowdown): the long tasks, main-thread time by script and by kind. */
function tbtSources(lhr) {
  const tasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .map((t) => `${shortUrl(t.url)} ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms`);
  const scripts = (lhr.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 3)
    .map((s) => `${shortUrl(s.url)} ${Math.round(s.total)} ms (script evaluation ${Math.round(s.scripting)} ms)`);
  const work = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
    .slice(0, 4)
    .map((w) => `${w.groupLabel ?? w.group} ${Math.round(w.duration)} ms`);
  return { tasks, scripts, work };
}

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+\//, '/') : '?');

/** One Chromium, `runs` Lighthouse navigations of `url`; returns each run's numbers. */
async function runPage(url, { runs, javaScript, reducedMotion = false }) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: reducedMotion ? [...LIGHTHOUSE_FLAGS, REDUCED_MOTION_FLAG] : LIGHTHOUSE_FLAGS,
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const { lhr } = await lighthouse(
        url,
        // Silent without JavaScript: Lighthouse logs (harmlessly) that it cannot re-enable its debugger.
        { port: chrome.port, output: 'json', logLevel: javaScript ? 'error' : 'silent' },
        lighthouseConfig({ javaScript }),
      );
      // NO_LCP is a finding (reported below), any other runtime error a broken run.
      if (lhr.runtimeError && lhr.runtimeError.code !== 'NO_LCP') {
        throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      }
      const foreign = foreignRequests(lhr);
      if (foreign.length) throw new Error(`the page contacted another host: ${foreign.join(', ')}`);
      if (!javaScript && lhr.audits['bench-no-javascript']?.details?.value?.appMounted !== false) {
        throw new Error('JavaScript was not off: the app mounted');
      }
      const a = lhr.audits;
      const num = (id) => (typeof a[id]?.numericValue === 'number' ? a[id].numericValue : null);
      const score = lhr.categories.performance.score;
      results.push({
        score: score === null ? null : Math.round(score * 100),
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        error: a['largest-contentful-paint']?.errorMessage ?? lhr.runtimeError?.code ?? null,
        lcpElement: lcpElement(lhr),
        tbtSources: tbtSources(lhr),
        warnings: lhr.runWarnings,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        version: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
        requests: (a['network-requests']?.details?.items ?? [])
          .map((r) => `${shortUrl(r.url)} ${(r.transferSize / 1024).toFixed(1)} KB`),
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** Per-metric medians over the runs that have the metric (null unless most do). */
function summarize(runs) {
  const m = (key) => {
    const xs = runs.map((r) => r[key]).filter((x) => x !== null);
    return xs.length * 2 > runs.length ? median(xs) : null;
  };
  return {
    score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'),
    errors: [...new Set(runs.map((r) => r.error).filter(Boolean))],
    lcpElements: [...new Set(runs.map((r) => r.lcpElement))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    runs,
  };
}

/** Runs Lighthouse on `path` of `root`, with and without JavaScript (and, if
 * the app has no LCP, with reduced motion); returns the summaries and the LCP
 * ratio app/static. */
export async function measureLighthouse({ root = process.env.UNCYBER_DIST ?? 'dist', path = '', runs = 3 } = {}) {
  const server = await startServer({ root });
  try {
    const url = `http://127.0.0.1:${server.address().port}/${path}`;
    const app = summarize(await runPage(url, { runs, javaScript: true }));
    const noJs = summarize(await runPage(url, { runs, javaScript: false }));
    const reducedMotion = app.errors.includes('NO_LCP')
      ? summarize(await runPage(url, { runs, javaScript: true, reducedMotion: true }))
      : null;
    return {
      url,
      app,
      static: noJs,
      reducedMotion,
      ratio: app.lcp !== null && noJs.lcp ? app.lcp / noJs.lcp : null,
      reducedMotionRatio: reducedMotion?.lcp && noJs.lcp ? reducedMotion.lcp / noJs.lcp : null,
      version: app.runs[0].version,
      userAgent: app.runs[0].userAgent,
      benchmarkIndex: median([...app.runs, ...noJs.runs].map((r) => r.benchmarkIndex)),
    };
  } finally {
    await new Promise((ok) => server.close(ok));
  }
}

/** The pages measured, with their names, in the order to print them. */
export function lighthousePages(result) {
  return [
    ['app', result.app],
    ['static (JavaScript off)', result.static],
    ...(result.reducedMotion ? [['app, reduced motion (diagnostic)', result.reducedMotion]] : []),
  ];
}

/** Prints what the tables leave out: each run, LCP elements, TBT sources, warnings. */
export function printLighthouseNotes(result, log = console.log) {
  log(`Lighthouse ${result.version}, mobile preset (simulated throttling), ${result.url}`);
  log(`  ${result.userAgent}; CPU benchmark index ${Math.round(result.benchmarkIndex)}`);
  for (const [name, r] of lighthousePages(result)) {
    const ms = (x) => (x === null ? 'none' : `${Math.round(x)} ms`);
    log(`  ${name}:`);
    log(`    runs: ${r.runs.map((x) => `score ${x.score ?? 'none'}, LCP ${ms(x.lcp)}, TBT ${ms(x.tbt)}, CLS ${x.cls?.toFixed(3)}`).join('; ')}`);
    if (r.errors.length) log(`    errors: ${r.errors.join('; ')}`);
    log(`    LCP element: ${r.lcpElements.join(' | ')}`);
    log(`    requests: ${[...new Set(r.runs.flatMap((x) => x.requests))].join(', ')}`);
    if (r.tbt) {
      const tasks = [...new Set(r.runs.flatMap((x) => x.tbtSources.tasks))];
      log(`    long tasks (all runs): ${tasks.slice(0, 8).join('; ') || 'none listed'}`);
      log(`    main-thread time, first run, by script: ${r.runs[0].tbtSources.scripts.join('; ')}`);
      log(`    main-thread time, first run, by kind: ${r.runs[0].tbtSources.work.join('; ')}`);
    }
    for (const w of r.warnings) log(`    warning: ${w}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path = '', runs = '3'] = process.argv.slice(2);
  const result = await measureLighthouse({ path, runs: Number(runs) });
  const s = (x) => (x === null ? 'none' : (x / 1000).toFixed(2));
  console.log('| page | performance | FCP s | LCP s | TBT ms | CLS |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of lighthousePages(result)) {
    console.log(`| ${name} | ${r.score ?? 'none'} | ${s(r.fcp)} | ${s(r.lcp)} | ${r.tbt === null ? 'none' : Math.round(r.tbt)} | ${r.cls?.toFixed(3) ?? 'none'} |`);
  }
  console.log(`LCP ratio app/static: ${result.ratio?.toFixed(2) ?? 'none (no LCP for the app)'}`);
  if (result.reducedMotionRatio) console.log(`LCP ratio app with reduced motion/static: ${result.reducedMotionRatio.toFixed(2)}`);
  console.log('');
  printLighthouseNotes(result);
}
