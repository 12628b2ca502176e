// Hostile input: 500 generated query strings, and a monkey pressing keys and
// clicking at random. Every page must show exactly one step, log no error,
// never show the crash message, and never gain a script from the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { steps } from './steps.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

/** A small seeded generator, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['step', 'vote', 'country', 'view', 'compare', 'embed', 'lock', 'x', 'STEP', '', '%73tep'];
const VALUES = [
  () => steps[0].slug, () => '3', () => '0', () => '-1', () => '99999999999999999999', () => '',
  () => '<script>alert(1)</script>', () => '%3Cscript%3Ealert(1)%3C%2Fscript%3E', () => '"><img src=x onerror=alert(1)>',
  () => 'ga-73-27,ga-73-266', () => '3c-2019,3c-2019', () => ',,,', () => 'BRA', () => 'nru', () => 'map', () => 'GRID',
  () => '%', () => '%%', () => '%zz', () => '%C3%28', () => '%E0%A4%A', () => '%00', () => '+', () => '&&&',
  () => 'x'.repeat(10_000), () => '%F0%9F%98%80', () => 'Türkiye', () => '\u202e', () => '1e9', () => 'null',
];

function query(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const parts = [];
  const n = 1 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i += 1) {
    if (rand() < 0.15) {
      // Random bytes, percent-encoded.
      const bytes = Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * 256));
      parts.push(`${pick(KEYS)}=${bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`);
    } else {
      parts.push(`${pick(KEYS)}=${pick(VALUES)()}`);
    }
  }
  return `?${parts.join(rand() < 0.1 ? '&&' : '&')}`;
}

/** What a page that never showed its step looked like: enough to tell a
 * slow start (the wasm still loading) from a panic or a wrong page. */
async function describe(page, problems) {
  const state = await page.evaluate(() => ({
    url: location.href.slice(0, 200),
    readyState: document.readyState,
    crash: document.getElementById('crash-message')?.textContent?.slice(0, 200) ?? null,
    articles: [...document.querySelectorAll('article')].map((a) => `${a.className}[${a.dataset.step ?? ''}] ${a.getBoundingClientRect().height}px`),
    wasm: performance.getEntriesByType('resource').filter((r) => /\.(wasm|js)$/.test(r.name))
      .map((r) => `${r.name.split('/').pop()} ${Math.round(r.duration)} ms, ${r.transferSize} B`),
    since: Math.round(performance.now()),
  })).catch((e) => ({ unreadable: e.message }));
  return JSON.stringify({ ...state, problems });
}

async function healthy(page, label, problems = []) {
  try {
    await page.waitForSelector('article[data-step]', { timeout: 20_000 });
  } catch (e) {
    throw new Error(`${label}: no step shown after 20 s: ${await describe(page, problems)}`, { cause: e });
  }
  const state = await page.evaluate(() => ({
    steps: document.querySelectorAll('article[data-step]').length,
    crash: !!document.getElementById('crash-message'),
    scripts: document.querySelectorAll('script:not([type=module]):not(#embed-mode)').length,
  }));
  assert.deepEqual(state, { steps: 1, crash: false, scripts: 0 }, label);
}

test('500 generated query strings each open a working page', async () => {
  const rand = random(20191118);
  const { page, problems, context } = await app.openPage(null);
  for (let i = 0; i < 500; i += 1) {
    const q = query(rand);
    await page.goto(`${app.baseUrl}${q}`);
    await healthy(page, `query ${i}: ${q.slice(0, 120)}`, problems);
    assert.deepEqual(problems, [], `query ${i}: ${q.slice(0, 120)}`);
  }
  await context.close();
});

test('a monkey: 1000 random clicks and key presses, no error', async () => {
  const rand = random(27121999);
  const { page, problems, context } = await app.openPage('');
  await page.waitForSelector('.stage-figure [data-iso3]');
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape', 'Tab', ' '];
  // Things inside the app to click: never links that leave it or downloads.
  const targets = 'button:not([disabled]), summary, a[href^="?"], a[href^="step-"], .world-map g.state, .tile, select';
  for (let i = 0; i < 1000; i += 1) {
    if (rand() < 0.5) {
      await page.keyboard.press(keys[Math.floor(rand() * keys.length)]);
    } else {
      // Pick and act inside the page: one round trip per action.
      await page.evaluate(({ targets, r1, r2 }) => {
        const visible = [...document.querySelectorAll(targets)].filter((e) => e.getClientRects().length > 0);
        const el = visible[Math.floor(r1 * visible.length)];
        if (!el) return;
        if (el.tagName === 'SELECT') {
          el.selectedIndex = Math.floor(r2 * el.options.length);
          el.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        }
      }, { targets, r1: rand(), r2: rand() });
    }
    if (i % 100 === 99) await healthy(page, `after ${i + 1} actions`, problems);
  }
  await healthy(page, 'at the end', problems);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A page whose index.html arrives as `damage` rewrites it (a static copy
 * that lost a part). */
async function openDamaged(damage) {
  const opened = await app.openPage(null);
  await opened.page.route((url) => url.pathname === '/' || url.pathname === '/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: damage(await response.text()) });
  });
  return opened;
}

test("a page whose static copy lost its contents, timeline and standfirst still works, with plain stand-ins for their words", async () => {
  const { page, problems, context } = await openDamaged((html) => html
    .replace(/<nav class="contents"[\s\S]*?<\/nav>/, '')
    .replace(/<section class="timeline"[\s\S]*?<\/section>/, '')
    .replace(/<p class="standfirst">[^<]*<\/p>/, ''));
  await page.goto(`${app.baseUrl}?step=critics`);
  await healthy(page, 'without the contents', problems);
  // Each step is named by its address name, each event by its date and its step's.
  await page.waitForFunction(() => document.querySelector('#step-title')?.textContent === 'critics');
  assert.match(await page.title(), /^critics · /);
  const links = await page.$$eval('.app nav.contents ol a', (as) => as.map((a) => a.textContent));
  assert.equal(links.length, 18);
  assert.ok(links.includes('committee-vote'), links.join(', '));
  const events = await page.$$eval('.app .timeline-event', (items) => items.map((li) => li.textContent));
  assert.ok(events.length >= 20);
  assert.ok(events.every((text) => /^\d{4}(-\d\d){0,2}/.test(text)), events.join(' | '));
  assert.equal(await page.textContent('.app .standfirst'), '');
  // Next still moves on, and names the next step the same way.
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#step-title')?.textContent === 'supporters');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page whose static copy lost its table of member states still works, naming each state by its code', async () => {
  const { page, problems, context } = await openDamaged((html) => html.replace(/<tr data-iso3="[A-Z]{3}"[^>]*><th>[^<]*/g, '<tr><th>'));
  await page.goto(`${app.baseUrl}?country=BRA`);
  await healthy(page, 'without the table', problems);
  await page.waitForSelector('[data-card-for="BRA"]');
  assert.match(await page.textContent('#country-name'), /^BRA$/);
  assert.match(await page.getAttribute('#map-BRA', 'aria-label'), /^BRA\b/);
  assert.deepEqual(problems, []);
  await context.close();
});
