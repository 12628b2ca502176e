// The three views of a vote (map, equal-size grid, table): every member state
// once with the right vote, small states reachable, keyboard walks, tooltips,
// selection into the URL and the country card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady, axeViolations } from './harness.mjs';
import { members, votes, VOTE_IDS } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const VIEWS = { map: '.world-map g.state', grid: '.tile-grid .tile', table: '.vote-table tbody tr' };
const GROUP_LABELS = {
  AFR: 'African States', APG: 'Asia-Pacific States', EEG: 'Eastern European States',
  GRULAC: 'Latin American and Caribbean States', WEOG: 'Western European and other States',
};
const LABELS = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote' };

async function shownVotes(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => [e.dataset.iso3, e.dataset.vote]));
}

for (const [view, selector] of Object.entries(VIEWS)) {
  test(`${view}: every member state appears once with its vote, for each recorded vote`, async () => {
    const { page, problems, context } = await app.openPage(`?view=${view}`);
    await appReady(page);
    for (const id of VOTE_IDS) {
      await page.selectOption('select[name=vote]', id);
      await page.waitForFunction((id) => new URLSearchParams(location.search).get('vote') === id || id === '3c-2019', id);
      const shown = await shownVotes(page, selector);
      assert.equal(shown.length, 193, `${view} ${id}`);
      assert.equal(new Set(shown.map(([iso3]) => iso3)).size, 193, `${view} ${id}: each state once`);
      const expected = new Map(votes(id).map((r) => [r.iso3, r.vote]));
      for (const [iso3, vote] of shown) assert.equal(vote, expected.get(iso3), `${view} ${id} ${iso3}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${view}: axe finds no violations, light and dark`, async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems, context } = await app.openPage(`?view=${view}`, { colorScheme });
      await appReady(page);
      assert.deepEqual(await axeViolations(page), [], `${view} ${colorScheme}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('the view switch changes the view and the URL, and the URL opens a view', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  assert.equal(await page.$$eval('.world-map g.state', (e) => e.length), 193);
  await page.click('button[data-view=grid]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'grid');
  assert.equal(await page.getAttribute('button[data-view=grid]', 'aria-pressed'), 'true');
  assert.equal(await page.$$eval('.tile-grid .tile', (e) => e.length), 193);
  await page.click('button[data-view=table]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'table');
  await page.goBack();
  await page.waitForSelector('.tile-grid .tile');
  assert.deepEqual(problems, []);
  await context.close();
});

test('small states have markers with hit areas of at least 24 by 24 px', async () => {
  const { page, problems, context } = await app.openPage('', { viewport: { width: 1280, height: 900 } });
  await appReady(page);
  const hits = await page.$$eval('.world-map g.state .hit', (els) =>
    els.map((e) => ({ iso3: e.closest('[data-iso3]').dataset.iso3, ...e.getBoundingClientRect().toJSON() })),
  );
  for (const iso3 of ['NRU', 'VCT', 'ATG', 'TUV', 'MCO', 'SMR', 'LIE']) {
    assert.ok(hits.some((h) => h.iso3 === iso3), `${iso3} has a marker`);
  }
  for (const h of hits) assert.ok(h.width >= 24 && h.height >= 24, `${h.iso3}: ${h.width}x${h.height}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('places that are not member states carry no vote', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  const others = await page.$$eval('.world-map .other-place', (els) => els.map((e) => e.dataset.vote ?? null));
  assert.ok(others.length > 10);
  assert.ok(others.every((v) => v === null));
  const legend = await page.textContent('.world-map .legend');
  assert.match(legend, /Not a member state/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [view, focus, prefix] of [['map', '.map-focus', 'map-'], ['grid', '.grid-focus', 'tile-']]) {
  test(`${view}: one tab stop, and the arrow keys reach every member state`, async () => {
    const { page, problems, context } = await app.openPage(`?view=${view}`);
    await appReady(page);
    const step = await page.getAttribute('[data-step]', 'data-step');
    await page.focus(focus);
    const reached = new Set();
    for (let i = 0; i < 193; i += 1) {
      await page.keyboard.press('ArrowRight');
      reached.add(await page.getAttribute(focus, 'aria-activedescendant'));
    }
    assert.equal(reached.size, 193);
    assert.deepEqual([...reached].map((id) => id.slice(prefix.length)).sort(), members.map((m) => m.iso3).sort());
    // The story's arrow keys stay out of the way while the map has focus.
    assert.equal(await page.getAttribute('[data-step]', 'data-step'), step);
    // Tab leaves the widget in one press.
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement.className), focus.slice(1));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('map: the tooltip follows hover and keyboard focus with name, vote, group and sponsorship', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  const expected = new Map(votes('3c-2019').map((r) => [r.iso3, r.vote]));
  const group = new Map(members.map((m) => [m.iso3, m.regional_group]));
  await page.dispatchEvent('#map-BRA path', 'pointerover');
  let text = await page.textContent('.world-map .state-tooltip');
  assert.match(text, /Brazil/);
  assert.match(text, new RegExp(LABELS[expected.get('BRA')]));
  assert.match(text, new RegExp(GROUP_LABELS[group.get('BRA')]));
  await page.dispatchEvent('#map-NRU .hit', 'pointerover');
  text = await page.textContent('.world-map .state-tooltip');
  assert.match(text, /Nauru/);
  assert.match(text, /Co-sponsor/);
  await page.dispatchEvent('.world-map svg', 'pointerleave');
  await page.waitForSelector('.world-map .state-tooltip', { state: 'detached' });
  await page.focus('.map-focus');
  await page.keyboard.press('ArrowRight');
  text = await page.textContent('.world-map .state-tooltip');
  assert.match(text, /Afghanistan/);
  assert.match(text, new RegExp(LABELS[expected.get('AFG')]));
  assert.deepEqual(problems, []);
  await context.close();
});

test('map: Enter selects a state into the URL and opens its card; Escape clears', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  await page.focus('.map-focus');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('country') === 'ALB');
  assert.equal(await page.getAttribute('#map-ALB', 'aria-selected'), 'true');
  const rows = await page.$$eval('.country-card tr[data-vote-id]', (trs) => trs.map((t) => [t.dataset.voteId, t.dataset.vote]));
  // Every vote, and the signature record (checked in signatures.test.mjs).
  assert.equal(rows.length, VOTE_IDS.length + 1);
  assert.ok(rows.some(([id]) => id === 'signatures'));
  for (const [id, vote] of rows.filter(([id]) => id !== 'signatures')) {
    assert.equal(vote, votes(id).find((r) => r.iso3 === 'ALB').vote, id);
  }
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('country'));
  assert.equal(await page.$('.country-card'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a small island state on the map selects it', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  await page.dispatchEvent('#map-VCT .hit', 'click');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('country') === 'VCT');
  assert.match(await page.textContent('.country-card h3'), /Saint Vincent and the Grenadines/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link with a country opens its card; a bad one gives a notice', async () => {
  const { page, problems, context } = await app.openPage('?country=nru&view=grid');
  await appReady(page);
  assert.match(await page.textContent('.country-card h3'), /Nauru/);
  assert.equal(await page.getAttribute('#tile-NRU', 'aria-selected'), 'true');
  // A tap on a tile selects it and shows its tooltip, as on the map.
  await page.click('#tile-TUV');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('country') === 'TUV');
  assert.match(await page.textContent('.tile-grid .state-tooltip'), /Tuvalu/);
  assert.equal(await page.getAttribute('#tile-TUV', 'aria-selected'), 'true');
  await context.close();
  const bad = await app.openPage('?country=XYZ');
  await appReady(bad.page);
  assert.equal(await bad.page.$('.country-card'), null);
  assert.match(await bad.page.textContent('.notice'), /country/);
  assert.deepEqual([...problems, ...bad.problems], []);
  await bad.context.close();
});

test('the step drives the vote shown and the highlights in every view', async () => {
  const { page, problems, context } = await app.openPage('?step=first-try-2018');
  await appReady(page);
  const expected = new Map(votes('3c-2018').map((r) => [r.iso3, r.vote]));
  for (const [iso3, vote] of await shownVotes(page, VIEWS.map)) assert.equal(vote, expected.get(iso3), iso3);
  const highlighted = await page.$$eval('.world-map g.state.highlighted', (els) => els.map((e) => e.dataset.iso3).sort());
  assert.deepEqual(highlighted, ['BRA', 'IND', 'NGA']);
  await page.click('button[data-view=grid]');
  const tiles = await page.$$eval('.tile-grid .tile.highlighted', (els) => els.map((e) => e.dataset.iso3).sort());
  assert.deepEqual(tiles, ['BRA', 'IND', 'NGA']);
  assert.deepEqual(problems, []);
  await context.close();
});
