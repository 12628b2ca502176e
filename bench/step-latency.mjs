// Measures how long a step change takes to reach the screen: from a keydown
// ArrowRight to the first animation frame after the active step's
// `data-step` attribute changes, with the CPU throttled 4x through the
// DevTools protocol. Run after a release build: `node bench/step-latency.mjs`.
// It measures; it does not judge (it prints the target, it never fails on it).
// bench/budgets.mjs calls `measureStepLatency()`.
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/harness.mjs';
import { median } from './latency.mjs';

const RUNS = 20;
const THROTTLE = 4;
export const TARGET_MS = 16;

/** Dispatches a keydown on the document; resolves once `[data-step]` has changed. */
function press(page, key, { measure }) {
  return page.evaluate(({ key, measure }) => new Promise((resolve, reject) => {
    const current = () => document.querySelector('article[data-step]')?.dataset.step;
    const before = current();
    let t0 = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`${key}: no step change within 10 s`)); }, 10_000);
    const observer = new MutationObserver(() => {
      if (current() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      if (!measure) return resolve(null);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
    t0 = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }), { key, measure });
}

/** Measures `runs` step changes (step 1 -> 2); returns the samples in ms,
 * their median, min and max, the browser's version and any page problems. */
export async function measureStepLatency({ runs = RUNS } = {}) {
  const app = await launch();
  try {
    const { page, context, problems } = await app.openPage('');
    await page.waitForSelector('article[data-step]', { timeout: 20_000 });
    const first = await page.getAttribute('article[data-step]', 'data-step');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      if ((await page.getAttribute('article[data-step]', 'data-step')) !== first) {
        await press(page, 'Home', { measure: false }); // back to step 1, not measured
      }
      samples.push(await press(page, 'ArrowRight', { measure: true }));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
    return {
      samples,
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      throttle: THROTTLE,
      browserVersion: app.browser.version(),
      problems,
    };
  } finally {
    await app.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureStepLatency();
  const within = result.samples.filter((ms) => ms <= TARGET_MS).length;
  const ms = (n) => n.toFixed(1).padStart(8);

  console.log(`Step change latency: keydown ArrowRight -> next animation frame after [data-step] changes`);
  console.log(`(${RUNS} runs, step 1 -> 2, CPU throttled ${THROTTLE}x, Chromium ${result.browserVersion})`);
  console.log('');
  console.log('| measure | ms       |');
  console.log('|---------|----------|');
  console.log(`| median  | ${ms(result.median)} |`);
  console.log(`| min     | ${ms(result.min)} |`);
  console.log(`| max     | ${ms(result.max)} |`);
  console.log(`| target  | ${ms(TARGET_MS)} |`);
  console.log('');
  console.log(`${within} of ${RUNS} runs within the target.`);
  if (result.problems.length) console.log(`page problems during the run:\n  ${result.problems.join('\n  ')}`);
}
