// The static pages written at build time: readable with JavaScript off,
// each with its own title and link-preview tags, taken over by the app, and
// working under a sub-path of any static host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './harness.mjs';
import { boxesOf, assertSameBoxes } from './layout.mjs';
import { steps } from './steps.mjs';
import { votes, tally } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('with JavaScript off, every step page shows its title, text, sources, links to every step and its vote table', async () => {
  const { page, problems, context } = await app.openPage(null, { javaScriptEnabled: false });
  // Nothing preloads the wasm, so a reader without JavaScript never downloads it.
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  for (const s of steps) {
    await page.goto(`${app.baseUrl}step-${s.slug}.html`);
    assert.equal((await page.textContent('#prerender article h2')).trim(), s.title);
    assert.ok((await page.$$eval('#prerender .step-text p', (ps) => ps.length)) > 0, s.slug);
    assert.ok((await page.$$eval('#prerender .step-sources li a', (as) => as.length)) > 0, s.slug);
    assert.deepEqual(
      await page.$$eval('#prerender nav.prerender-nav a', (as) => as.map((a) => a.getAttribute('href'))),
      steps.map((x) => `step-${x.slug}.html`),
    );
    // The contents at the top, as in the app, link the same pages.
    assert.deepEqual(
      await page.$$eval('#prerender nav.contents a', (as) => as.map((a) => a.getAttribute('href'))),
      steps.map((x) => `step-${x.slug}.html`),
    );
    const id = s.vote ?? '3c-2019';
    const t = tally(id);
    const result = id === 'signatures'
      ? `^${t.yes} signed, ${t.no} not signed, ${t.abstain} no signature on record, ${t.absent} status unknown\\.$`
      : `^${t.yes}-${t.no}-${t.abstain}: ${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions; ${t.absent}`;
    assert.match(await page.textContent('#prerender .vote-result'), new RegExp(result));
    const rows = await page.$$eval('#prerender tbody tr[data-iso3]', (trs) => trs.map((tr) => [tr.dataset.iso3, tr.dataset.vote]));
    const expected = new Map(votes(id).map((r) => [r.iso3, r.vote]));
    assert.equal(rows.length, 193);
    for (const [iso3, vote] of rows) assert.equal(vote, expected.get(iso3), `${s.slug} ${iso3}`);
  }
  await page.goto(app.baseUrl);
  assert.equal((await page.textContent('#prerender article h2')).trim(), steps[0].title);
  // The data downloads are plain files, so they work without JavaScript.
  const csvHref = await page.getAttribute('#prerender .downloads a[download$=".csv"]', 'href');
  const csv = await (await page.request.get(new URL(csvHref, app.baseUrl).href)).text();
  assert.equal(csv.trim().split('\n').length, 194, 'a header and one row per member state');
  assert.match(await page.textContent('#prerender .citation'), /Sherman and Mark Raymond/);
  // No dead ends: a button that copies a citation needs the app.
  assert.equal(await page.locator('#prerender .citation button').count(), 0, 'no copy buttons without JavaScript');
  assert.match(await page.textContent('noscript'), /plain version/);
  assert.ok(fetched.some((p) => p.endsWith('.css')), 'the requests were seen');
  assert.deepEqual(fetched.filter((p) => p.endsWith('.wasm')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each step page carries its own title, description and Open Graph and Twitter tags', async () => {
  const { page, problems, context } = await app.openPage(null, { javaScriptEnabled: false });
  for (const s of [steps[0], steps[8], steps.at(-1)]) {
    await page.goto(`${app.baseUrl}step-${s.slug}.html`);
    const meta = await page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.content]),
    ));
    assert.ok((await page.title()).startsWith(s.title), s.slug);
    assert.ok(meta['og:title'].startsWith(s.title), s.slug);
    assert.equal(meta['og:type'], 'article');
    assert.equal(meta['twitter:card'], 'summary_large_image');
    assert.equal(meta['og:image'], `step-${s.slug}.png`);
    assert.equal(meta['twitter:image'], meta['og:image']);
    assert.match(meta['og:image:alt'], /World map of A\//);
    const png = await page.request.get(`${app.baseUrl}step-${s.slug}.png`);
    assert.equal(png.status(), 200);
    const bytes = await png.body();
    assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.equal(bytes.readUInt32BE(16), 1200);
    assert.equal(bytes.readUInt32BE(20), 630);
    assert.ok(meta.description.length > 20 && !meta.description.includes('{'), `${s.slug}: ${meta.description}`);
    assert.equal(meta['og:description'], meta.description);
    assert.equal(meta['uncyber-step'], s.slug);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the app takes over a step page at its step, and a ?step= in the link still wins', async () => {
  const { page, problems, context } = await app.openPage(`step-${steps[6].slug}.html`);
  await page.waitForSelector('article[data-step]');
  assert.equal(await page.getAttribute('article[data-step]', 'data-step'), steps[6].slug);
  await page.waitForSelector('#prerender', { state: 'detached' });
  assert.equal(await page.$$eval('article[data-step]', (a) => a.length), 1);
  await page.goto(`${app.baseUrl}step-${steps[6].slug}.html?step=${steps[2].slug}`);
  await page.waitForSelector(`article[data-step="${steps[2].slug}"]`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('served under a sub-path, the app, its step pages and its links work', async () => {
  const root = mkdtempSync(join(tmpdir(), 'uncyber-subpath-'));
  cpSync(process.env.UNCYBER_DIST ?? 'dist', join(root, 'explainers', 'un-cyber'), { recursive: true });
  const sub = await launch({ root });
  try {
    const { page, problems, context } = await sub.openPage(`explainers/un-cyber/step-${steps[3].slug}.html`);
    await page.waitForSelector(`article[data-step="${steps[3].slug}"]`);
    await page.click('nav.step-nav button:has-text("Next")');
    await page.waitForSelector(`article[data-step="${steps[4].slug}"]`);
    assert.match(await page.evaluate(() => location.pathname), /^\/explainers\/un-cyber\//);
    await page.goto(`${sub.baseUrl}explainers/un-cyber/?step=${steps[5].slug}&view=grid`);
    await page.waitForSelector('.tile-grid .tile');
    assert.equal(await page.getAttribute('article[data-step]', 'data-step'), steps[5].slug);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

// Where the reader's eyes are when the app arrives: these must not move.
const FIRST_SCREEN = [
  '.site-header h1', '.site-header .standfirst', '.contents summary', '.timeline-heading',
  '.timeline-events li:first-child', 'article .step-position', 'article h2',
  'article .step-text p:nth-of-type(1)', 'article .step-text p:nth-of-type(2)',
  '.step-figure .figure-title', '.step-figure .tally-bar', '.step-figure .tally-legend',
  // The stage's figure: the map, its zoom, its labels and its key.
  '.stage-figure', '.stage-figure .stage-title', '.stage-figure .map-focus svg',
  '.stage-figure g.state[data-iso3="DEU"] path', '.stage-figure .label-layer .map-label text', '.stage-figure .legend',
  '.timeline-cards summary',
];
const REQUIRED = [...FIRST_SCREEN.slice(0, 8), '.stage-figure .map-focus svg', '.stage-figure .legend'];

test('the app takes over the static page without a layout jump', async () => {
  const picked = [steps[0], steps.find((s) => s.highlight?.length), steps.find((s) => s.slug === 'swing-states'), steps.find((s) => s.focus?.length), steps.at(-1)];
  assert.ok(picked.every(Boolean), 'a step with highlights, one with a focus region and the swing-states step exist');
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
    for (const s of new Set(picked)) {
      const path = `step-${s.slug}.html`;
      const live = await app.openPage(null, { viewport });
      // The static copy as a reader with JavaScript sees it before the app
      // takes over (its inline script has run: a step's own figure shows in
      // place of its map): the wasm is held back until it is measured.
      let release;
      const held = new Promise((go) => { release = go; });
      await live.page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      await live.page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await live.page.goto(app.baseUrl + path);
      await live.page.waitForSelector('#prerender');
      const before = await boxesOf(live.page, '#prerender', FIRST_SCREEN);
      release();
      await live.page.waitForSelector('#prerender', { state: 'detached' });
      await live.page.waitForSelector('.app article[data-step]');
      const after = await boxesOf(live.page, '.app', FIRST_SCREEN);
      assertSameBoxes(assert, before, after, REQUIRED, `${viewport.width}px, ${s.slug}`);
      assert.ok(await live.page.evaluate(() => window.__shift) <= 0.02, `${viewport.width}px, ${s.slug}: layout shift`);
      assert.deepEqual(live.problems, []);
      await live.context.close();
    }
  }
});
