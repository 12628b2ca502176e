// The address bar previews the step on show (issue 16, item 16): when the
// step changes, the path moves to that step's own page, `step-<slug>.html`,
// and keeps the other parameters; `?step=` links still open their step. What
// a link previewer gets is read here as it would: the address fetched
// without JavaScript, its `og:title` compared with the step's title from
// the content files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady } from './harness.mjs';
import { steps, SITE_TITLE } from './steps.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const swing = steps.findIndex((s) => s.slug === 'swing-states');

/** The address bar as the reader sees it, and the step the page shows. */
const where = (page) => page.evaluate(() => ({
  file: location.pathname.split('/').pop(),
  search: location.search,
  shown: document.querySelector('article[data-step]')?.dataset.step ?? null,
}));

/** Waits until the address names `slug`'s page and the page shows that step. */
async function settledAt(page, slug) {
  await page.waitForFunction(
    (slug) => location.pathname.endsWith(`/step-${slug}.html`)
      && document.querySelector('article[data-step]')?.dataset.step === slug,
    slug,
    { timeout: 10_000 },
  );
  return where(page);
}

/** The `og:title` a link previewer reads at `url` (no JavaScript runs). */
async function previewTitle(url) {
  const html = await (await fetch(url)).text();
  return html.match(/<meta property="og:title" content="([^"]*)"/)?.[1]
    ?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const titled = (s) => `${s.title} · ${SITE_TITLE}`;

test('stepping on from a step page moves the address to each new step\'s page, which previews that step', async () => {
  assert.ok(swing >= 0 && swing + 2 < steps.length, 'the swing-states step has two steps after it');
  const { page, problems, context } = await app.openPage(`step-${steps[swing].slug}.html`);
  await appReady(page);
  const start = await page.evaluate(() => history.length);
  for (const k of [1, 2]) {
    await page.click('nav.step-nav button:has-text("Next")');
    const s = steps[swing + k];
    assert.deepEqual(await settledAt(page, s.slug), { file: `step-${s.slug}.html`, search: '', shown: s.slug }, `after Next #${k}`);
    assert.equal(await previewTitle(page.url()), titled(s), `the preview of the address after Next #${k}`);
  }
  assert.equal(await page.evaluate(() => history.length), start + 2, 'each step is its own history entry');
  // Back reads the step from the path.
  await page.goBack();
  assert.equal((await settledAt(page, steps[swing + 1].slug)).shown, steps[swing + 1].slug, 'after Back');
  await page.goBack();
  assert.equal((await settledAt(page, steps[swing].slug)).shown, steps[swing].slug, 'after a second Back');
  await page.goForward();
  assert.equal((await settledAt(page, steps[swing + 1].slug)).shown, steps[swing + 1].slug, 'after Forward');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Back pressed the moment Next\'s address is written stays back: no later write pushes the step left', async () => {
  // A step change writes the address after its paint, and again when the
  // stage follows a frame later; WebKit once ran Back between the two.
  const [first, second] = steps;
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  await page.evaluate(() => {
    const push = history.pushState;
    history.pushState = function (...args) {
      push.apply(this, args);
      history.pushState = push;
      history.back();
    };
  });
  await page.click('nav.step-nav button:has-text("Next")');
  await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug
    && location.pathname.split('/').pop() === '', first.slug, { timeout: 10_000 }).catch(() => {});
  // Several frames for any write still pending.
  await page.evaluate(() => new Promise((done) => {
    let frames = 10;
    const tick = () => (--frames ? requestAnimationFrame(tick) : setTimeout(done, 50));
    requestAnimationFrame(tick);
  }));
  assert.notEqual(first.slug, second.slug);
  assert.deepEqual(await where(page), { file: '', search: '', shown: first.slug });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a ?step= link opens its step and its address becomes the step\'s page, keeping the other parameters', async () => {
  const s = steps[swing];
  const { page, problems, context } = await app.openPage(`?step=${s.slug}&view=grid&country=BRA`);
  await appReady(page);
  const start = await page.evaluate(() => history.length);
  assert.deepEqual(await settledAt(page, s.slug), { file: `step-${s.slug}.html`, search: '?country=BRA&view=grid', shown: s.slug });
  assert.equal(await page.evaluate(() => history.length), start, 'the rewrite replaced the entry');
  assert.equal(await previewTitle(page.url()), titled(s), 'the address previews the step on show');
  // A reload keeps everything.
  await page.reload();
  await appReady(page);
  assert.deepEqual(await settledAt(page, s.slug), { file: `step-${s.slug}.html`, search: '?country=BRA&view=grid', shown: s.slug }, 'after reload');
  await page.waitForSelector('section.country-card[data-card-for="BRA"]', { timeout: 10_000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the index keeps its address at the first step; coming back to the first step names its page', async () => {
  const [first, second] = steps;
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  assert.deepEqual(await where(page), { file: '', search: '', shown: first.slug }, 'opening the explainer does not rename it');
  await page.click('nav.step-nav button:has-text("Next")');
  await settledAt(page, second.slug);
  await page.click('nav.step-nav button:has-text("Previous")');
  assert.deepEqual(await settledAt(page, first.slug), { file: `step-${first.slug}.html`, search: '', shown: first.slug });
  assert.equal(await previewTitle(page.url()), titled(first));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a locked first step keeps its lock after a reload: its address names its page', async () => {
  const first = steps[0];
  const { page, problems, context } = await app.openPage(`?step=${first.slug}&embed=1&lock=1`);
  await appReady(page);
  assert.deepEqual(await settledAt(page, first.slug), { file: `step-${first.slug}.html`, search: '?embed=1&lock=1', shown: first.slug });
  await page.reload();
  await appReady(page);
  assert.equal(await page.$eval('nav.step-nav', (n) => n.hidden || getComputedStyle(n).display === 'none'), true, 'still locked: no step navigation');
  assert.deepEqual(problems, []);
  await context.close();
});

test('moving through the story and the explorer fetches only the story\'s words, once; never the page icon', async () => {
  // The app writes the reader's place into the address at every step and
  // vote, and Chromium then loads the page's icon again; an icon file cost
  // a fetch and, as SVG, about 2.5 ms of the page's main thread each time.
  // The icon is a PNG inside the page instead. The steps' words are not in
  // the wasm: they come from story.html, fetched once and kept.
  const [first, second] = steps;
  const { page, problems, context } = await app.openPage(`?step=${first.slug}`);
  await appReady(page);
  assert.match(await page.getAttribute('link[rel=icon]', 'href'), /^data:image\/png;base64,/);
  await page.waitForLoadState('networkidle');
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.click('nav.step-nav button:has-text("Next")');
  await settledAt(page, second.slug);
  const other = await page.$eval('select[name=vote]', (s) => [...s.options].map((o) => o.value).find((v) => v !== s.value));
  await page.selectOption('select[name=vote]', other);
  await page.waitForFunction((v) => new URLSearchParams(location.search).get('vote') === v, other);
  await page.click('nav.step-nav button:has-text("Previous")');
  await settledAt(page, first.slug);
  await page.click('nav.step-nav button:has-text("Next")');
  await settledAt(page, second.slug);
  await page.waitForTimeout(500);
  assert.deepEqual(fetched, ['/story.html']);
  assert.deepEqual(problems, []);
  await context.close();
});
