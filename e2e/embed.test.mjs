// Embedding: a host page on 127.0.0.1 frames the explainer served from
// localhost (another origin), at a fixed 450 px height, as a course page would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady, axeViolations } from './harness.mjs';
import { boxesOf, assertSameBoxes } from './layout.mjs';
import { steps } from './steps.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';

const hosts = [];

let app;
let appOrigin;

before(async () => {
  app = await launch();
  appOrigin = app.baseUrl.replace('127.0.0.1', 'localhost');
});
after(async () => {
  await app?.close();
  await Promise.all(hosts.map((s) => new Promise((ok) => s.close(ok))));
});

/** Opens a host page, served for real from 127.0.0.1 on its own port,
 * containing `body`; returns the page and its problems. */
async function hostPage(body) {
  const dir = mkdtempSync(join(tmpdir(), 'uncyber-host-'));
  writeFileSync(join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Course page</title></head><body><h1>Week 3</h1>${body}</body></html>`);
  const server = await startServer({ root: dir });
  hosts.push(server);
  const { page, context, problems } = await app.openPage(null);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  return { page, context, problems };
}

async function frameOf(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('article[data-step]', { timeout: 20_000 });
  return frame;
}

test('framed at 450 px from another origin, every step is reachable by buttons and keys, and the host history stays put', async () => {
  const { page, context, problems } = await hostPage(
    `<iframe src="${appOrigin}?step=${steps[0].slug}" title="Explainer" width="100%" height="450" sandbox="allow-scripts allow-same-origin allow-popups" style="border:0"></iframe>`,
  );
  const frame = await frameOf(page);
  const frameBox = await (await page.$('iframe')).boundingBox();
  assert.equal(Math.round(frameBox.height), 450);
  const hostHistory = await page.evaluate(() => history.length);
  assert.ok(await frame.evaluate(() => document.querySelector('.app').classList.contains('embedded')));
  for (let i = 1; i < steps.length; i += 1) {
    const next = frame.locator('nav.step-nav button', { hasText: 'Next' });
    assert.ok(await next.isVisible(), `Next is visible on step ${i}`);
    const box = await next.boundingBox();
    const bottom = box.y + box.height - frameBox.y;
    assert.ok(bottom <= 450 + 1, `Next is inside the 450 px frame on step ${i} (bottom at ${bottom})`);
    await next.click();
    await frame.waitForFunction((slug) => document.querySelector('article[data-step]').dataset.step === slug, steps[i].slug);
  }
  await frame.locator('body').press('Home');
  await frame.waitForFunction((slug) => document.querySelector('article[data-step]').dataset.step === slug, steps[0].slug);
  await frame.locator('body').press('ArrowRight');
  await frame.waitForFunction((slug) => document.querySelector('article[data-step]').dataset.step === slug, steps[1].slug);
  assert.equal(await page.evaluate(() => history.length), hostHistory);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lock=1 shows that single step, without the story navigation', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[8].slug}&embed=1&lock=1`);
  await page.waitForSelector('article[data-step]');
  assert.equal(await page.getAttribute('article[data-step]', 'data-step'), steps[8].slug);
  assert.equal(await page.isVisible('nav.step-nav'), false);
  assert.equal(await page.$('nav.contents'), null);
  assert.equal(await page.isVisible('#explore'), false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  assert.equal(await page.getAttribute('article[data-step]', 'data-step'), steps[8].slug);
  const full = page.locator('a.open-full');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.match(await full.getAttribute('href'), new RegExp(`\\?step=${steps[8].slug}$`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the host script, the frame grows to fit; messages from elsewhere are ignored', async () => {
  const { page, context, problems } = await hostPage(
    `<script src="${appOrigin}public/embed-resize.js"></script>
     <iframe src="${appOrigin}?step=${steps[0].slug}" title="Explainer" width="100%" height="450" style="border:0"></iframe>`,
  );
  const frame = await frameOf(page);
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 450);
  // Grown to fit: nothing is left to scroll inside the frame's text panel.
  await frame.waitForFunction(() => {
    const main = document.querySelector('.app:not([hidden]) main');
    return main && document.querySelector('.stage-figure [data-iso3]') && main.scrollHeight - main.clientHeight <= 1;
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const grown = await page.evaluate(() => document.querySelector('iframe').style.height);
  // A message that does not come from the frame must not resize it.
  await page.evaluate(() => window.postMessage({ type: 'uncyber:resize', v: 1, height: 99999 }, '*'));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), grown);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Embed this" writes a snippet with title, lazy loading, clipboard permission, start step and lock', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[3].slug}`);
  await appReady(page);
  await page.click('button:has-text("Embed this")');
  await page.waitForSelector('dialog.embed-dialog[open]');
  let code = await page.inputValue('.embed-dialog textarea');
  assert.match(code, /^<iframe src="[^"]+\?step=/);
  assert.ok(code.includes(`?step=${steps[3].slug}&amp;embed=1"`), code);
  for (const part of ['title="', 'width="100%"', 'height="600"', 'loading="lazy"', 'allow="clipboard-write"']) {
    assert.ok(code.includes(part), `${part} in ${code}`);
  }
  await page.check('.embed-options input[type=checkbox] >> nth=1');
  await page.selectOption('select[name=embed-height]', '450');
  code = await page.inputValue('.embed-dialog textarea');
  assert.ok(code.includes('&amp;embed=1&amp;lock=1"') && code.includes('height="450"'), code);
  assert.deepEqual(await axeViolations(page), []);
  await page.click('.embed-dialog button:has-text("Close")');
  await page.waitForSelector('dialog.embed-dialog[open]', { state: 'detached' }).catch(() => {});
  assert.equal(await page.$('dialog.embed-dialog[open]'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('framed, the static copy already has the embedded layout, so the takeover moves nothing', async () => {
  const story = ['.site-header h1', '.open-full', 'article .step-position', 'article h2', 'article .step-text p:nth-of-type(1)'];
  // A locked embed shows no timeline, in the static copy as in the app.
  for (const [query, selectors] of [['', [...story, '.timeline-events li:first-child']], ['?lock=1', story]]) {
    const src = `${appOrigin}step-${steps[2].slug}.html${query}`;
    const frameTag = `<iframe src="${src}" title="Explainer" width="100%" height="450" style="border:0"></iframe>`;
    // Before the app: the same page with its WebAssembly held back.
    const still = await hostPage(frameTag.replace('<iframe', '<iframe data-still'));
    await still.page.route('**/*.wasm', (route) => route.abort());
    await still.page.reload();
    const stillFrame = await (await still.page.waitForSelector('iframe')).contentFrame();
    await stillFrame.waitForSelector('#prerender');
    const before = await boxesOf(stillFrame, '#prerender', selectors);
    assert.ok(await stillFrame.evaluate(() => document.getElementById('prerender').classList.contains('embedded')));
    if (query) assert.equal(await stillFrame.isVisible('#prerender .timeline'), false);
    // The host page has its own languages: the frame shows no switcher.
    assert.equal(await stillFrame.locator('nav.language-switch').count(), 1);
    assert.equal(await stillFrame.isVisible('nav.language-switch'), false, 'no switcher in the framed static copy');
    await still.context.close();

    const live = await hostPage(frameTag);
    const frame = await frameOf(live.page);
    await frame.waitForSelector('#prerender', { state: 'detached' });
    const after = await boxesOf(frame, '.app', selectors);
    assert.equal(await frame.locator('body > .app.embedded ~ nav.language-switch').count(), 1, 'the switcher follows the app');
    assert.equal(await frame.isVisible('nav.language-switch'), false, 'no switcher in the framed app');
    assertSameBoxes(assert, before, after, selectors, `framed${query}`);
    assert.deepEqual(live.problems, []);
    await live.context.close();
  }
});
