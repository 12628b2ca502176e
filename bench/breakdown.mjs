// Where an interaction's main-thread time goes (a diagnostic, not a gate):
// the same interactions and windows as bench/cpu-time.mjs, with the trace's
// style, layout and paint events summed per window; "script and other" is
// the rest of the window's thread time. Unthrottled ms, medians per kind.
// Run after a release build: `node bench/breakdown.mjs [--each]`.
import { launch } from '../e2e/harness.mjs';
import { KINDS, openAtFirstStep, sleep } from './interactions.mjs';
import { median } from './latency.mjs';
import { tasksAndMarkers, windowCpuMs } from './cpu-time.mjs';

const PHASES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'ParseHTML'];
const app = await launch();
const viewport = { width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 800) };
const { page, context } = await app.openPage('', { viewport, reducedMotion: 'reduce' });
await openAtFirstStep(page);
await sleep(500);
await app.browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'] });
const its = [];
for (const make of KINDS) {
  for (const it of await make(page)) {
    await it.prepare();
    await sleep(100);
    await page.evaluate((t) => console.timeStamp(t), `cpu-time:start ${its.length}`);
    await it.act();
    await sleep(400);
    await page.evaluate((t) => console.timeStamp(t), `cpu-time:end ${its.length}`);
    its.push(it);
  }
}
const trace = JSON.parse((await app.browser.stopTracing()).toString('utf8'));
const events = trace.traceEvents ?? trace;
const { tasks, markers } = tasksAndMarkers(events);
const { pid, tid } = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('cpu-time:'));
const at = (text) => markers.find((m) => m.text === text)?.ts;
const rows = its.map((it, i) => {
  const a = at(`start ${i}`), b = at(`end ${i}`);
  const row = { kind: it.kind, label: it.label, total: windowCpuMs(tasks, a, b) };
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.ts < a || e.ts > b || !PHASES.includes(e.name)) continue;
    row[e.name] = (row[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
  }
  row.tasks = tasks.filter((t) => t.ts > a && t.ts < b).length;
  row.script = row.total - PHASES.reduce((s, p) => s + (row[p] ?? 0), 0);
  return row;
});
const cols = ['total', 'script', ...PHASES, 'tasks'];
const show = (r) => cols.map((c) => `${c}=${(r[c] ?? 0).toFixed(c === 'tasks' ? 0 : 2)}`).join(' ');
if (process.argv.includes('--each')) for (const r of rows) console.log(r.label.padEnd(40), show(r));
for (const kind of new Set(rows.map((r) => r.kind))) {
  const rs = rows.filter((r) => r.kind === kind);
  const m = {};
  for (const c of cols) m[c] = median(rs.map((r) => r[c] ?? 0));
  console.log(`median ${kind}`.padEnd(40), show(m));
}
await context.close();
await app.close();
