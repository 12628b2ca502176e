// Work counts: how much of the page each interaction rewrites, counted, not
// timed, so the figure depends on the code alone and never on the machine.
// A MutationObserver on the whole document (subtree, childList, attributes,
// characterData) counts, per interaction of bench/interactions.mjs (every
// forward step change, a switch to each vote, a hover on five states):
//   nodesAdded, nodesRemoved   nodes in the records' addedNodes / removedNodes,
//                              each with every node under it
//   attributes                 attribute writes (a write of the same value counts:
//                              it is still work for the browser)
//   characterData              text node writes
// from the interaction until the page has made no change for QUIET_MS (and
// at least until the interaction shows its result). The viewport is 1280x800
// and the CPU is not throttled (the counts do not depend on speed).
//   effects                    Leptos effects run (src/view_kit/effect.rs makes every
//                              effect and counts its runs; the page exposes the
//                              count as wasmBindings.effectsRun(), a few bytes)
//
// The ceilings are in bench/work-ceilings.json: measured value plus SLACK.
// bench/budgets.mjs (and so scripts/test.sh) fails when a count passes its
// ceiling. Re-set them after a change that rightly does more work:
//   node bench/work-counts.mjs                   prints the counts and the verdict
//                                                (exit 1 if a count is past its ceiling)
//   node bench/work-counts.mjs --runs 3          three fresh pages; says whether they agree
//   node bench/work-counts.mjs --write-ceilings  writes measured + SLACK to the
//                                                file (keeps each entry's reason)
// Run after a release build (dist/, or $UNCYBER_DIST).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { launch } from '../e2e/harness.mjs';
import { KINDS, openAtFirstStep, sleep } from './interactions.mjs';

export const COUNTS = ['nodesAdded', 'nodesRemoved', 'attributes', 'characterData', 'effects'];
export const CEILINGS_FILE = new URL('./work-ceilings.json', import.meta.url);
export const VIEWPORT = { width: 1280, height: 800 };
// The slack: a ceiling is the count plus 10%, at least 4. The counts are
// exact, so the slack is not for noise: it lets a change that writes a
// little more (an added aria attribute, a sentence more in a step's text,
// whose nodes a step change replaces) land without re-setting the file,
// while anything that redraws (a whole map is about 560 nodes) fails.
export const SLACK = { share: 0.1, least: 4 };
export const ceilingFor = (count) => count + Math.max(SLACK.least, Math.ceil(count * SLACK.share));
const QUIET_MS = 300;
const TIMEOUT_MS = 10_000;

