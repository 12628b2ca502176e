// The performance budgets of issue #7 and the work counts of issue #15,
// measured against the release build (dist/, or $UNCYBER_DIST), printed as
// one markdown table. Each judged figure either gates the test command or is
// checked only by `--check` run on its own (column "gates"):
//   first load   every response index.html and the first step's own page
//                need until the app is ready and the network idle, gzip -9
//                (bench/first-load.mjs): at most 200 KB each. Gates: a build
//                always loads the same bytes.
//   work counts  DOM nodes added and removed, attributes and text written and
//                effects run per step change (every forward one), switch of
//                record and map hover, counted by a MutationObserver
//                (bench/work-counts.mjs), against the ceilings in
//                bench/work-ceilings.json. Gates: exact counts.
//   CPU time     main-thread thread time per interaction from a Chromium
//                trace (bench/cpu-time.mjs), as a multiple of the frame
//                floor measured in the same run (one character changed on a
//                blank page, the same way): a map hover at most 2x, a vote
//                switch at most 4x. --check only: both are known misses.
//   Lighthouse   12.2.3, mobile preset, simulated throttling, index.html,
//                median of 3 runs (bench/lighthouse.mjs): performance at
//                least 95, LCP at most 2.0 s, TBT at most 100 ms, CLS at most
//                0.02; the same page with JavaScript off is reported, with
//                the ratio of the app's LCP to its LCP, but not judged.
//                --check only: its TBT is simulated from the main-thread
//                tasks it observes, so a busy machine can fail it.
//   step change  key press to next paint (Event Timing duration) of every
//                step change at 1280x800 and 412x823, CPU throttled 4x
//                (bench/step-latency.mjs): median at most 32 ms. --check
//                only: it is wall time, and on a shared machine it measures
//                the machine too.
// Reported only: the country pages, their pictures and own downloads, and
// the names index, raw and gzip -9, with the largest page
// (bench/country-pages.mjs).
// Each interaction has one measure: the step change its latency, the vote
// switch and the hover their CPU time in frame floors.
//
// `node bench/budgets.mjs` reports only. `node bench/budgets.mjs --check`
// exits 1 if any judged figure misses its budget by more than its noise
// margin (or could not be measured). `--gate` (run by scripts/test.sh) exits
// 1 only for the figures that gate the test command: their verdict depends on
// the code alone; the others are still measured and printed, marked
// "no (--check only)". A budget known to be missed can be listed in
// bench/known-misses.json with a ceiling it must not pass (it is still printed
// as a failure).
// Every mode also writes the table, with the date and the commit, to
// target/bench-report.md (bench/report.mjs) and prints that path.
// Noise margins:
//   bytes, work counts     none: the same build does the same.
//   CPU time, latency      25%: thread time leaves out waiting for a core, but
//                          a busy machine still moves it some (shared caches,
//                          a core's other hyper-thread); the floor moves with
//                          it, not always as much (docs/performance.md).
//   Lighthouse score       3 points: the score is a steep, non-linear mix of
//                          the timings below, so their noise moves it by a
//                          point or two even as a median of 3 runs.
//   Lighthouse LCP, TBT    25%: simulated, but from the observed trace, so
//                          they inherit its main-thread timings (TBT counts
//                          them 4x).
//   CLS                    +0.01: measured, not simulated; whether the app's
//                          takeover of the prerendered page lands before or
//                          after a paint depends on timing.
// Runtime: a few minutes on 2 cores (printed at the end, with the load
// average).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { floorRatios, measureCpuTime, PHONE_FACTOR, phoneTerms, RATIO_BUDGETS } from './cpu-time.mjs';
import { firstLoadTable, firstStepPages, measureFirstLoad } from './first-load.mjs';
import { lighthousePages, measureLighthouse, printLighthouseNotes } from './lighthouse.mjs';
import { writeBenchReport } from './report.mjs';
import { describeSummary, measureStepLatency, summarize } from './step-latency.mjs';
import { COUNTS_HEADER, formatCounts, judgeWorkCounts, measureWorkCounts } from './work-counts.mjs';
import { countryPageRows, measureCountryPages } from './country-pages.mjs';

const CHECK = process.argv.includes('--check');
const GATE = process.argv.includes('--gate');
// Which figure kinds gate the test command (the others are judged by --check
// alone). Bytes and work counts depend on the code alone. Lighthouse does not
// gate: its simulated TBT is built from the tasks it observes, so a heavily
// loaded machine pushed it past its budget while the same build passed when
// quiet. CPU time in frame floors does not gate yet: both budgets are
// missed, and a ratio of two medians of a few samples still moves by about
// a fifth from run to run. Event Timing is wall time.
const GATING = {
  bytes: true,
  work: true,
  cpu: false,
  latency: false,
  lighthouse: false,
};
/** Key press to next paint of a step change, median (issue #12). */
const STEP_CHANGE_MS = 32;
// Budgets known to be missed, each with a ceiling it must not pass (a ratchet).
const KNOWN = JSON.parse(readFileSync(new URL('./known-misses.json', import.meta.url), 'utf8'));
const ROOT = process.env.UNCYBER_DIST ?? 'dist';
const KB = 1024;

