// The smoke test run in the engines other than Chromium (e2e/firefox.test.mjs,
// e2e/webkit.test.mjs): the same walk through the release build, served
// from a folder, written once against a small driver interface that each
// engine's file implements.
//
// Classic WebDriver cannot read a page's console, so every engine gets the
// same watch on errors: the test server puts one external script first in
// each page (allowed by the policy's 'self'), which records uncaught errors,
// rejected promises, resources that failed to load, policy violations and
// console.error calls into window.__smokeProblems; the server records every
// response of 400 or more, and the page's resource timings show every
// address it fetched, which must all be on 127.0.0.1.
import assert from 'node:assert/strict';
import { request as httpRequest, createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';
import { members } from './data.mjs';
import { steps } from './steps.mjs';

const PROBE_PATH = '/__smoke-probe.js';
// The site sits in a folder, as on GitHub Pages: every address the app
// writes must stay inside it, in every engine.
export const FOLDER = '/explainer/';
const PROBE = `(() => {
  const problems = [];
  window.__smokeProblems = problems;
  addEventListener('error', (e) => {
    if (e.target === window) problems.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
    else problems.push('failed to load: ' + (e.target.src || e.target.href || e.target.outerHTML.slice(0, 80)));
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('policy violation: ' + e.effectiveDirective + ' ' + e.blockedURI), true);
  const error = console.error;
  console.error = (...args) => { problems.push('console.error: ' + args.join(' ')); error.apply(console, args); };
})();
`;

/** Serves dist/ (with its _headers) in FOLDER through a loopback proxy that
 * adds the probe to every page; `failures` collects responses of 400 or more. */
export async function startProbedSite(root = process.env.UNCYBER_DIST ?? 'dist') {
  const site = await startServer({ root, prefix: FOLDER });
  const failures = [];
  const server = createServer((req, res) => {
    if (req.url === PROBE_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(PROBE);
      return;
    }
    // Asked without Accept-Encoding, the site answers uncompressed, so pages can be edited.
    const upstream = httpRequest({ host: '127.0.0.1', port: site.address().port, path: req.url, method: req.method }, (answer) => {
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        if (answer.statusCode >= 400) failures.push(`${answer.statusCode} for ${req.url}`);
        let body = Buffer.concat(chunks);
        const headers = { ...answer.headers };
        delete headers['content-length'];
        if (/^text\/html/.test(headers['content-type'] ?? '')) {
          const html = body.toString('utf8');
          const at = html.search(/<meta\s+http-equiv="?Content-Security-Policy"?[^>]*>/i);
          if (at < 0) failures.push(`no policy <meta> in ${req.url}`);
          const end = html.indexOf('>', at) + 1;
          body = Buffer.from(`${html.slice(0, end)}<script src="${PROBE_PATH}"></script>${html.slice(end)}`);
        }
        res.writeHead(answer.statusCode, headers);
        res.end(body);
      });
    });
    upstream.on('error', (e) => { failures.push(`proxy: ${e.message}`); res.writeHead(502); res.end(); });
    upstream.end();
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(0, '127.0.0.1', ok); });
  const baseUrl = `http://127.0.0.1:${server.address().port}${FOLDER}`;
  // The host page that embeds the app, on a second loopback origin.
  const hostDir = mkdtempSync(join(tmpdir(), 'uncyber-smoke-host-'));
  writeFileSync(join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body><h1>Week 3</h1><iframe src="${baseUrl}?step=${steps[0].slug}&amp;embed=1" title="Explainer" width="800" height="600" style="border:0"></iframe></body></html>`);
  const host = await startServer({ root: hostDir, host: '127.0.0.2' });
  const hostUrl = `http://127.0.0.2:${host.address().port}/`;
  const close = () => Promise.all([site, server, host].map((s) => new Promise((ok) => s.close(ok))));
  return { baseUrl, hostUrl, failures, close };
}

