// Measures how long a step change takes to reach the screen: from a keydown
// ArrowRight to the first animation frame after the active step's
// `data-step` attribute changes, with the CPU throttled 4x through the
// DevTools protocol. Run after a release build: `node bench/step-latency.mjs`.
// It measures; it does not judge (it prints the target, it never fails on it).
import { launch } from '../e2e/harness.mjs';

const RUNS = 20;
const THROTTLE = 4;
const TARGET_MS = 16;

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

const app = await launch();
let problemNote = '';
try {
  const { page, context, problems } = await app.openPage('');
  await page.waitForSelector('article[data-step]', { timeout: 20_000 });
  const first = await page.getAttribute('article[data-step]', 'data-step');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    if ((await page.getAttribute('article[data-step]', 'data-step')) !== first) {
      await press(page, 'Home', { measure: false }); // back to step 1, not measured
    }
    samples.push(await press(page, 'ArrowRight', { measure: true }));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (problems.length) problemNote = `page problems during the run:\n  ${problems.join('\n  ')}`;
  await context.close();

  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const within = samples.filter((ms) => ms <= TARGET_MS).length;
  const ms = (n) => n.toFixed(1).padStart(8);

  console.log(`Step change latency: keydown ArrowRight -> next animation frame after [data-step] changes`);
  console.log(`(${RUNS} runs, step 1 -> 2, CPU throttled ${THROTTLE}x, Chromium ${app.browser.version()})`);
  console.log('');
  console.log('| measure | ms       |');
  console.log('|---------|----------|');
  console.log(`| median  | ${ms(median)} |`);
  console.log(`| min     | ${ms(sorted[0])} |`);
  console.log(`| max     | ${ms(sorted.at(-1))} |`);
  console.log(`| target  | ${ms(TARGET_MS)} |`);
  console.log('');
  console.log(`${within} of ${RUNS} runs within the target.`);
  if (problemNote) console.log(problemNote);
} finally {
  await app.close();
}
