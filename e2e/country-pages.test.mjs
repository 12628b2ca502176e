// A sample of the member states' own pages, read as a reader without
// JavaScript would, and their way into the story with the state picked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady } from './harness.mjs';
import { members, votes, VOTE_IDS, signatureSlots } from './data.mjs';

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
