// What the treaties say and the words a pupil needs: the convention step's
// table of offences and disputed provisions (every cell an article or a
// plain "none" / "not known" / "covered", every row its sources), in the app
// and without JavaScript, and the glossary page every step links to, read
// without the app. Expected rows and terms are read from content/*.toml.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady, axeViolations } from './harness.mjs';

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
