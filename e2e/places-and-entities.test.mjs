// What is not a member state, in each language (issue #27): the map's
// tooltip over a territory, an observer or a disputed area gives its name
// and what it is, and the search's line for an entity (Palestine, the Holy
// See, the EU, Kosovo, Taiwan) reads in the build's language: the words of
// content/<lang>/labels.toml [places] and [entities], never the English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady } from './harness.mjs';
import { csvRows, labelTable } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

/** src/generated/other-places.csv: each place's English name and note, in the map's order. */
const PLACES = csvRows(readFileSync('src/generated/other-places.csv', 'utf8')).slice(1);
/** data/non-members.toml: each entity's English name (its first) and sentence. */
const ENTITIES = readFileSync('data/non-members.toml', 'utf8').split(/^\[\[entity\]\]$/m).slice(1)
  .map((block) => [block.match(/^names = \["([^"]+)"/m)[1], block.match(/^sentence = "([^"]*)"$/m)[1]]);
const ISOLATES = /[\u2066-\u2069]/g;

/** The tooltip's text over the `i`th other place. */
async function tooltipOver(page, i) {
  await page.dispatchEvent(`.world-map g.other-place[data-other="${i}"]`, 'pointerover');
  return page.$eval('.world-map .state-tooltip', (tip) => [tip.querySelector('strong').textContent, tip.querySelector('.tooltip-note').textContent]);
}

/** The name the search offers for what a reader types (`name`), and the
 * line it shows once chosen. */
async function searchLine(page, name) {
  await page.focus('#country-search-input');
  await page.fill('#country-search-input', name);
  const option = await page.waitForSelector('#country-search-list li[data-other]', { timeout: 10_000 });
  const offered = await option.evaluate((li) => li.firstChild.textContent);
  await option.click();
  return [offered, await page.textContent('.search-note')];
}

for (const code of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
  const folder = code === 'en' ? '' : `${code}/`;
  const words = code === 'en' ? new Map() : labelTable(code, 'places');
  const sentences = code === 'en' ? new Map() : labelTable(code, 'entities');
  const shown = (table, en) => table.get(en) ?? (code === 'en' ? en : undefined);
  const names = code === 'en' ? new Map() : sentences;

  test(`${folder || 'en/'}: every place on the map that is not a member state is named, and said what it is, in the language`, async () => {
    const { page, context, problems } = await app.openPage(folder);
    try {
      await appReady(page);
      assert.equal(await page.$$eval('.world-map g.other-place', (gs) => gs.length), PLACES.length);
      for (const [i, [name, note]] of PLACES.entries()) {
        const [tipName, tipNote] = (await tooltipOver(page, i)).map((t) => t.replace(ISOLATES, ''));
        assert.equal(tipName, shown(words, name), `${code}: ${name}`);
        assert.equal(tipNote, shown(words, note), `${code}: ${name}, ${note}`);
        if (code !== 'en') assert.notEqual(tipNote, note, `${code}: "${note}" is translated`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`${folder || 'en/'}: the search's line for an entity that is not a member state reads in the language`, async () => {
    const { page, context, problems } = await app.openPage(folder);
    try {
      await appReady(page);
      // Each entity found by its name in the language, offered by that
      // name (UN M49's where it has one), with its line in the language.
      assert.ok(ENTITIES.length >= 5);
      for (const [english, sentence] of ENTITIES) {
        const name = shown(names, english);
        const [offered, line] = await searchLine(page, name);
        assert.equal(offered, name, `${code}: ${english} is offered by its name in the language`);
        assert.equal(line.replace(ISOLATES, ''), shown(sentences, sentence), `${code}: ${name}`);
        if (code !== 'en') assert.notEqual(line, sentence, `${code}: ${name}'s line is translated`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
