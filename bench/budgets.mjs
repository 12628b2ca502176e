// The performance budgets of issue #7, measured against the release build
// (dist/, or $UNCYBER_DIST), printed as one markdown table:
//   first load   every response index.html and the first step's own page
//                need until the app is ready and the network idle, gzip -9
//                (bench/first-load.mjs): at most 200 KB each
//   Lighthouse   12.2.3, mobile preset, simulated throttling, index.html,
//                median of 3 runs (bench/lighthouse.mjs): performance at
//                least 95, LCP at most 2.0 s, TBT at most 100 ms, CLS at most
//                0.02; the same page with JavaScript off is reported, with
//                the ratio of the app's LCP to its LCP, but not judged
//   latency      with the CPU throttled 4x, medians of 20: step change
//                (bench/step-latency.mjs, key press to the next frame) under
//                16 ms; vote switch and hover (bench/map.mjs, until the DOM
//                is updated) under 16 ms and 8 ms
//
// `node bench/budgets.mjs` reports only. `node bench/budgets.mjs --check`
// (run by scripts/test.sh) exits 1 if any metric misses its budget by more
// than its noise margin (or could not be measured), except a known miss
// listed in bench/known-misses.json that stays under its ceiling there (it
// is still printed as a failure):
//   bytes                  no margin: a build always loads the same bytes.
//   Lighthouse score       3 points: the score is a steep, non-linear mix of
//                          the timings below, so their noise moves it by a
//                          point or two even as a median of 3 runs.
//   Lighthouse LCP, TBT    25%: simulated, but from the observed trace, so
//                          they inherit its main-thread timings (TBT counts
//                          them 4x), which vary with whatever else runs on
//                          this 2-core machine.
//   CLS                    +0.01: measured, not simulated; whether the app's
//                          takeover of the prerendered page lands before or
//                          after a paint depends on timing.
//   latencies              25%: medians of 20 runs with 4x throttling; on an
//                          idle machine the vote switch median alone ranged
//                          over 18% across four runs (15.8 to 18.6 ms), and a
//                          busy machine moves them far more (see the load
//                          average printed with the table).
// Runtime: about 1.5 to 2.5 minutes on the 2-core machine (printed at the end,
// with the load average: other work on the machine inflates every timing).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { firstLoadTable, firstStepPages, measureFirstLoad } from './first-load.mjs';
import { lighthousePages, measureLighthouse, printLighthouseNotes } from './lighthouse.mjs';
import { median } from './latency.mjs';
import { measureMapLatency, TARGETS_MS } from './map.mjs';
import { measureStepLatency, TARGET_MS as STEP_TARGET_MS } from './step-latency.mjs';

const CHECK = process.argv.includes('--check');
// Budgets known to be missed, each with a ceiling it must not pass (a ratchet).
const KNOWN = JSON.parse(readFileSync(new URL('./known-misses.json', import.meta.url), 'utf8'));
const ROOT = process.env.UNCYBER_DIST ?? 'dist';
const KB = 1024;

const MARGINS = {
  bytes: { describe: () => 'no margin', limit: (b) => b },
  score: { describe: () => '−3 points', limit: (b) => b - 3 },
  timing: { describe: () => '+25%', limit: (b) => b * 1.25 },
  cls: { describe: () => '+0.01', limit: (b) => b + 0.01 },
};

const started = performance.now();
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = load();
const phases = [];
async function phase(name, run) {
  const t0 = performance.now();
  process.stderr.write(`[budgets] ${name}…\n`);
  const result = await run();
  phases.push(`${name} ${seconds(performance.now() - t0)}`);
  return result;
}
const seconds = (ms) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

const pages = firstStepPages(ROOT);
const firstLoad = await phase('first load', () => measureFirstLoad({ paths: pages }));
const lh = await phase('Lighthouse', () => measureLighthouse({ root: ROOT, path: '', runs: 3 }));
const step = await phase('step change', () => measureStepLatency());
const map = await phase('map', () => measureMapLatency());

/** A table row: a judged metric has a budget (`max` or `min`) and a margin kind. */
const rows = [];
const fmt = {
  kb: (x) => `${(x / KB).toFixed(1)} KB`,
  s: (x) => `${(x / 1000).toFixed(2)} s`,
  ms: (x) => `${x.toFixed(1)} ms`,
  msInt: (x) => `${Math.round(x)} ms`,
  cls: (x) => x.toFixed(3),
  int: (x) => String(x),
};
function judged(metric, value, { max, min, unit, margin }) {
  const budget = max ?? min;
  const beyond = (limit) => (max !== undefined ? value > limit : value < limit);
  let status;
  if (value === null || value === undefined || Number.isNaN(value)) status = 'FAIL (not measured)';
  else if (!beyond(budget)) status = 'pass';
  else if (!beyond(MARGINS[margin].limit(budget))) status = 'over, within margin';
  else status = 'FAIL';
  const known = Object.entries(KNOWN).find(([key]) => key !== 'about' && metric.startsWith(key))?.[1];
  if (known && status === 'FAIL') {
    const ceiling = known.ceilingKB * KB;
    status = value <= ceiling
      ? `FAIL, known (issue #${known.issue}; ceiling ${fmt[unit](ceiling)})`
      : `FAIL, past its known ceiling of ${fmt[unit](ceiling)}`;
  }
  rows.push({
    metric,
    measured: value === null || value === undefined ? 'none' : fmt[unit](value),
    budget: `${max !== undefined ? '≤' : '≥'} ${fmt[unit](budget)} (${MARGINS[margin].describe()})`,
    status,
  });
}
function reported(metric, measured) {
  rows.push({ metric, measured, budget: '—', status: 'reported' });
}

