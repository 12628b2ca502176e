// A vote and its table: the 18 November 2019 Third Committee vote shown
// first, its totals, the picker of recorded votes, and the table of all 193
// member states (rows, sorting, filtering, keys); bad query parameters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady, axeViolations } from './harness.mjs';
import { members, votes, tally, VOTE_IDS } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

async function tableRows(page) {
  return page.$$eval('tbody tr[data-iso3]', (trs) =>
    trs.map((tr) => ({ iso3: tr.dataset.iso3, vote: tr.dataset.vote, name: tr.querySelector('th').textContent.trim() })),
  );
}

async function legendCounts(page) {
  return page.$$eval('.tally-legend li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.dataset.choice, Number(li.querySelector('.legend-count').textContent)])),
  );
}

test('the headline vote shows its title, date, symbol and the totals from the data', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  assert.match(await page.textContent('#vote-title'), /Countering the use of information and communications technologies for criminal purposes/);
  assert.equal(await page.getAttribute('.vote-meta time', 'datetime'), '2019-11-18');
  assert.equal((await page.textContent('.vote-meta .symbol')).trim(), 'A/C.3/74/L.11/Rev.1');
  // What it decided comes from the story page (the wasm leaves it out),
  // fetched when the reader's pointer comes near.
  await page.hover('.vote-summary');
  await page.waitForFunction(() => /ad hoc intergovernmental committee/.test(document.querySelector('.vote-decided')?.textContent));
  await page.waitForFunction(() => document.querySelector('.vote-note .note-words')?.textContent.length > 20);
  const t = tally('3c-2019');
  assert.deepEqual(await legendCounts(page), t);
  assert.deepEqual([t.yes, t.no, t.abstain, t.absent], [88, 58, 34, 13]);
  assert.match(await page.textContent('#vote-result'), new RegExp(`^${t.yes}-${t.no}-${t.abstain}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('every table row agrees with the data file, one row per member state', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const shown = await tableRows(page);
  assert.equal(shown.length, 193);
  const expected = new Map(votes('3c-2019').map((r) => [r.iso3, r]));
  for (const row of shown) {
    assert.equal(row.vote, expected.get(row.iso3).vote, row.iso3);
    assert.equal(row.name, expected.get(row.iso3).country, row.iso3);
  }
  assert.equal(new Set(shown.map((r) => r.iso3)).size, members.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each recorded vote can be picked, and Back returns to the previous one', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  for (const id of VOTE_IDS.slice(1)) {
    await page.selectOption('select[name=vote]', id);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('vote') === id, id);
    assert.deepEqual(await legendCounts(page), tally(id), id);
    const expected = new Map(votes(id).map((r) => [r.iso3, r.vote]));
    for (const row of await tableRows(page)) assert.equal(row.vote, expected.get(row.iso3), `${id} ${row.iso3}`);
  }
  await page.goBack();
  const previous = VOTE_IDS.at(-2);
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('vote') === id, previous);
  assert.deepEqual(await legendCounts(page), tally(previous));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to a vote opens that vote, and a reload keeps it', async () => {
  const { page, problems, context } = await app.openPage('?vote=ga-74-247&view=table');
  await appReady(page);
  assert.deepEqual(await legendCounts(page), tally('ga-74-247'));
  await page.reload();
  await appReady(page);
  assert.equal(await page.$eval('select[name=vote]', (s) => s.value), 'ga-74-247');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table sorts by every column, with aria-sort, by mouse and by keyboard', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const sortButton = (name) => page.getByRole('button', { name, exact: false });
  await sortButton('Vote').click();
  let rows = await tableRows(page);
  assert.equal(rows[0].vote, 'yes');
  assert.equal(rows.at(-1).vote, 'absent');
  assert.equal(await page.getAttribute('th.col-vote', 'aria-sort'), 'ascending');

  await sortButton('Vote').focus();
  await page.keyboard.press('Enter');
  rows = await tableRows(page);
  assert.equal(rows[0].vote, 'absent');
  assert.equal(await page.getAttribute('th.col-vote', 'aria-sort'), 'descending');

  await sortButton('Sponsorship').focus();
  await page.keyboard.press('Space');
  rows = await tableRows(page);
  assert.deepEqual(rows.slice(0, 8).map((r) => r.iso3), ['BLR', 'KHM', 'CHN', 'PRK', 'MMR', 'NIC', 'RUS', 'VEN']);

  await sortButton('Regional group').click();
  const groups = await page.$$eval('tbody tr td abbr', (as) => as.map((a) => a.textContent));
  assert.deepEqual(groups, [...groups].sort());

  await sortButton('Member state').click();
  await sortButton('Member state').click();
  rows = await tableRows(page);
  assert.equal(rows[0].name, 'Zimbabwe');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table filters by name and by vote', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  await page.fill('input[name=q]', 'côte');
  let rows = await tableRows(page);
  assert.deepEqual(rows.map((r) => r.iso3), ['CIV']);
  await page.fill('input[name=q]', '');
  await page.selectOption('select[name=vote-filter]', 'no');
  rows = await tableRows(page);
  assert.equal(rows.length, tally('3c-2019').no);
  assert.ok(rows.every((r) => r.vote === 'no'));
  assert.match(await page.textContent('.row-count'), new RegExp(`Showing ${rows.length} of 193`));
  await page.fill('input[name=q]', 'zzzz');
  assert.equal((await tableRows(page)).length, 0);
  assert.ok(await page.isVisible('.empty'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('everything is reachable by keyboard alone', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const reached = new Set();
  for (let i = 0; i < 150; i += 1) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const el = document.activeElement;
      return el.name || el.textContent.trim().slice(0, 20) || el.tagName;
    }));
  }
  for (const name of ['vote', 'q', 'vote-filter', 'Member state', 'Regional group', 'Vote', 'Sponsorship', 'Sources']) {
    assert.ok([...reached].some((r) => r.startsWith(name)), `${name} not reached: ${[...reached].join(', ')}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of [320, 1440]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations at ${width}px in ${colorScheme} mode, and nothing overflows`, async () => {
      const { page, problems, context } = await app.openPage('?view=table', { viewport: { width, height: 900 }, colorScheme });
      await appReady(page);
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('bad query parameters are ignored with a notice, never a broken page', async () => {
  for (const query of ['?vote=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?vote=nope&country=ZZZ', `?vote=${'x'.repeat(5000)}`, '?vote=%E0%A4%A', '?%%%=&&&']) {
    const { page, problems, context } = await app.openPage(`${query}&view=table`);
    await appReady(page);
    assert.equal((await page.$$('tbody tr[data-iso3]')).length, 193, query);
    assert.equal(await page.$eval('select[name=vote]', (s) => s.value), '3c-2019', query);
    assert.equal(await page.$('script:not([type=module]):not(#embed-mode)'), null, query);
    assert.deepEqual(problems, [], query);
    await context.close();
  }
  const { page, context } = await app.openPage('?vote=nope&view=table');
  await appReady(page);
  assert.match(await page.textContent('.notice'), /could not be used/);
  await page.click('.notice-close');
  assert.equal(await page.$('.notice'), null);
  await context.close();
});
