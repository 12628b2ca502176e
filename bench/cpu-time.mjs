// Main-thread CPU time per interaction, from a Chromium trace.
//
// Method. One page at 1280x800, CPU not throttled, reduced motion (so the
// figure is the interaction's own work, not the frames of an animation, whose
// number depends on how fast the machine is), one trace over the
// interactions of bench/interactions.mjs (every forward step change, a switch
// to each vote, a hover on five states), ROUNDS times. Around each
// interaction the script writes a console.timeStamp marker, presses or
// dispatches the input, waits WINDOW_MS (no polling of the page in between,
// so nothing of ours runs in the window) and writes the end marker. The
// figure is the sum of the thread time (`tdur`: CPU time the thread was
// actually running, not wall time) of the top-level tasks on the page's
// renderer main thread that start between the two markers' tasks: the input
// event, the app's handlers and effects, style, layout, paint and any task
// they queue. Thread time leaves out the time the thread waited for a core,
// so another process on the machine moves it little (wall time would count
// every wait); caches and a shared core still move it some (docs/performance.md).
// The trace's own cost and an idle window are small: an empty 400 ms window
// measured 0 to 0.2 ms, a no-op key press about 0.4 ms.
// A second figure per interaction, reported only: the thread time of those
// tasks up to and including the first that paints (the input, the effects,
// the next frame's style, layout and paint). It is what a reader waits for
// before the screen changes, Event Timing's span without its waits; work the
// app puts after the paint (the address, the explorer below the stage, the
// map's spoken labels) is left out. A step change paints the story's text
// first and redraws the stage in the frame after, so for a step change this
// is the text's frame and the whole window holds the stage's too.
// The frame floor: one frame's cost on a blank page, measured the same way
// in the same run: a key press whose handler changes one character of text,
// FLOOR_SAMPLES times a round. Its style, layout and paint are the least any
// interaction costs in this browser on this machine, so an interaction is
// judged as a multiple of it (RATIO_BUDGETS: a map hover at most 2x, a vote
// switch at most 4x). Both sides move together when the machine is slower or
// busier, which an absolute figure in ms would not.
// Phone terms: a figure in ms is multiplied by PHONE_FACTOR (4) to stand for a
// phone 4x slower than this machine, the same factor as Lighthouse's and
// DevTools' 4x CPU throttling; a ratio is the same either way.
// The step change is judged by its Event Timing latency (bench/step-latency.mjs),
// its one measure; its CPU time here is printed for diagnosis.
//
// Run after a release build: `node bench/cpu-time.mjs`. It prints; it never
// fails on a target. bench/budgets.mjs calls `measureCpuTime()`.
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/harness.mjs';
import { KINDS, openAtFirstStep, sleep } from './interactions.mjs';
import { median } from './latency.mjs';

export const PHONE_FACTOR = 4;
/** Each interaction's budget as a multiple of the frame floor (median over median). */
export const RATIO_BUDGETS = { 'vote switch': 4, 'map hover': 2 };
const ROUNDS = 2;
const FLOOR_SAMPLES = 10;
const WINDOW_MS = 400;
// Light categories: RunTask with thread times, and the markers. Adding
// disabled-by-default-devtools.timeline moved the medians by under 10%, as
// much as one run moves from the next.
const CATEGORIES = (process.env.CPU_TIME_CATEGORIES ?? 'devtools.timeline,toplevel').split(',');
const MARK = 'cpu-time:';

const mark = (page, text) => page.evaluate((t) => console.timeStamp(t), MARK + text);

/** The trace's top-level tasks on the thread that wrote our markers, and the markers. */
export function tasksAndMarkers(traceEvents) {
  const markers = traceEvents.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(MARK));
  if (!markers.length) throw new Error('no markers in the trace');
  const { pid, tid } = markers[0];
  const tasks = traceEvents
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (!last || t.ts >= last.ts + last.dur) top.push(t); // skip nested tasks
  }
  if (top.length && top.every((t) => t.tdur === undefined)) throw new Error('the trace has no thread times (tdur)');
  return { tasks: top, markers: markers.map((m) => ({ text: m.args.data.message.slice(MARK.length), ts: m.ts })) };
}

/** Thread time (ms) of the tasks after the task holding `start` and before the one holding `end`. */
export function windowCpuMs(tasks, start, end) {
  const holding = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
  const s = holding(start), e = holding(end);
  const from = s ? s.ts + s.dur : start;
  const to = e ? e.ts : end;
  return tasks.filter((t) => t.ts >= from && t.ts < to).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
}

/** The start times of the trace's Paint events on the markers' thread. */
function paintTimes(traceEvents) {
  const marker = traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(MARK));
  return traceEvents.filter((e) => e.name === 'Paint' && e.pid === marker.pid && e.tid === marker.tid).map((e) => e.ts).sort((a, b) => a - b);
}

/** Thread time (ms) of the window's tasks up to and including the one that
 * paints first: the part of the interaction the reader waits for before
 * anything changes on screen (Event Timing's span, without its waits).
 * The whole window's time if nothing painted. */
export function cpuMsToFirstPaint(tasks, paints, start, end) {
  const holding = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
  const s = holding(start);
  const from = s ? s.ts + s.dur : start;
  const paint = paints.find((ts) => ts >= from && ts < end);
  const to = paint === undefined ? end : paint;
  return tasks.filter((t) => t.ts >= from && t.ts <= to && t.ts < end).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
}

/** Traces, in one trace on `page`, the interactions each of `makers` lists
 * ({ kind, label, prepare?, act, settled }, bench/interactions.mjs), each in
 * its own window between markers; returns [{ kind, label, ms, toPaintMs }].
 * A list is made when its turn comes: the vote switches start from the
 * vote the page shows after the step changes. */