/** Polls `fn(arg)` in the page until it returns something truthy; returns that. */
export async function until(driver, fn, arg, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await driver.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** What the probe recorded, and every fetched address not on 127.0.0.1. */
async function pageProblems(driver) {
  return driver.evaluate(() => [
    ...(window.__smokeProblems ?? ['the probe did not run']),
    ...performance.getEntriesByType('resource').map((e) => e.name)
      .filter((url) => !/^(data:|https?:\/\/127\.0\.0\.1[:/])/.test(url))
      .map((url) => `fetched off loopback: ${url}`),
  ]);
}

/** Waits until the app (not the static copy, which has no
 * article[data-step]) shows step `slug` at the address `path` + `search`:
 * the app writes the address just after it draws the step. */
async function appAt(driver, slug, path, search = '') {
  const seen = () => driver.evaluate(() => ({
    path: location.pathname, search: location.search, step: document.querySelector('article[data-step]')?.dataset.step ?? null,
  }));
  const expected = { path, search, step: slug };
  try {
    await until(driver, (want) => document.querySelector('article[data-step]')?.dataset.step === want.step
      && location.pathname === want.path && location.search === want.search, expected, `step ${slug} at ${path}${search}`);
  } catch (timeout) {
    assert.deepEqual(await seen(), expected, timeout.message);
  }
  return seen();
}

/** The member states the app's map draws, once the app has taken over
 * from the static copy (#prerender, whose own map it then removes). */
async function mapStates(driver) {
  return until(driver, () => {
    if (!document.querySelector('article[data-step]') || document.getElementById('prerender')) return null;
    const states = [...document.querySelectorAll('.app .stage-figure .world-map g.state')].map((g) => g.dataset.iso3);
    return states.length > 0 ? states : null;
  }, undefined, 'the app\'s map, the static copy gone');
}

async function clickNext(driver) {
  const next = await driver.element(() => [...document.querySelectorAll('nav.step-nav button')].find((b) => /\bNext\b/.test(b.textContent)) ?? null);
  assert.ok(next, 'a Next button');
  await driver.click(next);
}

/** The walk every engine takes; `driver` implements open, evaluate,
 * element, click, back, enterFrame and leaveFrame. */
export async function smoke(driver, site) {
  const [first, second] = steps;
  const problems = [];
  const check = async (where) => {
    for (const p of await pageProblems(driver)) problems.push(`${where}: ${p}`);
  };

  // The first step renders, with every member state on the map.
  await driver.open(site.baseUrl);
  await appAt(driver, first.slug, FOLDER);
  assert.equal(await driver.evaluate(() => document.querySelector('#step-title')?.textContent.trim()), first.title);
  const states = await mapStates(driver);
  assert.equal(states.length, 193, 'one mark per member state');
  assert.deepEqual(new Set(states), new Set(members.map((m) => m.iso3)), 'each member state once');

  // Next and Back change the step and the address.
  const entries = await driver.evaluate(() => history.length);
  await clickNext(driver);
  await appAt(driver, second.slug, `${FOLDER}step-${second.slug}.html`);
  assert.equal(await driver.evaluate(() => document.querySelector('#step-title')?.textContent.trim()), second.title);
  assert.equal(await driver.evaluate(() => history.length), entries + 1, 'Next adds a history entry');
  await driver.back();
  await appAt(driver, first.slug, FOLDER);
  await check('index');

  // A country card opens from the address.
  await driver.open(`${site.baseUrl}?country=KEN`);
  await appAt(driver, first.slug, FOLDER, '?country=KEN');
  await until(driver, () => {
    const card = document.querySelector('[data-card-for="KEN"]');
    if (!card) return false;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(card).visibility === 'visible';
  }, undefined, 'the card of Kenya, visible');
  await check('?country=KEN');

  // Embedded in a page of another origin, the app renders in its frame.
  await driver.open(site.hostUrl);
  assert.equal(await driver.evaluate(() => location.origin), new URL(site.hostUrl).origin);
  await driver.enterFrame('iframe');
  try {
    await until(driver, (slug) => document.querySelector('article[data-step]')?.dataset.step === slug, first.slug, 'the app in the frame');
    assert.equal(await driver.evaluate(() => location.origin), new URL(site.baseUrl).origin, 'the frame is cross-origin');
    assert.ok(await driver.evaluate(() => document.querySelector('.app')?.classList.contains('embedded')), 'embedded chrome');
    assert.equal((await mapStates(driver)).length, 193, 'the framed map draws every member state');
    await check('embedded');
  } finally {
    await driver.leaveFrame();
  }

  assert.deepEqual([...problems, ...site.failures], [], 'no page error, failed load, policy violation or request off loopback');
}
