// A sample of the member states' own pages, read as a reader without
// JavaScript would, and their way into the story with the state picked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady } from './harness.mjs';
import { csvRows, members, votes, VOTE_IDS, signatureSlots } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const SAMPLE = ['KEN', 'BRA', 'CIV', 'RUS', 'USA', 'NRU', 'FIN'];

test('a sample of country pages gives each state its record as the data files do, without JavaScript', async () => {
  const slots = new Map(signatureSlots().map((r) => [r.iso3, r.vote]));
  for (const iso3 of SAMPLE) {
    const { page, context, problems } = await app.openPage(`country-${iso3.toLowerCase()}.html`, { javaScriptEnabled: false });
    const name = members.find((m) => m.iso3 === iso3).un_name.replace(/^"|"$/g, '');
    assert.equal(await page.textContent('h1'), name);
    assert.ok((await page.title()).startsWith(name), `${iso3}: its name in the title`);
    const rows = new Map(await page.$$eval('table.card-votes tr[data-vote-id]', (trs) => trs.map((t) => [t.dataset.voteId, t.dataset.vote])));
    for (const id of VOTE_IDS) assert.equal(rows.get(id), votes(id).find((r) => r.iso3 === iso3).vote, `${iso3} on ${id}`);
    assert.equal(rows.get('signatures'), slots.get(iso3), `${iso3}: its signature`);
    assert.ok(await page.isVisible(`a[href="./?country=${iso3}"]`), `${iso3}: a way into the story`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a country page leads into the story with its state picked, and the card leads back', async () => {
  const { page, context, problems } = await app.openPage('country-ken.html');
  await page.click('a[href="./?country=KEN"]');
  await appReady(page);
  await page.waitForSelector('.country-card[data-card-for="KEN"]', { state: 'visible' });
  assert.equal(new URL(page.url()).searchParams.get('country'), 'KEN');
  await page.click('.country-card a[href="country-ken.html"]');
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Kenya');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Each vote's symbol, read from data/votes.toml (the CSV heads a vote's
 * column "symbol (date)"). */
function symbol(id) {
  const block = readFileSync('data/votes.toml', 'utf8').split('[[vote]]').find((b) => b.includes(`id = "${id}"`));
  return block.match(/^symbol = "([^"]*)"/m)[1];
}

const CSV_WORDS = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote' };

/** The file a link downloads, as text. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await file.path(), 'utf8');
}

test('a country page links its own CSV and JSON, which download with the state\'s rows, without JavaScript', async () => {
  const said = csvRows(readFileSync('data/statements/statements.csv', 'utf8')).slice(1);
  for (const iso3 of ['KEN', 'USA', 'CIV']) {
    const lower = iso3.toLowerCase();
    const { page, context, problems } = await app.openPage(`country-${lower}.html`, { javaScriptEnabled: false });
    for (const ext of ['csv', 'json']) assert.ok(await page.isVisible(`a[href="country-${lower}.${ext}"][download]`), `${iso3}: its ${ext} link`);
    const csv = await download(page, `a[href="country-${lower}.csv"]`);
    assert.ok(csv.startsWith('\uFEFF'), `${iso3}: a byte-order mark, as the full CSV`);
    const [header, ...rows] = csvRows(csv.replace(/^\uFEFF/, ''));
    assert.equal(rows.length, 1, `${iso3}: one row`);
    assert.equal(rows[0][0], iso3);
    assert.equal(rows[0].length, header.length);
    for (const id of VOTE_IDS) {
      const column = header.findIndex((h) => h.startsWith(`${symbol(id)} (`));
      assert.ok(column > 0, `${iso3}: a column for ${id}`);
      assert.equal(rows[0][column], CSV_WORDS[votes(id).find((r) => r.iso3 === iso3).vote], `${iso3} on ${id} in its CSV`);
    }
    const json = JSON.parse(await download(page, `a[href="country-${lower}.json"]`));
    assert.equal(json.members.length, 1);
    const [entry] = json.members;
    assert.equal(entry.iso3, iso3);
    assert.deepEqual(json.votes.map((v) => v.id).sort(), [...VOTE_IDS].sort());
    for (const id of VOTE_IDS) assert.equal(entry.votes[id], votes(id).find((r) => r.iso3 === iso3).vote, `${iso3} on ${id} in its JSON`);
    assert.equal(entry.statements.length, said.filter((r) => r[1] === iso3).length, `${iso3}: its recorded statements`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