const MARGINS = {
  bytes: { describe: () => 'no margin', limit: (b) => b },
  exact: { describe: () => 'no margin', limit: (b) => b },
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
const work = await phase('work counts', () => measureWorkCounts());
const cpu = await phase('CPU time', () => measureCpuTime());
const lh = await phase('Lighthouse', () => measureLighthouse({ root: ROOT, path: '', runs: 3 }));
const step = await phase('step change latency', () => measureStepLatency());

/** A table row: a judged metric has a budget (`max` or `min`), a margin kind and a gating kind. */
const rows = [];
const fmt = {
  kb: (x) => `${(x / KB).toFixed(1)} KB`,
  s: (x) => `${(x / 1000).toFixed(2)} s`,
  ms: (x) => `${x.toFixed(1)} ms`,
  msInt: (x) => `${Math.round(x)} ms`,
  cls: (x) => x.toFixed(3),
  ratio: (x) => `${x.toFixed(2)}x`,
  int: (x) => String(x),
};
function judged(metric, value, { max, min, unit, margin, gates }) {
  const budget = max ?? min;
  const beyond = (limit) => (max !== undefined ? value > limit : value < limit);
  let status;
  if (value === null || value === undefined || Number.isNaN(value)) status = 'FAIL (not measured)';
  else if (!beyond(budget)) status = 'pass';
  else if (!beyond(MARGINS[margin].limit(budget))) status = 'over, within margin';
  else status = 'FAIL';
  const known = Object.entries(KNOWN).find(([key]) => key !== 'about' && metric.startsWith(key))?.[1];
  if (known && status === 'FAIL') {
    const ceiling = known.ceiling ?? known.ceilingKB * KB;
    status = value <= ceiling
      ? `FAIL, known (issue #${known.issue}; ceiling ${fmt[unit](ceiling)})`
      : `FAIL, past its known ceiling of ${fmt[unit](ceiling)}`;
  }
  rows.push({
    metric,
    measured: value === null || value === undefined ? 'none' : fmt[unit](value),
    budget: `${max !== undefined ? '≤' : '≥'} ${fmt[unit](budget)} (${MARGINS[margin].describe()})`,
    gates,
    status,
  });
}
function reported(metric, measured) {
  rows.push({ metric, measured, budget: '—', gates: false, status: 'reported' });
}

for (const r of firstLoad) {
  judged(`first load, ${r.path === '/' ? 'index.html' : r.path}, gzip (${r.files.length} requests)`, r.gzip, { max: 200 * KB, unit: 'kb', margin: 'bytes', gates: GATING.bytes });
}
for (const r of judgeWorkCounts(work.results)) {
  rows.push({
    metric: `work, ${r.label} (${COUNTS_HEADER})`,
    measured: formatCounts(r.counts),
    budget: r.ceiling ? `≤ ${formatCounts(r.ceiling)} (bench/work-ceilings.json)` : 'none',
    gates: GATING.work,
    status: r.over.length ? `FAIL (${r.over.join(', ')})` : r.under.length ? `pass (${r.under.join(', ')} well under the ceiling: lower it)` : 'pass',
  });
}
// One measure per interaction: the step change by its Event Timing latency
// (what the reader waits for; below, with the Lighthouse figures), the vote
// switch and the hover by their CPU time as a multiple of the frame floor
// measured in the same run.
const floor = phoneTerms(cpu.floor);
reported(`frame floor: CPU time x${PHONE_FACTOR} of one character changed on a blank page, median of ${floor.n}`, `${floor.median.toFixed(1)} ms (${floor.min.toFixed(1)}–${floor.max.toFixed(1)} ms)`);
const ratios = floorRatios(cpu);
for (const [kind, budget] of Object.entries(RATIO_BUDGETS)) {
  const p = phoneTerms(cpu.byKind[kind]);
  judged(`CPU time, ${kind}, in frame floors (median ${p.median.toFixed(1)} ms x${PHONE_FACTOR} of ${p.n}, slowest ${p.worst})`, ratios[kind], { max: budget, unit: 'ratio', margin: 'timing', gates: GATING.cpu });
}
judged('Lighthouse performance, app', lh.app.score, { min: 95, unit: 'int', margin: 'score', gates: GATING.lighthouse });
judged('Lighthouse LCP, app', lh.app.lcp, { max: 2000, unit: 's', margin: 'timing', gates: GATING.lighthouse });
judged('Lighthouse TBT, app', lh.app.tbt, { max: 100, unit: 'msInt', margin: 'timing', gates: GATING.lighthouse });
judged('Lighthouse CLS, app', lh.app.cls, { max: 0.02, unit: 'cls', margin: 'cls', gates: GATING.lighthouse });
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
for (const r of step.results) {
  const summary = summarize(r.samples);
  judged(`step change, key press to next paint (Event Timing), ${r.viewport.width}x${r.viewport.height}, ${step.throttle}x CPU, ${r.samples.length} changes: ${describeSummary(summary)}`, summary.median, { max: STEP_CHANGE_MS, unit: 'ms', margin: 'timing', gates: GATING.latency });
}
// The member states' pages, pictures and downloads: reported, not judged
// (bench/country-pages.mjs says why).
for (const [metric, measured] of countryPageRows(measureCountryPages(ROOT))) reported(metric, measured);

// The details first, the table last.
for (const r of firstLoad) console.log(`${firstLoadTable(r)}\n`);
console.log(`Lighthouse page | performance | FCP | LCP | TBT | CLS`);
for (const [name, r] of lighthousePages(lh)) {
  console.log(`  ${name}: ${r.score ?? 'none'} | ${r.fcp === null ? 'none' : fmt.s(r.fcp)} | ${r.lcp === null ? 'none' : fmt.s(r.lcp)} | ${r.tbt === null ? 'none' : fmt.msInt(r.tbt)} | ${r.cls === null ? 'none' : fmt.cls(r.cls)}`);
}
printLighthouseNotes(lh);
console.log(`Chromium ${step.browserVersion}. Event Timing per step change (ms, 4x CPU): ${step.results.map((r) => `${r.viewport.width}x${r.viewport.height}: ${r.samples.map((s) => s.ms ?? '<16').join(' ')}`).join('; ')}`);
console.log(`CPU time per interaction (ms, x${PHONE_FACTOR}): ${Object.values(cpu.byKind).flat().map((s) => `${s.label} ${(s.ms * PHONE_FACTOR).toFixed(1)}`).join(', ')}`);
const problems = [...work.problems, ...cpu.problems, ...step.problems];
if (problems.length) console.log(`page problems during the interaction runs:\n  ${problems.join('\n  ')}`);
console.log('');

const isFail = (r) => r.status.startsWith('FAIL') && !r.status.startsWith('FAIL, known');
const isKnown = (r) => r.status.startsWith('FAIL, known');
const verdict = (list) => {
  const failed = list.filter(isFail).length;
  const known = list.filter(isKnown).length;
  const besides = known ? `, besides ${known} known misses under their ceilings` : '';
  return failed ? `FAIL (${failed} of ${list.length} missed${besides})` : `pass (${list.length - known} of ${list.length}${besides})`;
};
const judgedRows = rows.filter((r) => r.status !== 'reported');
const gatingRows = judgedRows.filter((r) => r.gates);
console.log('| metric | measured | budget (noise margin) | gates the test command | pass/fail |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.metric} | ${r.measured} | ${r.budget} | ${r.status === 'reported' ? '—' : r.gates ? 'yes' : 'no (--check only)'} | ${r.status} |`);
console.log('');
// One line for scripts/test.sh to count: with --gate only the gating figures count.
const counted = GATE && !CHECK ? gatingRows : judgedRows;
const failures = counted.filter(isFail);
const knownMisses = counted.filter(isKnown);
const closing = [
  `Build ${ROOT}; ${cpus().length} CPUs, load average ${loadAtStart} at the start, ${load()} at the end.`,
  `Runtime ${seconds(performance.now() - started)} (${phases.join(', ')}).`,
  `Verdict of the figures that gate the test command (--gate): ${verdict(gatingRows)}; of every judged figure (--check): ${verdict(judgedRows)}.`,
  `budgets: ${counted.length - failures.length - knownMisses.length} passed, ${failures.length} failed, ${knownMisses.length} known misses`,
];
console.log(closing[0]);
console.log(closing[1]);
// The same table, with the date and the commit, as a file (bench/report.mjs).
// A report that cannot be written is said, and changes no verdict.
try {
  const mode = [GATE && '--gate', CHECK && '--check'].filter(Boolean).join(' ');
  console.log(`Bench report: ${writeBenchReport({ rows, mode, build: ROOT, browser: step.browserVersion, lines: closing })}`);
} catch (e) {
  console.error(`warning: the bench report was not written: ${e.message}`);
}
console.log(closing[2]);
console.log(closing[3]);
if ((CHECK || GATE) && failures.length) process.exitCode = 1;
