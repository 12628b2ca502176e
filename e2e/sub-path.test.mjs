// The site served as GitHub Pages serves it (https://user.github.io/repo/):
// from a folder, dist/ under /some/sub/path/ with every other path 404, and
// without dist/_headers, so only the pages' own <meta> policy applies.
// Pages, steps, history, the country card and the downloads all stay inside
// the folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady, stageAt } from './harness.mjs';
import { steps } from './steps.mjs';

const PREFIX = '/some/sub/path/';

let app;
before(async () => { app = await launch({ prefix: PREFIX, siteHeaders: false }); });
after(async () => { await app?.close(); });

/** A page under the sub-path that also fails on any response of 400 or more. */
async function openInFolder(path) {
  const opened = await app.openPage(null);
  opened.page.on('response', (r) => {
    if (r.status() >= 400) opened.problems.push(`${r.status()} for ${r.url()}`);
  });
  opened.page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(PREFIX)) opened.problems.push(`request outside the folder: ${r.url()}`);
  });
  if (path !== null) await opened.page.goto(app.baseUrl + path);
  return opened;
}

/** Waits until the page shows `slug`; returns the address's path and query. */
async function showing(page, slug) {
  await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug, slug, { timeout: 10_000 });
  return page.evaluate(() => ({ path: location.pathname, search: location.search }));
}

test('the server serves dist/ only under the sub-path, without the headers', async () => {
  const port = new URL(app.baseUrl).port;
  assert.equal((await fetch(`http://127.0.0.1:${port}/index.html`)).status, 404);
  const page = await fetch(`http://127.0.0.1:${port}${PREFIX}index.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), null);
  assert.match(await page.text(), /<meta http-equiv="Content-Security-Policy"/);
});

test('from a sub-path the index draws the map; Next and Back move the address within the folder', async () => {
  const [first, second] = steps;
  const { page, context, problems } = await openInFolder('');
  await appReady(page);
  await stageAt(page, first.slug);
  await page.waitForFunction(() => document.querySelectorAll('.stage-figure .world-map g.state').length === 193, null, { timeout: 10_000 });
  assert.deepEqual(await showing(page, first.slug), { path: PREFIX, search: '' });
  const start = await page.evaluate(() => history.length);
  await page.click('nav.step-nav button:has-text("Next")');
  await page.waitForFunction((p) => location.pathname === p, `${PREFIX}step-${second.slug}.html`, { timeout: 10_000 });
  assert.deepEqual(await showing(page, second.slug), { path: `${PREFIX}step-${second.slug}.html`, search: '' });
  assert.equal(await page.evaluate(() => history.length), start + 1, 'Next pushed one entry');
  // The address Next wrote is a real page of the folder.
  assert.equal((await fetch(page.url())).status, 200);
  await page.goBack();
  assert.deepEqual(await showing(page, first.slug), { path: PREFIX, search: '' }, 'Back returns to the index');
  await page.goForward();
  assert.deepEqual(await showing(page, second.slug), { path: `${PREFIX}step-${second.slug}.html`, search: '' }, 'Forward');
  assert.deepEqual(problems, []);
  await context.close();
});

test('from a sub-path a step page opens, a country card opens, and a ?step= link moves to its page in the folder', async () => {
  const swing = steps.find((s) => s.slug === 'swing-states') ?? steps[2];
  const { page, context, problems } = await openInFolder(`step-${swing.slug}.html?country=KEN`);
  await appReady(page);
  assert.deepEqual(await showing(page, swing.slug), { path: `${PREFIX}step-${swing.slug}.html`, search: '?country=KEN' });
  await page.waitForSelector('[data-card-for="KEN"]', { state: 'visible', timeout: 10_000 });
  await page.goto(`${app.baseUrl}?step=${steps[3].slug}&view=grid`);
  await appReady(page);
  await page.waitForFunction((p) => location.pathname === p, `${PREFIX}step-${steps[3].slug}.html`, { timeout: 10_000 });
  assert.deepEqual(await showing(page, steps[3].slug), { path: `${PREFIX}step-${steps[3].slug}.html`, search: '?view=grid' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('embedded from a sub-path, steps replace the history entry and stay in the folder', async () => {
  const { page, context, problems } = await openInFolder(`?step=${steps[1].slug}&embed=1`);
  await appReady(page);
  await page.waitForFunction((p) => location.pathname === p, `${PREFIX}step-${steps[1].slug}.html`, { timeout: 10_000 });
  const start = await page.evaluate(() => history.length);
  await page.click('nav.step-nav button:has-text("Next")');
  await page.waitForFunction((p) => location.pathname === p, `${PREFIX}step-${steps[2].slug}.html`, { timeout: 10_000 });
  assert.deepEqual(await showing(page, steps[2].slug), { path: `${PREFIX}step-${steps[2].slug}.html`, search: '?embed=1' });
  assert.equal(await page.evaluate(() => history.length), start, 'replaced, not pushed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('from a sub-path the downloads and every link to the site resolve inside the folder, with 200', async () => {
  for (const path of ['', `step-${steps[1].slug}.html`, 'glossary.html']) {
    const { page, context, problems } = await openInFolder(path);
    if (path !== 'glossary.html') await appReady(page);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    const own = [...new Set(links.map((href) => href.split('#')[0]))]
      .filter((href) => new URL(href).origin === new URL(app.baseUrl).origin);
    if (path !== 'glossary.html') {
      for (const file of ['un-cyber-votes.csv', 'un-cyber-votes.json']) {
        assert.ok(own.includes(`${app.baseUrl}${file}`), `${path || 'index'}: links ${file} in the folder (${own.join(' ')})`);
      }
    }
    assert.ok(own.length > 0, `${path || 'index'}: links to the site`);
    for (const href of own) {
      assert.ok(new URL(href).pathname.startsWith(PREFIX), `${path || 'index'}: ${href} is in the folder`);
      const response = await fetch(href);
      assert.equal(response.status, 200, `${path || 'index'}: ${href}`);
      await response.arrayBuffer();
    }
    assert.deepEqual(problems, [], path || 'index');
    await context.close();
  }
});
