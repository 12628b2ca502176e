// What the treaties say and the words a pupil needs: the convention step's
// table of offences and disputed provisions (every cell an article or a
// plain "none" / "not known" / "covered", every row its sources), in the app
// and without JavaScript, and the glossary page every step links to, read
// without the app. Expected rows and terms are read from content/*.toml.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady, axeViolations } from './harness.mjs';
import { labelTable } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

/** Values of `key = "…"` lines in a TOML file, in order. */
const tomlStrings = (file, key) => [...readFileSync(file, 'utf8').matchAll(new RegExp(`^${key} = "([^"]*)"`, 'gm'))].map((m) => m[1]);
const TOPICS = tomlStrings('content/offences.toml', 'topic');
const TERM_IDS = tomlStrings('content/glossary.toml', 'id');
const ARTICLE_OR_WORD = /^(Arts?\. \d[\d\- ,()a-z]*|none|not known|covered)$/;

for (const javaScriptEnabled of [true, false]) {
  test(`the convention step shows the treaties side by side, each cell cited (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const path = javaScriptEnabled ? '?step=convention' : 'step-convention.html';
    const { page, problems, context } = await app.openPage(path, { javaScriptEnabled });
    try {
      if (javaScriptEnabled) await appReady(page);
      const scope = javaScriptEnabled ? '.app:not([hidden]) article[data-step="convention"]' : '#prerender';
      // The app fetches the table from the step's static page (its wasm
      // does not carry it).
      await page.waitForSelector(`${scope} .treaty-table tbody tr`, { timeout: 10_000 });
      const rows = await page.$$eval(`${scope} .treaty-table tbody tr:not(.treaty-section)`, (trs) => trs.map((tr) => ({
        topic: tr.querySelector('th').firstChild.textContent.trim(),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
        sources: [...tr.querySelectorAll('th .treaty-sources a[href^="http"]')].length,
      })));
      assert.deepEqual(rows.map((r) => r.topic), TOPICS);
      for (const r of rows) {
        assert.equal(r.cells.length, 3, r.topic);
        for (const cell of r.cells) assert.match(cell, ARTICLE_OR_WORD, `${r.topic}: ${cell}`);
        assert.ok(r.sources > 0, `${r.topic} names its sources`);
      }
      const heads = await page.$$eval(`${scope} .treaty-table thead th`, (ths) => ths.map((th) => th.textContent));
      assert.ok(heads.some((h) => h.includes('Budapest Convention') && h.includes('2001')), heads.join(' | '));
      assert.ok(heads.some((h) => h.includes('A/C.3/72/12') && h.includes('2017')), heads.join(' | '));
      assert.ok(heads.some((h) => h.includes('UN Convention against Cybercrime') && h.includes('2024')), heads.join(' | '));
      // How far the draft's column can be trusted is said beside the table.
      const notes = await page.textContent(`${scope} .treaty-notes`);
      assert.match(notes, /primary text not retrieved/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('every step links the glossary, which defines each term, reads without JavaScript and passes axe', async () => {
  const { page, problems, context } = await app.openPage('?step=committee-vote');
  try {
    await appReady(page);
    const href = await page.getAttribute('.app:not([hidden]) .step-glossary a', 'href');
    assert.equal(href, 'glossary.html');
  } finally {
    await context.close();
  }
  const glossary = await app.openPage('glossary.html', { javaScriptEnabled: false });
  try {
    const ids = await glossary.page.$$eval('dl.glossary dt[id]', (dts) => dts.map((dt) => dt.id));
    assert.deepEqual(ids, TERM_IDS);
    const empty = await glossary.page.$$eval('dl.glossary dd', (dds) => dds.filter((dd) => dd.textContent.trim().length < 20).length);
    assert.equal(empty, 0, 'every term has its definition');
    for (const id of ['consensus', 'council-of-europe', 'mutual-legal-assistance', 'ratify']) assert.ok(ids.includes(id), id);
    assert.equal(await glossary.page.$$eval('script', (s) => s.length), 0, 'the glossary carries no script');
    assert.deepEqual(glossary.problems, []);
  } finally {
    await glossary.context.close();
  }
  const withAxe = await app.openPage('glossary.html');
  try {
    assert.deepEqual(await axeViolations(withAxe.page), []);
    assert.deepEqual(problems, []);
  } finally {
    await withAxe.context.close();
  }
});

test('moving to the convention step with Next fills its table too, and the Back button leaves it', async () => {
  const { page, problems, context } = await app.openPage('?step=what-next');
  try {
    await appReady(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.app:not([hidden]) article[data-step="convention"] .treaty-table tbody tr', { timeout: 10_000 });
    const rows = await page.$$eval('.app:not([hidden]) .treaty-table tbody tr:not(.treaty-section)', (trs) => trs.length);
    assert.equal(rows, TOPICS.length);
    await page.goBack();
    await page.waitForSelector('.app:not([hidden]) article[data-step="what-next"]', { timeout: 10_000 });
    assert.equal(await page.$$eval('.app:not([hidden]) .treaty-table', (t) => t.length), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

const CELLS = [...readFileSync('content/offences.toml', 'utf8').matchAll(/^(?:budapest|russia-2017|un-2024) = "([^"]*)"/gm)].map((m) => m[1]);
const TERMS = tomlStrings('content/glossary.toml', 'term');
const LANGUAGES = [['fr', 'fr', 'ltr'], ['es', 'es', 'ltr'], ['ru', 'ru', 'ltr'], ['zh', 'zh-Hans', 'ltr'], ['ar', 'ar', 'rtl']];
// Arabic sets UN symbols apart with left-to-right isolates.
const bare = (text) => text.replace(/[\u2066\u2069]/g, '');

for (const [code, tag, dir] of LANGUAGES) {
  test(`${code}/: the treaties' table and the glossary in the language's words`, async () => {
    const treaty = labelTable(code, 'treaty');
    const terms = labelTable(code, 'glossary');
    const { page, problems, context } = await app.openPage(`${code}/?step=convention`);
    try {
      await appReady(page);
      const scope = '.app:not([hidden]) article[data-step="convention"]';
      await page.waitForSelector(`${scope} .treaty-table tbody tr`, { timeout: 10_000 });
      const rows = await page.$$eval(`${scope} .treaty-table tbody tr:not(.treaty-section)`, (trs) => trs.map((tr) => ({
        topic: tr.querySelector('th').firstChild.textContent.trim(),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
      })));
      assert.deepEqual(rows.map((r) => bare(r.topic)), TOPICS.map((t) => treaty.get(t)));
      const expected = CELLS.map((cell) => {
        const article = cell.match(/^(Arts?\.) (.*)$/);
        return article ? `${treaty.get(article[1])} ${article[2]}` : treaty.get(cell);
      });
      assert.deepEqual(rows.flatMap((r) => r.cells).map(bare), expected);
      const heads = await page.$$eval(`${scope} .treaty-table thead th`, (ths) => ths.map((th) => th.textContent));
      assert.ok(heads.some((h) => bare(h).includes(treaty.get('Budapest Convention'))), heads.join(' | '));
      // The key under the table explains the cells' words as the cells write them.
      const notes = await page.textContent(`${scope} .treaty-notes`);
      for (const word of ['none', 'not known', 'covered']) assert.ok(notes.includes(treaty.get(word)), `${code}: the key explains ${treaty.get(word)}`);
      assert.doesNotMatch(notes, /\b(none|not known|covered)\b/, `${code}: the key quotes no English cell word`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    const glossary = await app.openPage(`${code}/glossary.html`, { javaScriptEnabled: false });
    try {
      assert.equal(await glossary.page.getAttribute('html', 'lang'), tag);
      assert.equal(await glossary.page.getAttribute('html', 'dir'), dir);
      const shown = await glossary.page.$$eval('dl.glossary dt[id]', (dts) => dts.map((dt) => [dt.id, dt.textContent]));
      assert.deepEqual(shown.map(([id]) => id), TERM_IDS, 'the anchors stay the English ids');
      assert.deepEqual(shown.map(([, term]) => bare(term)), TERMS.map((t) => terms.get(t)));
      // The teacher's page it links to is the language's own.
      assert.equal(await glossary.page.getAttribute('a[href="teach.html"]', 'lang'), null);
      assert.deepEqual(glossary.problems, []);
    } finally {
      await glossary.context.close();
    }
    const withAxe = await app.openPage(`${code}/glossary.html`);
    try {
      assert.deepEqual(await axeViolations(withAxe.page), []);
    } finally {
      await withAxe.context.close();
    }
  });
}