async function traceWindows(app, page, makers) {
  await app.browser.startTracing(page, { categories: CATEGORIES });
  const interactions = [];
  for (const make of makers) {
    for (const it of await make(page)) {
      const i = interactions.push(it) - 1;
      await measureWindow(page, it, i);
    }
  }
  return windowsOf(await app.browser.stopTracing(), interactions);
}

/** One interaction between its two markers: nothing of ours polls the
 * page inside the window. */
async function measureWindow(page, it, i) {
  await it.prepare?.();
  await sleep(100);
  await mark(page, `start ${i}`);
  await it.act();
  await sleep(WINDOW_MS);
  await mark(page, `end ${i}`);
  if (!(await it.settled())) throw new Error(`${it.label}: the page did not show its result within ${WINDOW_MS} ms`);
}

function windowsOf(traceBuffer, interactions) {
  const trace = JSON.parse(traceBuffer.toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const { tasks, markers } = tasksAndMarkers(events);
  const paints = paintTimes(events);
  const at = (text) => markers.find((m) => m.text === text)?.ts;
  return interactions.map((it, i) => {
    const [start, end] = [at(`start ${i}`), at(`end ${i}`)];
    return { kind: it.kind, label: it.label, ms: windowCpuMs(tasks, start, end), toPaintMs: cpuMsToFirstPaint(tasks, paints, start, end) };
  });
}

/** The frame floor's samples: a key press that changes one character of
 * text on a blank page (no app, no stylesheet), in the same browser. */
async function floorSamples(app, viewport) {
  const context = await app.browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>Frame floor</title><p id="text">a</p>');
    await page.evaluate(() => {
      const text = document.getElementById('text').firstChild;
      addEventListener('keydown', () => { text.data = text.data === 'a' ? 'b' : 'a'; });
    });
    await sleep(500);
    const presses = Array.from({ length: FLOOR_SAMPLES }, (_, i) => ({
      kind: 'frame floor',
      label: `floor ${i + 1}`,
      act: () => page.keyboard.press('x'),
      settled: async () => (await page.textContent('#text')) === (i % 2 ? 'a' : 'b'),
    }));
    return await traceWindows(app, page, [() => presses]);
  } finally {
    await context.close();
  }
}

/** Returns per kind the samples (ms of main-thread CPU time, unthrottled),
 * each { label, ms, toPaintMs }, the frame floor's samples, page problems
 * and the browser's version. */
export async function measureCpuTime({ rounds = ROUNDS, viewport = { width: 1280, height: 800 } } = {}) {
  const app = await launch();
  try {
    const samples = [];
    const floor = [];
    const problems = [];
    for (let round = 0; round < rounds; round += 1) {
      floor.push(...(await floorSamples(app, viewport)));
      const opened = await app.openPage('', { viewport, reducedMotion: 'reduce' });
      await openAtFirstStep(opened.page);
      await sleep(500);
      samples.push(...(await traceWindows(app, opened.page, KINDS)));
      problems.push(...opened.problems);
      await opened.context.close();
    }
    const byKind = {};
    for (const s of samples) (byKind[s.kind] ??= []).push(s);
    return { byKind, floor, rounds, problems, browserVersion: app.browser.version() };
  } finally {
    await app.close();
  }
}

/** Median, min and max of a kind's samples, in phone terms (x PHONE_FACTOR);
 * `field` picks the whole window (`ms`) or the part to the first paint (`toPaintMs`). */
export function phoneTerms(samples, field = 'ms') {
  const ms = samples.map((s) => s[field] * PHONE_FACTOR);
  const worst = samples.reduce((a, b) => (b[field] > a[field] ? b : a));
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), worst: worst.label, n: ms.length };
}

/** Each kind's median as a multiple of the frame floor's median. */
export function floorRatios(result) {
  const floor = median(result.floor.map((s) => s.ms));
  return Object.fromEntries(Object.entries(result.byKind).map(([kind, samples]) => [kind, median(samples.map((s) => s.ms)) / floor]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureCpuTime();
  const ratios = floorRatios(result);
  const floor = phoneTerms(result.floor);
  console.log(`Main-thread CPU time per interaction (trace thread time, unthrottled, x${PHONE_FACTOR} = phone terms), Chromium ${result.browserVersion}, ${result.rounds} rounds`);
  console.log(`Frame floor (one character changed on a blank page): median ${floor.median.toFixed(1)} ms (${floor.min.toFixed(1)}–${floor.max.toFixed(1)} ms, ${floor.n} presses)`);
  console.log('');
  console.log('| interaction | samples | median | min | max (at) | x floor | budget |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [kind, samples] of Object.entries(result.byKind)) {
    const p = phoneTerms(samples);
    const budget = RATIO_BUDGETS[kind] ? `≤ ${RATIO_BUDGETS[kind]}x floor` : 'Event Timing (bench/step-latency.mjs)';
    console.log(`| ${kind} | ${p.n} | ${p.median.toFixed(1)} ms | ${p.min.toFixed(1)} ms | ${p.max.toFixed(1)} ms (${p.worst}) | ${ratios[kind].toFixed(2)} | ${budget} |`);
  }
  if (process.argv.includes('--each')) {
    console.log('');
    for (const samples of [result.floor, ...Object.values(result.byKind)]) {
      for (const s of samples) console.log(`${s.label}: ${(s.ms * PHONE_FACTOR).toFixed(1)} ms (${s.ms.toFixed(2)} ms unthrottled)`);
    }
  }
  if (result.problems.length) console.log(`page problems during the run:\n  ${result.problems.join('\n  ')}`);
}