/** Installs the counting observer in the page (once). */
function installCounter(page) {
  return page.evaluate(() => {
    const effectsRun = () => window.wasmBindings.effectsRun();
    const counts = { nodesAdded: 0, nodesRemoved: 0, attributes: 0, characterData: 0, effectsBase: effectsRun(), last: performance.now() };
    window.__workCounts = counts;
    // A record lists only the roots of what was inserted or taken out; the
    // nodes under them are work too (a rewritten map is one node with
    // thousands under it).
    const withDescendants = (nodes) => {
      let n = 0;
      for (const node of nodes) {
        n += 1;
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) n += 1;
      }
      return n;
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          counts.nodesAdded += withDescendants(r.addedNodes);
          counts.nodesRemoved += withDescendants(r.removedNodes);
        } else if (r.type === 'attributes') counts.attributes += 1;
        else counts.characterData += 1;
      }
      counts.last = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Returns the counts so far and starts again from zero. */
function takeCounts(page) {
  return page.evaluate(() => {
    const c = window.__workCounts;
    const effects = window.wasmBindings.effectsRun();
    const taken = { nodesAdded: c.nodesAdded, nodesRemoved: c.nodesRemoved, attributes: c.attributes, characterData: c.characterData, effects: effects - c.effectsBase };
    Object.assign(c, { nodesAdded: 0, nodesRemoved: 0, attributes: 0, characterData: 0, effectsBase: effects });
    return taken;
  });
}

/** Waits until the page made no change for QUIET_MS and `settled()` holds. */
async function quiet(page, settled) {
  const t0 = Date.now();
  for (;;) {
    await sleep(50);
    const idle = await page.evaluate(() => performance.now() - window.__workCounts.last);
    if (idle >= QUIET_MS && (await settled())) return;
    if (Date.now() - t0 > TIMEOUT_MS) throw new Error('the page did not settle within 10 s');
  }
}

/** One fresh page, every interaction once; returns [{ kind, label, counts }] and page problems. */
export async function measureWorkCounts({ viewport = VIEWPORT } = {}) {
  const app = await launch();
  try {
    const { page, context, problems } = await app.openPage('', { viewport });
    await openAtFirstStep(page);
    await installCounter(page);
    await quiet(page, async () => true);
    const results = [];
    for (const make of KINDS) {
      for (const it of await make(page)) {
        await it.prepare();
        await quiet(page, async () => true);
        await takeCounts(page);
        await it.act();
        await quiet(page, it.settled);
        results.push({ kind: it.kind, label: it.label, counts: await takeCounts(page) });
      }
    }
    await context.close();
    return { results, problems, browserVersion: app.browser.version() };
  } finally {
    await app.close();
  }
}

export function readCeilings() {
  return JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
}

/** Each result judged against its ceiling: { ...result, ceiling, over: [names], under: [names] }. */
export function judgeWorkCounts(results, ceilings = readCeilings().ceilings) {
  return results.map((r) => {
    const ceiling = ceilings[r.label];
    if (!ceiling) return { ...r, ceiling: null, over: ['no ceiling in bench/work-ceilings.json'], under: [] };
    // A count with no ceiling fails too: a new count must be given one.
    const over = COUNTS.filter((k) => !(r.counts[k] <= ceiling[k]));
    const under = COUNTS.filter((k) => ceilingFor(r.counts[k]) < ceiling[k]);
    return { ...r, ceiling, over, under };
  });
}

export const formatCounts = (c) => COUNTS.map((k) => c[k]).join(' / ');
export const COUNTS_HEADER = 'nodes added / removed / attributes / text / effects';

function writeCeilings(results) {
  const old = (() => { try { return readCeilings(); } catch { return { ceilings: {} }; } })();
  let commit = 'uncommitted';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch {}
  const ceilings = {};
  for (const r of results) {
    const ceiling = Object.fromEntries(COUNTS.map((k) => [k, ceilingFor(r.counts[k])]));
    ceiling.reason = old.ceilings?.[r.label]?.reason ?? `measured at ${commit}: ${formatCounts(r.counts)} (${COUNTS_HEADER})`;
    ceilings[r.label] = ceiling;
  }
  const file = {
    ...old,
    about: old.about ?? 'Ceilings of the work counts (bench/work-counts.mjs): measured value plus the slack, per interaction, at 1280x800. scripts/test.sh fails when a count passes its ceiling. Re-set with `node bench/work-counts.mjs --write-ceilings` after a change that rightly writes more, and say why in the reason.',
    slack: `count + ${SLACK.share * 100}%, at least ${SLACK.least}`,
    ceilings,
  };
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
  const viewports = process.argv.includes('--phone') ? [VIEWPORT, { width: 412, height: 823 }] : [VIEWPORT];
  const all = [];
  for (const viewport of viewports) {
    for (let i = 0; i < runs; i += 1) {
      const { results, problems, browserVersion } = await measureWorkCounts({ viewport });
      all.push({ viewport, results });
      if (problems.length) console.log(`page problems:\n  ${problems.join('\n  ')}`);
      if (all.length === 1) console.log(`Work counts, Chromium ${browserVersion} (${COUNTS_HEADER})`);
    }
  }
  const first = all[0].results;
  let ceilings = null;
  try { ceilings = readCeilings().ceilings; } catch {}
  const judged = ceilings ? judgeWorkCounts(first, ceilings) : first.map((r) => ({ ...r, ceiling: null, over: [], under: [] }));
  console.log('');
  console.log(`| interaction | ${all.map((a, i) => `${a.viewport.width}x${a.viewport.height} run ${i + 1}`).join(' | ')} | ceiling | verdict |`);
  console.log(`|---|${all.map(() => '---|').join('')}---|---|`);
  for (const [i, r] of judged.entries()) {
    const verdict = r.over.length ? `FAIL: ${r.over.join(', ')} over` : r.under.length ? `pass (${r.under.join(', ')} well under: lower the ceiling)` : 'pass';
    console.log(`| ${r.label} | ${all.map((a) => formatCounts(a.results[i].counts)).join(' | ')} | ${r.ceiling ? formatCounts(r.ceiling) : 'none'} | ${verdict} |`);
  }
  if (judged.some((r) => r.over.length)) process.exitCode = 1;
  const same = all.every((a) => a.results.every((r, i) => formatCounts(r.counts) === formatCounts(first[i].counts)));
  console.log('');
  console.log(all.length > 1 ? `All ${all.length} runs ${same ? 'gave the same counts' : 'did NOT give the same counts'}.` : '');
  if (process.argv.includes('--write-ceilings')) {
    if (!same) { console.error('error: the runs disagree; not writing ceilings'); process.exit(1); }
    writeCeilings(first);
    console.log(`Wrote ${fileURLToPath(CEILINGS_FILE)} (measured + 10%, at least ${SLACK.least}).`);
  }
}
