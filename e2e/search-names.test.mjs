// Search by the names people use (issue #26): each member's names in the six
// UN languages (data/names/un-names-6.csv), former and common names, and the
// entities that are not member states, with their line. The names come from
// search-names.txt, which the search box fetches when first used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appReady, launch } from './harness.mjs';
import { csvRows } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const [header, ...rows] = csvRows(readFileSync('data/names/un-names-6.csv', 'utf8'));
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const names = Object.fromEntries(rows.map((r) => [r[header.indexOf('iso3')], Object.fromEntries(LANGUAGES.map((l) => [l, r[header.indexOf(l)]]))]));
const SAMPLE = ['DEU', 'RUS', 'CHN', 'BRA', 'EGY', 'CIV', 'KEN', 'MEX'];

/** Resolves once the names file is in (the box says so). */
async function namesIn(page) {
  await page.waitForSelector('#country-search-input[data-more-names]', { state: 'attached', timeout: 10_000 });
}

async function firstMatch(page, text) {
  await page.fill('#country-search-input', '');
  await page.fill('#country-search-input', text);
  await page.waitForSelector('#country-search-list:not([hidden]) li[role=option]');
  return page.$eval('#country-search-list li[role=option]', (li) => li.dataset.iso3 ?? `other:${li.textContent}`);
}

test('search finds member states by their names in each of the six UN languages', async () => {
  const { page, context, problems } = await app.openPage('');
  try {
    await appReady(page);
    await page.focus('#country-search-input');
    // The names arrive once the box is first used.
    await namesIn(page);
    for (const iso3 of SAMPLE) {
      for (const lang of LANGUAGES) {
        const name = names[iso3][lang];
        assert.ok(name, `${iso3} has a ${lang} name`);
        assert.equal(await firstMatch(page, name), iso3, `"${name}" (${lang}) finds ${iso3}`);
      }
    }
    // Lower case finds Cyrillic capitals; accents and former names work.
    assert.equal(await firstMatch(page, 'россия'), 'RUS');
    assert.equal(await firstMatch(page, 'Deutschland'), 'DEU');
    assert.equal(await firstMatch(page, 'Brasil'), 'BRA');
    assert.equal(await firstMatch(page, 'Swaziland'), 'SWZ');
    assert.equal(await firstMatch(page, 'Czech Republic'), 'CZE');
    assert.equal(await firstMatch(page, "cote d'ivoire"), 'CIV');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an entity that is not a member state is offered with a line saying what it is and did', async () => {
  const { page, context, problems } = await app.openPage('');
  try {
    await appReady(page);
    await page.focus('#country-search-input');
    await namesIn(page);
    await page.fill('#country-search-input', 'Palestine');
    const option = await page.waitForSelector('#country-search-list li[data-other]');
    assert.match(await option.textContent(), /not a member state/);
    await option.click();
    const note = await page.textContent('.search-note');
    assert.match(note, /^Not a UN member state/);
    assert.match(note, /signed/);
    assert.equal(await page.$('[data-card-for]'), null, 'no member card opens');
    await page.fill('#country-search-input', 'Holy See');
    await page.waitForSelector('#country-search-list li[data-other]');
    await page.keyboard.press('Enter');
    assert.match(await page.textContent('.search-note'), /^Not a UN member state/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
