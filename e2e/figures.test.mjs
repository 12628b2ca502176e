// Each step's own figure on the stage, its numbers against the data files,
// the map a tap away; the colours said in words; No and Abstained told
// apart on screen; a picked state's card in view; and a phone's first
// screen holding the step's title and first line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, appReady } from './harness.mjs';
import { steps, mapQuery } from './steps.mjs';
import { votes, signatureSlots, members } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app.close(); });

const KIND = (figure) => figure.split(':')[0];
const withFigure = steps.filter((s) => s.figure);
const SIZES = [[1280, 800], [375, 667], [320, 568]];

/** The figure's table as rows of cell texts (header row first). */
async function tableOf(page, kind) {
  return page.$$eval(`.stage-figure .stage-chart [data-figure="${kind}"] table tr`, (trs) => trs
    .map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
}

/** Counts of states by (position on `from`, position on `to`). */
function crossCounts(from, to) {
  const a = new Map(votes(from).map((r) => [r.iso3, r.vote]));
  const b = new Map((to === 'signatures' ? signatureSlots() : votes(to)).map((r) => [r.iso3, r.vote]));
  const out = {};
  for (const m of members) {
    const key = `${a.get(m.iso3)}|${b.get(m.iso3)}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

const ORDER = ['yes', 'no', 'abstain', 'absent'];

test('every step figure shows on its step, at three sizes, with its table', async () => {
  assert.ok(withFigure.length >= 5, 'the story has its figures');
  for (const [width, height] of SIZES) {
    const { page, context, problems } = await app.openPage(null, { viewport: { width, height } });
    for (const step of withFigure) {
      const kind = KIND(step.figure);
      await page.goto(`${app.baseUrl}?step=${step.slug}`);
      await appReady(page);
      const figure = `.stage-figure .stage-chart [data-figure="${kind}"]`;
      await page.waitForSelector(figure, { timeout: 10_000 });
      assert.equal(await page.$eval('.stage-figure', (f) => f.dataset.showing), 'chart', `${step.slug}: the stage shows its figure`);
      assert.ok(await page.$(`${figure} table`), `${step.slug} (${kind}) at ${width}: a table of its numbers`);
      // No two steps in a row show the same figure.
      const next = steps[step.number];
      if (next?.figure) assert.notEqual(next.figure, step.figure, `${step.slug} and ${next.slug} show the same figure`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the flow and the matrix count what the data files say', async () => {
  const { page, context, problems } = await app.openPage(null);
  for (const step of withFigure) {
    const [kind, from, to] = step.figure.split(':');
    if (kind !== 'flow' && kind !== 'matrix') continue;
    await page.goto(`${app.baseUrl}?step=${step.slug}`);
    await appReady(page);
    await page.waitForSelector(`.stage-chart [data-figure="${kind}"] table`, { timeout: 10_000 });
    const cells = await page.$$eval(`.stage-chart [data-figure="${kind}"] td[data-row][data-col]`, (tds) => tds
      .map((td) => ({ row: td.dataset.row, col: td.dataset.col, n: Number(td.textContent.replace(/\D/g, '')), table: td.closest('table').querySelector('caption')?.textContent ?? '' })));
    assert.ok(cells.length >= 16, `${step.slug}: ${cells.length} cells`);
    if (kind === 'flow') {
      const want = crossCounts(from, to);
      for (const c of cells.filter((c) => ORDER.includes(c.row) && ORDER.includes(c.col))) {
        assert.equal(c.n, want[`${c.row}|${c.col}`] ?? 0, `${step.slug}: ${c.row} then ${c.col}`);
      }
    } else {
      // Each pair's "yes on both" cell against the vote files.
      const bothYes = (a, b) => crossCounts(a, b)['yes|yes'] ?? 0;
      const shown = cells.filter((c) => c.row === 'yes' && c.col === 'yes').map((c) => c.n).sort((a, b) => a - b);
      const want = [bothYes('ga-73-266', 'ga-73-27'), bothYes('ga-74-28', 'ga-74-29')].sort((a, b) => a - b);
      assert.deepEqual(shown, want, `${step.slug}: yes on both`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('what delegations said shows beside each speaker\'s vote on the record', async () => {
  const step = steps.find((s) => s.figure?.startsWith('statements:'));
  assert.ok(step, 'a step shows what delegations said');
  const vote = step.figure.split(':')[1];
  const { page, context, problems } = await app.openPage(`?step=${step.slug}`);
  await appReady(page);
  await page.waitForSelector('.stage-chart [data-figure="statements"] li[data-said-by]');
  const said = await page.$$eval('.stage-chart [data-figure="statements"] li[data-said-by]', (lis) => lis.map((li) => [li.dataset.saidBy, li.dataset.vote]));
  assert.ok(said.length >= 1);
  const positions = new Map(votes(vote).map((r) => [r.iso3, r.vote]));
  for (const [iso3, position] of said) assert.equal(position, positions.get(iso3), `${iso3} on ${vote}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Show the map instead" puts the map on the stage, in the address, and back', async () => {
  const step = withFigure[0];
  const { page, context, problems } = await app.openPage(`?step=${step.slug}`);
  await appReady(page);
  await page.waitForSelector('.stage-chart [data-figure]');
  await page.click('.stage-chart [data-action="show-map"]');
  await page.waitForSelector('.stage-figure[data-showing="map"] .world-map [data-iso3]', { state: 'visible' });
  await page.waitForFunction(() => /[?&]vote=/.test(location.search));
  await page.click('.stage-figure [data-action="show-chart"]');
  await page.waitForSelector('.stage-figure[data-showing="chart"] .stage-chart [data-figure]', { state: 'visible' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('every step says in words what its colours mean', async () => {
  const { page, context, problems } = await app.openPage(null);
  for (const step of steps) {
    await page.goto(`${app.baseUrl}?step=${step.slug}`);
    await appReady(page);
    const selector = step.figure ? '.stage-chart [data-colour-key]' : '.stage-figure .stage-title [data-colour-key]';
    await page.waitForSelector(selector, { state: 'visible', timeout: 10_000 });
    const words = (await page.textContent(selector)).trim();
    assert.ok(words.length > 30 && /:/.test(words), `${step.slug}: "${words}"`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

/** CIE L* of an sRGB colour `rgb(r, g, b)`. */
function lightness(css) {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

test('No and Abstained are told apart by lightness on screen, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await app.openPage('?step=committee-vote', { colorScheme });
    await appReady(page);
    // The keys' swatches as painted (the abstain key's base colour under its stripes).
    const fill = (choice) => page.$eval(`.stage-figure .legend [data-choice="${choice}"] .key`, (k) => {
      const bg = getComputedStyle(k);
      return bg.backgroundImage.includes('gradient') ? bg.backgroundImage.match(/rgb\([^)]*\)/)[0] : bg.backgroundColor;
    });
    const [no, abstain] = [await fill('no'), await fill('abstain')];
    const apart = Math.abs(lightness(no) - lightness(abstain));
    assert.ok(apart >= 12, `${colorScheme}: No ${no} and Abstained ${abstain} are ${apart.toFixed(1)} apart in L*`);
    // And a state of each on the map is painted so.
    const mapFill = (vote) => page.$eval(`.stage-figure .state[data-vote="${vote}"] path`, (p) => getComputedStyle(p).fill);
    assert.equal(await mapFill('no'), no, `${colorScheme}: the map paints No as its key does`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("a picked state's card opens in view, with a link and a sentence to copy", async () => {
  for (const [width, height] of SIZES) {
    const { page, context, problems } = await app.openPage('?step=committee-vote&country=KEN', { viewport: { width, height } });
    await appReady(page);
    const card = '.country-card[data-card-for="KEN"]';
    await page.waitForSelector(card, { state: 'visible', timeout: 10_000 });
    const box = await page.$eval(card, (c) => { const r = c.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; });
    assert.ok(box.top >= 0 && box.top < height - 80 && box.left >= 0 && box.right <= width + 1, `${width}x${height}: the card is in view (${JSON.stringify(box)})`);
    const copies = await page.$$eval(`${card} .card-share button[data-action="cite-copy"]`, (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(copies, ['Copy link', 'Copy a sentence']);
    // The picked state is labelled on the map, at every size.
    assert.ok(await labelShown(page, 'KEN'), `${width}x${height}: Kenya is labelled on the map`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // The sentence names the state, its position, the vote and its source.
  const { page, context } = await app.openPage('?step=committee-vote&country=KEN');
  await appReady(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl.replace(/\/$/, '') });
  await page.click('.country-card .card-share button:has-text("Copy a sentence")');
  await page.waitForFunction(() => [...document.querySelectorAll('.country-card .card-share [role=status]')].some((s) => s.textContent === 'Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const kenya = votes('3c-2019').find((r) => r.iso3 === 'KEN').vote;
  const label = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote' }[kenya];
  assert.match(copied, new RegExp(`^Kenya: ${label} \\(A/C\\.3/74/L\\.11/Rev\\.1, .*18 November 2019\\)\\. Source: https://`), copied);
  await context.close();
});

/** Whether the stage map shows a label for `iso3`, inside the map. */
function labelShown(page, iso3) {
  return page.$$eval(`.stage-figure .world-map [data-label-for="${iso3}"]`, (gs) => gs.some((g) => {
    const r = g.getBoundingClientRect();
    const map = g.closest('svg').getBoundingClientRect();
    return r.width > 0 && r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1;
  }));
}

test('a state clicked on the map is labelled, and its label goes when it is cleared', async () => {
  const { page, context, problems } = await app.openPage('?step=committee-vote');
  await appReady(page);
  assert.equal(await labelShown(page, 'BRA'), false, 'Brazil is not one of the step\'s labels');
  await page.click('.stage-figure .world-map #map-BRA path');
  await page.waitForSelector('.country-card[data-card-for="BRA"]', { state: 'visible' });
  await page.waitForFunction(() => document.querySelector('.stage-figure .world-map [data-label-for="BRA"]'));
  assert.ok(await labelShown(page, 'BRA'), 'the clicked state is labelled');
  await page.focus('.stage-figure .map-focus');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.stage-figure .world-map [data-label-for="BRA"]'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, "Enlarge the map" draws it twice as wide, swiped sideways, labels and all', async () => {
  const { page, context, problems } = await app.openPage('?step=join-or-boycott', { viewport: { width: 375, height: 667 }, hasTouch: true });
  await appReady(page);
  const frame = '.stage-figure .map-frame';
  const widths = () => page.$eval(frame, (f) => ({
    frame: f.clientWidth,
    scroll: f.scrollWidth,
    map: f.querySelector('.map-focus svg').getBoundingClientRect().width,
    labels: f.querySelector('.label-layer').getBoundingClientRect().width,
  }));
  const before = await widths();
  assert.ok(before.scroll <= before.frame + 1, 'the map fits its frame at first');
  await page.tap('.stage-figure .map-enlarge');
  const after = await widths();
  assert.ok(Math.abs(after.map - 2 * before.map) < 2, `twice as wide (${before.map} -> ${after.map})`);
  assert.ok(Math.abs(after.labels - after.map) < 1, 'the labels keep to the map');
  assert.ok(after.scroll > after.frame * 1.9, 'swiped within its frame');
  assert.ok(await page.$eval('.app', (a) => a.scrollWidth <= a.clientWidth + 1), 'the page itself does not scroll sideways');
  // A state is still picked by a tap.
  await page.$eval(frame, (f) => { f.scrollLeft = f.scrollWidth * 0.45; });
  const kaz = await page.$eval('.stage-figure g.state[data-iso3="KAZ"] path', (p) => { const r = p.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.touchscreen.tap(kaz.x, kaz.y);
  await page.waitForFunction(() => document.querySelector('.stage-figure g.state[aria-selected="true"]')?.dataset.iso3 === 'KAZ');
  assert.deepEqual(problems, []);
  await context.close();
});

test("a phone's first screen holds the step's title and its first line", async () => {
  for (const [width, height] of [[375, 667], [320, 568]]) {
    const { page, context, problems } = await app.openPage(null, { viewport: { width, height } });
    for (const step of steps) {
      await page.goto(`${app.baseUrl}step-${step.slug}.html`);
      await appReady(page);
      const r = await page.evaluate(() => {
        const art = document.querySelector('.app article[data-step]');
        const range = document.createRange();
        range.selectNodeContents(art.querySelector('.step-text p'));
        const nav = document.querySelector('.app .step-nav').getBoundingClientRect();
        return { title: art.querySelector('h2').getBoundingClientRect().bottom, line: range.getClientRects()[0].bottom, limit: Math.min(nav.top, innerHeight) };
      });
      assert.ok(r.title <= r.limit && r.line <= r.limit, `${step.slug} at ${width}x${height}: title ends ${r.title.toFixed(0)}, first line ${r.line.toFixed(0)}, screen ${r.limit.toFixed(0)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a 1280x800 screen gives the map at least 30%', async () => {
  for (const [width, height] of [[1280, 800], [1440, 900]]) {
    const { page, context } = await app.openPage(mapQuery(steps[0]), { viewport: { width, height } });
    await appReady(page);
    const share = await page.$eval('.stage-figure .map-frame', (m) => {
      const r = m.getBoundingClientRect();
      return ((Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) * r.width) / (innerWidth * innerHeight);
    });
    assert.ok(share >= 0.3, `${width}x${height}: the map takes ${(share * 100).toFixed(1)}%`);
    await context.close();
  }
});
