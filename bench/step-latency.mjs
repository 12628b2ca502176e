// How long a reader waits for a step change: the browser's own Event Timing
// figure (the one INP is built on), from the key press to the next paint
// after its handlers ran, for every forward step change (1→2 to the last), at
// 1280x800 and 412x823, with the CPU throttled 4x through the DevTools
// protocol. The key is pressed for real (Input.dispatchKeyEvent), so the
// browser times it; a PerformanceObserver ('event', durationThreshold 16, the
// least it allows) collects the entries, and an interaction's latency is the
// longest entry with its interactionId (keydown or keyup), as INP takes it.
// An interaction faster than 16 ms leaves no entry and is reported as
// "under 16 ms" (counted as 16 ms in the median, so the median never flatters).
// Durations come rounded to 8 ms by the browser.
// This is wall time on a throttled CPU: it moves with whatever else the
// machine runs, so bench/budgets.mjs judges it with --check only, against
// 32 ms (the step change's one measure).
// Run after a release build: `node bench/step-latency.mjs`.
// bench/budgets.mjs calls `measureStepLatency()`.
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/harness.mjs';
import { openAtFirstStep, sleep, stepChanges } from './interactions.mjs';
import { median } from './latency.mjs';

const THROTTLE = 4;
const THRESHOLD_MS = 16;
export const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 412, height: 823 }];

/** The Event Timing entries collected since the last call. */
function takeEntries(page) {
  return page.evaluate(() => window.__eventTimings.splice(0));
}

/** Every forward step change at one viewport; returns [{ label, ms | null }]. */
async function measureAt(app, viewport) {
  const { page, context, problems } = await app.openPage('', { viewport });
  await openAtFirstStep(page);
  await page.evaluate((threshold) => {
    window.__eventTimings = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__eventTimings.push({ name: e.name, id: e.interactionId, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: threshold, buffered: false });
  }, THRESHOLD_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const samples = [];
  for (const it of stepChanges(page)) {
    await it.prepare();
    await sleep(200);
    await takeEntries(page);
    await it.act();
    // Entries are delivered after the paint; give a throttled page time.
    let entries = [];
    for (let waited = 0; waited < 1500; waited += 250) {
      await sleep(250);
      entries = await takeEntries(page);
      if (entries.some((e) => e.name === 'keyup') && (await it.settled())) break;
    }
    if (!(await it.settled())) throw new Error(`${it.label}: no step change`);
    const ms = entries.length ? Math.max(...entries.map((e) => e.duration)) : null;
    samples.push({ label: it.label, ms });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { viewport, samples, problems };
}

/** Event Timing latencies of every forward step change at each of VIEWPORTS. */
export async function measureStepLatency({ viewports = VIEWPORTS } = {}) {
  const app = await launch();
  try {
    const results = [];
    for (const viewport of viewports) results.push(await measureAt(app, viewport));
    return { results, throttle: THROTTLE, browserVersion: app.browser.version(), problems: results.flatMap((r) => r.problems) };
  } finally {
    await app.close();
  }
}

/** Median (an entry under the threshold counts as the threshold), min, max and the slowest step change. */
export function summarize(samples) {
  const ms = samples.map((s) => s.ms ?? THRESHOLD_MS);
  const worst = samples.reduce((a, b) => ((b.ms ?? 0) > (a.ms ?? 0) ? b : a));
  const under = samples.filter((s) => s.ms === null).length;
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), worst: worst.label, under, n: ms.length };
}

export const describeSummary = (s) => `median ${s.median} ms, ${s.under ? `${s.under} under ${THRESHOLD_MS} ms, ` : ''}${s.min}–${s.max} ms (slowest ${s.worst})`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureStepLatency();
  console.log(`Step change, key press to next paint (Event Timing duration), CPU throttled ${THROTTLE}x, Chromium ${result.browserVersion}`);
  console.log('');
  console.log(`| step change | ${result.results.map((r) => `${r.viewport.width}x${r.viewport.height}`).join(' | ')} |`);
  console.log(`|---|${result.results.map(() => '---|').join('')}`);
  result.results[0].samples.forEach((s, i) => {
    console.log(`| ${s.label} | ${result.results.map((r) => (r.samples[i].ms === null ? `< ${THRESHOLD_MS}` : r.samples[i].ms)).join(' | ')} |`);
  });
  console.log('');
  for (const r of result.results) console.log(`${r.viewport.width}x${r.viewport.height}: ${describeSummary(summarize(r.samples))}`);
  if (result.problems.length) console.log(`page problems during the run:\n  ${result.problems.join('\n  ')}`);
}
