// Shared set-up for the end-to-end tests: the release build in dist/ served on
// 127.0.0.1, Debian's Chromium driven by playwright-core, and guards that fail
// a test on any console error, page error or request that leaves 127.0.0.1.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer } from '../scripts/static-server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Debian's Chromium, started again if it dies while starting (seen once
 * in a CI run, a SIGSEGV before its first page, with the machine busy): a
 * browser that never started says nothing about the explainer. A crash
 * after start still fails the test. */
export async function launchChromium(attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    } catch (e) {
      if (attempt >= attempts) throw e;
      process.stderr.write(`Chromium did not start (attempt ${attempt} of ${attempts}): ${e.message.split('\n')[0]}\n`);
    }
  }
}

/** Starts the server on `root` (default dist/, or $UNCYBER_DIST) (sending dist/_headers, so the strict CSP is on in
 * every test), under `prefix` if given, and the browser; returns helpers and a `close`. */
export async function launch({ root = process.env.UNCYBER_DIST ?? 'dist', headers, siteHeaders = true, prefix = '/' } = {}) {
  const server = await startServer({ root, headers, siteHeaders, prefix });
  const baseUrl = `http://127.0.0.1:${server.address().port}${prefix}`;
  // A server left listening would keep the test file's process alive.
  const browser = await launchChromium().catch((e) => {
    server.close();
    throw e;
  });

  /** A fresh page with the guards attached. `problems` collects failures. */
  async function openPage(path = '', { viewport = { width: 1280, height: 800 }, colorScheme = 'light', javaScriptEnabled = true, reducedMotion = 'no-preference', hasTouch = false, locale = 'en-US' } = {}) {
    const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled, reducedMotion, hasTouch, locale });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      problems.push(`request left loopback: ${route.request().url()}`);
      return route.abort();
    });
    if (path !== null) await page.goto(baseUrl + path);
    return { page, context, problems };
  }

  async function close() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }

  return { baseUrl, browser, openPage, close };
}

/** Waits until the app has rendered the story, the stage's view of the
 * vote and the explorer's tools below the step. */
export async function appReady(page) {
  await page.waitForSelector('article[data-step]', { timeout: 20_000 });
  // The stage shows the map, or on a step with a figure of its own that
  // figure (filled in from the step's static page).
  await page.waitForSelector('.stage-figure [data-iso3], .stage-figure .stage-chart [data-figure]', { timeout: 20_000 });
  // The explorer's tools, below the step; a frame (unless its link asks
  // for them, explore=1), a locked step and presenter mode leave them out.
  await page.waitForSelector('.app .explore-tools, .app #explore[hidden]', { timeout: 20_000, state: 'attached' });
}

/** Waits until the stage shows step `slug`: a step change draws the
 * story's text first and the stage in the frame after. */
export async function stageAt(target, slug) {
  await target.waitForSelector(`.app .stage-figure[data-stage-step="${slug}"]`, { timeout: 10_000 });
}

/** Resolves once what the app writes after a paint (the explorer below the
 * stage, the map's spoken labels, the address: browser::startup::after_next_paint)
 * has been written: two frames, each followed by a task. */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => {
    const frameThenTask = (then) => requestAnimationFrame(() => setTimeout(then));
    frameThenTask(() => frameThenTask(done));
  }));
}

/** Runs axe-core on the page; returns its violations and the results it
 * could not decide (`incomplete`), as axe gives them. */
export async function axeResults(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }),
  );
}

/** One line per violation: id (impact): the first few nodes. */
export function formatViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** Runs axe-core on the page; returns its violations (id: nodes). */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  return formatViolations(result.violations);
}