for (const r of firstLoad) {
  judged(`first load, ${r.path === '/' ? 'index.html' : r.path}, gzip (${r.files.length} requests)`, r.gzip, { max: 200 * KB, unit: 'kb', margin: 'bytes' });
}
judged('Lighthouse performance, app', lh.app.score, { min: 95, unit: 'int', margin: 'score' });
judged('Lighthouse LCP, app', lh.app.lcp, { max: 2000, unit: 's', margin: 'timing' });
judged('Lighthouse TBT, app', lh.app.tbt, { max: 100, unit: 'msInt', margin: 'timing' });
judged('Lighthouse CLS, app', lh.app.cls, { max: 0.02, unit: 'cls', margin: 'cls' });
const summary = (r) => [
  r.score ?? 'none',
  r.lcp === null ? 'no LCP' : `LCP ${fmt.s(r.lcp)}`,
  r.tbt === null ? 'no TBT' : `TBT ${fmt.msInt(r.tbt)}`,
  r.cls === null ? 'no CLS' : `CLS ${fmt.cls(r.cls)}`,
].join(' / ');
reported('Lighthouse, static page (JavaScript off): performance / LCP / TBT / CLS', summary(lh.static));
reported('LCP ratio app / static', lh.ratio === null ? 'none (the app has no LCP)' : lh.ratio.toFixed(2));
if (lh.reducedMotion) {
  reported('diagnostic: app with reduced motion: performance / LCP / TBT / CLS', summary(lh.reducedMotion));
  reported('diagnostic: LCP ratio app with reduced motion / static', lh.reducedMotionRatio?.toFixed(2) ?? 'none');
}
judged('step change, median, 4x CPU', step.median, { max: STEP_TARGET_MS, unit: 'ms', margin: 'timing' });
judged('vote switch, median, 4x CPU', median(map.voteSwitch.map((s) => s.update)), { max: TARGETS_MS.voteSwitch, unit: 'ms', margin: 'timing' });
judged('map hover, median, 4x CPU', median(map.hover.map((s) => s.update)), { max: TARGETS_MS.hover, unit: 'ms', margin: 'timing' });

// The details first, the table last.
for (const r of firstLoad) console.log(`${firstLoadTable(r)}\n`);
console.log(`Lighthouse page | performance | FCP | LCP | TBT | CLS`);
for (const [name, r] of lighthousePages(lh)) {
  console.log(`  ${name}: ${r.score ?? 'none'} | ${r.fcp === null ? 'none' : fmt.s(r.fcp)} | ${r.lcp === null ? 'none' : fmt.s(r.lcp)} | ${r.tbt === null ? 'none' : fmt.msInt(r.tbt)} | ${r.cls === null ? 'none' : fmt.cls(r.cls)}`);
}
printLighthouseNotes(lh);
const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;
console.log(`Latency, Chromium ${step.browserVersion}, CPU throttled ${step.throttle}x, 20 runs each: step change ${range(step.samples)}; vote switch ${range(map.voteSwitch.map((s) => s.update))}; hover ${range(map.hover.map((s) => s.update))}`);
const problems = [...step.problems, ...map.problems];
if (problems.length) console.log(`page problems during the latency runs:\n  ${problems.join('\n  ')}`);
console.log('');

console.log('| metric | measured | budget (noise margin) | pass/fail |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.metric} | ${r.measured} | ${r.budget} | ${r.status} |`);
console.log('');
const failures = rows.filter((r) => r.status.startsWith('FAIL') && !r.status.startsWith('FAIL, known'));
const knownMisses = rows.filter((r) => r.status.startsWith('FAIL, known'));
const judgedRows = rows.filter((r) => r.status !== 'reported');
console.log(`Build ${ROOT}; ${cpus().length} CPUs, load average ${loadAtStart} at the start, ${load()} at the end.`);
console.log(`Runtime ${seconds(performance.now() - started)} (${phases.join(', ')}).`);
console.log(`${failures.length} of ${judgedRows.length} budgets missed beyond their margins, besides ${knownMisses.length} known misses (bench/known-misses.json)${CHECK ? '' : ' (report only; --check fails on new misses)'}.`);
// One line for scripts/test.sh to count.
console.log(`budgets: ${judgedRows.length - failures.length - knownMisses.length} passed, ${failures.length} failed, ${knownMisses.length} known misses`);
if (CHECK && failures.length) process.exitCode = 1;
