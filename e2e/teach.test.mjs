// The teacher's page, teach.html, as a teacher without JavaScript reads it
// and as it prints: questions and answers for every step of its class path
// (read from content/teach.toml, not from the page), step links that the
// server answers, the embed code naming the path, and a worksheet that
// starts a new printed page with a blank map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, axeViolations } from './harness.mjs';

const TEACH = readFileSync('content/teach.toml', 'utf8');
/** The class path: the slugs of the top-level `path = [ … ]` array. */
const PATH = [...TEACH.match(/^path\s*=\s*\[([^\]]*)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('the class path in content/teach.toml has six to eight steps', () => {
  assert.ok(PATH.length >= 6 && PATH.length <= 8, PATH.join(' '));
});

test('teach.html reads without JavaScript, with questions and answers for every step on its path, and its step links resolve', async () => {
  const { page, context, problems } = await app.openPage('teach.html', { javaScriptEnabled: false });
  try {
    assert.match(await page.title(), /teachers/i);
    assert.ok(await page.isVisible('h1'));
    assert.equal(await page.$$eval('script', (s) => s.length), 0, 'the page carries no script');
    const shown = await page.$$eval('li.teach-step', (items) => items.map((li) => li.dataset.step));
    assert.deepEqual(shown, PATH, 'every path step, in the path\'s order');
    for (const slug of PATH) {
      const step = `li.teach-step[data-step="${slug}"]`;
      const pairs = await page.$$eval(`${step} li.teach-question`, (items) => items.map((li) => ({
        ask: li.querySelector('.teach-ask')?.textContent.trim() ?? '',
        answer: li.querySelector('.teach-answer')?.textContent.trim() ?? '',
        visible: li.querySelector('.teach-answer')?.getBoundingClientRect().height > 0,
      })));
      assert.ok(pairs.length >= 2 && pairs.length <= 3, `${slug}: ${pairs.length} questions`);
      for (const { ask, answer, visible } of pairs) {
        assert.ok(ask.length > 10, `${slug}: a question is asked ("${ask}")`);
        assert.ok(answer.length > 30 && visible, `${slug}: "${ask}" has an answer shown (${answer})`);
        assert.doesNotMatch(answer, /[{}]/, `${slug}: no placeholder left`);
      }
      const href = await page.getAttribute(`${step} a[href^="step-"]`, 'href');
      assert.equal(href, `step-${slug}.html`);
      const response = await page.request.get(new URL(href, page.url()).href);
      assert.equal(response.status(), 200, `${href} is served`);
    }
    // Each step link in the page, and the plain link to the path, are served.
    const plain = await page.getAttribute(`a[href="index.html?steps=${PATH.join(',')}"]`, 'href');
    assert.equal((await page.request.get(new URL(plain, page.url()).href)).status(), 200);
    assert.equal((await page.request.get(new URL('glossary.html', page.url()).href)).status(), 200);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the embed code frames exactly the class path, embedded, 500 px high', async () => {
  const { page, context, problems } = await app.openPage('teach.html', { javaScriptEnabled: false });
  try {
    const code = await page.textContent('pre.teach-code');
    const src = code.match(/<iframe src="([^"]+)"/)?.[1];
    assert.ok(src, code);
    const query = new URLSearchParams(src.replaceAll('&amp;', '&').split('?')[1]);
    assert.equal(query.get('steps'), PATH.join(','));
    assert.equal(query.get('embed'), '1');
    assert.match(src, /index\.html\?/);
    assert.match(code, /height="500"/);
    assert.doesNotMatch(await page.textContent('main'), /guess=|present=/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('printed, the worksheet starts a new page with a blank map of every member state, in black on white', async () => {
  const { page, context, problems } = await app.openPage('teach.html', { javaScriptEnabled: false });
  try {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.$eval('.teach-worksheet', (s) => getComputedStyle(s).breakBefore), 'page');
    const shapes = await page.$$eval('svg.teach-map [data-iso3]', (els) => [...new Set(els.map((e) => e.dataset.iso3))].length);
    assert.equal(shapes, 193);
    const fills = await page.$$eval('svg.teach-map [data-iso3]', (els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
    assert.deepEqual(fills, ['rgb(255, 255, 255)'], 'every state blank');
    assert.equal(await page.$$eval('ol.teach-exit > li', (l) => l.length), 3);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('teach.html passes axe', async () => {
  const { page, context, problems } = await app.openPage('teach.html');
  try {
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- other languages

/** The top-level strings of a teach.toml: `title = "…"` and every `ask = "…"`. */
function teachWords(file) {
  const text = readFileSync(file, 'utf8');
  return {
    title: JSON.parse(text.match(/^title = ("(?:[^"\\]|\\.)*")$/m)[1]),
    asks: [...text.matchAll(/^ask = ("(?:[^"\\]|\\.)*")$/gm)].map((m) => JSON.parse(m[1])),
  };
}
const ENGLISH = teachWords('content/teach.toml');
const ISOLATES = /[\u2066-\u2069]/g;

for (const [code, tag, dir] of [['fr', 'fr', 'ltr'], ['es', 'es', 'ltr'], ['ru', 'ru', 'ltr'], ['zh', 'zh-Hans', 'ltr'], ['ar', 'ar', 'rtl']]) {
  test(`${code}/teach.html: the teacher's page in the language, on the same class path, said to be translated, axe-clean`, async () => {
    const words = teachWords(`content/${code}/teach.toml`);
    const { page, context, problems } = await app.openPage(`${code}/teach.html`, { javaScriptEnabled: false });
    try {
      assert.equal(await page.getAttribute('html', 'lang'), tag);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      assert.equal((await page.textContent('h1')).replace(ISOLATES, ''), words.title);
      assert.notEqual(words.title, ENGLISH.title);
      assert.deepEqual(await page.$$eval('li.teach-step', (items) => items.map((li) => li.dataset.step)), PATH);
      const asks = await page.$$eval('li.teach-question .teach-ask', (els) => els.map((e) => e.textContent.trim()));
      assert.deepEqual(asks.map((a) => a.replace(ISOLATES, '')), words.asks.map((a) => a.trim()));
      assert.equal(asks.filter((a) => ENGLISH.asks.includes(a)).length, 0, 'no English question');
      const text = await page.textContent('main');
      assert.doesNotMatch(text, /[{}]/, 'no placeholder left');
      // Every step link is the language's own page, served.
      for (const href of await page.$$eval('li.teach-step a[href^="step-"]', (as) => as.map((a) => a.getAttribute('href')))) {
        assert.equal((await page.request.get(new URL(href, page.url()).href)).status(), 200, href);
      }
      // The language switcher, with the English named as the text of record.
      assert.equal(await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.length), 7);
      assert.ok(await page.$('.language-switch'), 'the switcher');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    const withAxe = await app.openPage(`${code}/teach.html`);
    try {
      assert.deepEqual(await axeViolations(withAxe.page), []);
    } finally {
      await withAxe.context.close();
    }
  });
}
