// The map's cost to readers: its payload, and how fast it answers, in
// Chromium with the CPU throttled 4x through the DevTools protocol.
//   payload      the generated path data (raw and gzip), which ships inside the wasm
//   hover        pointerover on a state until its tooltip shows
//   vote switch  choosing another vote until the map is recoloured
// Run after a release build: `node bench/map.mjs`. It prints; it never fails on a target.
// It is the map issue's own measure (wall time under throttling, which load
// moves), so bench/budgets.mjs does not run it: the budgets are judged on
// main-thread CPU time (bench/cpu-time.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/harness.mjs';
import { timeInPage, row, HEADER } from './latency.mjs';

const RUNS = 20;
const THROTTLE = 4;
export const TARGETS_MS = { hover: 8, voteSwitch: 16 };

/** Times `runs` hovers and `runs` vote switches; returns their samples
 * ({ update, frame } in ms each), the browser's version and any page problems. */
export async function measureMapLatency({ runs = RUNS } = {}) {
  const app = await launch({ siteHeaders: false }); // the timing helper compiles code in the page, which the CSP forbids
  try {
    const { page, context, problems } = await app.openPage('');
    await page.waitForSelector('.world-map g.state');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    const hover = [];
    const states = ['BRA', 'IND', 'NRU', 'FRA', 'ZAF'];
    for (let i = 0; i < runs; i += 1) {
      await page.dispatchEvent('.world-map svg', 'pointerleave');
      await page.waitForSelector('.world-map .state-tooltip', { state: 'detached' });
      hover.push(await timeInPage(page, {
        arg: states[i % states.length],
        act: `(document.querySelector('#map-' + arg + ' .hit') ?? document.querySelector('#map-' + arg + ' path'))
                .dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));`,
        done: `const t = document.querySelector('.world-map .state-tooltip'); return !!t && t.textContent.length > 0;`,
      }));
    }

    // Argentina's vote differs between these two, so its colour must change.
    const voteSwitch = [];
    for (let i = 0; i < runs; i += 1) {
      voteSwitch.push(await timeInPage(page, {
        arg: i % 2 ? '3c-2019' : 'ga-73-27',
        act: `const s = document.querySelector('select[name=vote]'); s.value = arg;
              s.dispatchEvent(new Event('change', { bubbles: true }));`,
        done: `return document.querySelector('#map-ARG').dataset.vote === (arg === 'ga-73-27' ? 'yes' : 'abstain');`,
      }));
    }
    await context.close();
    return { hover, voteSwitch, throttle: THROTTLE, browserVersion: app.browser.version(), problems };
  } finally {
    await app.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = readFileSync('src/generated/map.rs', 'utf8');
  // The path data: the strings of the generated `*_PATHS` arrays.
  const arrays = [...source.matchAll(/pub static \w+_PATHS: &\[&str\] = &\[([^\]]*)\]/g)].map((m) => m[1]);
  if (!arrays.length) throw new Error('src/generated/map.rs: no *_PATHS arrays found; update bench/map.mjs');
  const paths = arrays.flatMap((a) => [...a.matchAll(/"([^"]*)"/g)].map((m) => m[1])).join('');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const result = await measureMapLatency();

  console.log(`Map (Chromium ${result.browserVersion}, CPU throttled ${THROTTLE}x, ${RUNS} runs each)`);
  console.log('');
  console.log(`payload: path data ${kb(paths.length)} raw, ${kb(gzipSync(paths, { level: 9 }).length)} gzip; whole generated module ${kb(source.length)} raw, ${kb(gzipSync(source, { level: 9 }).length)} gzip (target: under 60 KB gzip)`);
  console.log('');
  console.log(HEADER.join('\n'));
  console.log(row('hover', result.hover, TARGETS_MS.hover));
  console.log(row('vote switch', result.voteSwitch, TARGETS_MS.voteSwitch));
  if (result.problems.length) console.log(`page problems during the run:\n  ${result.problems.join('\n  ')}`);
}
