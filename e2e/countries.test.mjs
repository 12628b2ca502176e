// Countries and comparisons: finding a member state (the search combobox), its
// card reached from every view and from the URL, comparing two votes state by
// state, the regional-group split, the table's group filter, and bad links.
// Every expected number is computed here from the CSV files in data/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady, axeViolations } from './harness.mjs';
import { members, votes, VOTE_IDS, signatureRecordDate } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

// ---------------------------------------------------------------- the data

const CHOICES = ['yes', 'no', 'abstain', 'absent'];
const MEMBER = new Map(members.map((m) => [m.iso3, m]));
const VOTE_OF = Object.fromEntries(VOTE_IDS.map((id) => [id, new Map(votes(id).map((r) => [r.iso3, r.vote]))]));
// The signature record (not a vote) is a row of every card too, drawn in
// the slot of its status: signed, not signed, no signature on record,
// status unknown.
const RECORD_IDS = [...VOTE_IDS, 'signatures'];
VOTE_OF.signatures = new Map(votes('signatures').map((r) => [r.iso3, r.vote]));

/** Each vote's date and symbol, read from data/votes.toml (`id = "…"`, then `date = "…"`, `symbol = "…"`). */
const VOTE_DATE = {};
const VOTE_SYMBOL = {};
{
  let current = null;
  for (const line of readFileSync('data/votes.toml', 'utf8').split(/\r?\n/)) {
    const id = line.match(/^id\s*=\s*"([^"]+)"/);
    if (id) current = id[1];
    const date = line.match(/^date\s*=\s*"(\d{4}-\d{2}-\d{2})"/);
    if (date && current) VOTE_DATE[current] = date[1];
    const symbol = line.match(/^symbol\s*=\s*"([^"]+)"/);
    if (symbol && current) VOTE_SYMBOL[current] = symbol[1];
  }
  // The site dates the signature record by the latest date its rows were
  // checked to, not by the day signing opened (votes.toml's date).
  VOTE_DATE.signatures = signatureRecordDate();
  for (const id of RECORD_IDS) {
    if (!VOTE_DATE[id] || !VOTE_SYMBOL[id]) throw new Error(`votes.toml: no date or symbol for ${id}`);
  }
}

/** Sponsors and co-sponsors of the 2019 text, from data/sponsors.csv. */
const SPONSORS = new Set();
const COSPONSORS = new Set();
for (const line of readFileSync('data/sponsors.csv', 'utf8').trim().split(/\r?\n/).slice(1)) {
  const [iso3, role] = line.split(',');
  if (role === 'sponsor') SPONSORS.add(iso3);
  else if (role === 'cosponsor') COSPONSORS.add(iso3);
  else throw new Error(`unexpected role in sponsors.csv: ${line}`);
}

const REGIONAL_GROUPS = ['AFR', 'APG', 'EEG', 'GRULAC', 'WEOG'];
const GROUP_LABEL = Object.fromEntries(members.map((m) => [m.regional_group, m.regional_group_label]));
const GROUP_MEMBERS = {
  ...Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, new Set(members.filter((m) => m.regional_group === g).map((m) => m.iso3))])),
  sponsors: SPONSORS,
  cosponsors: COSPONSORS,
};

const PRESETS = [['3c-2018', '3c-2019'], ['3c-2019', 'ga-74-247'], ['ga-73-27', 'ga-73-266'], ['ga-74-29', 'ga-74-28']];
// The last preset sets a vote against the signature record; signatures.test.mjs checks it.
const SIGNING_PRESET = ['3c-2019', 'signatures'];

const GERUND = { yes: 'voting yes', no: 'voting no', abstain: 'abstaining', absent: 'not voting' };

function voteOf(id, iso3) {
  const v = VOTE_OF[id].get(iso3);
  assert.ok(v, `data/votes/${id}.csv has a row for ${iso3}`);
  return v;
}

/** The transition counts between votes a and b, from the CSVs. */
function transitions(a, b) {
  const cells = Object.fromEntries(CHOICES.map((f) => [f, Object.fromEntries(CHOICES.map((t) => [t, []]))]));
  for (const m of members) cells[voteOf(a, m.iso3)][voteOf(b, m.iso3)].push(m.un_name);
  return cells;
}

// ---------------------------------------------------------------- page helpers

/** Opens `path`, waits for the app, runs `body`, then checks the guards. */
async function withPage(path, body, options) {
  const { page, problems, context } = await app.openPage(path, options);
  try {
    await appReady(page);
    await body(page);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

const param = (page, name) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

async function waitForParam(page, name, value) {
  await page.waitForFunction(
    ([n, v]) => new URLSearchParams(location.search).get(n) === v,
    [name, value],
    { timeout: 10_000 },
  );
}

async function waitForCard(page, iso3) {
  await page.waitForSelector(`section.country-card[data-card-for="${iso3}"]`, { timeout: 10_000 });
}

/** Everything the card shows, read in one go. */
async function readCard(page) {
  return page.$eval('section.country-card', (card) => ({
    iso3: card.dataset.cardFor,
    name: card.querySelector('h3')?.textContent.trim(),
    hasClose: [...card.querySelectorAll('button')].some((b) => /^close$/i.test(b.textContent.trim())),
    facts: card.querySelector('.card-facts')?.textContent.trim() ?? null,
    notes: [...card.querySelectorAll('ul.card-notes li')].map((li) => li.textContent.trim()),
    rows: [...card.querySelectorAll('table.card-votes tbody tr[data-vote-id]')].map((tr) => ({
      id: tr.dataset.voteId,
      vote: tr.dataset.vote,
      datetime: tr.querySelector('time')?.getAttribute('datetime') ?? null,
    })),
  }));
}

/** Checks one card against members.csv, sponsors.csv and every vote file. */
function checkCard(card, iso3) {
  const m = MEMBER.get(iso3);
  assert.equal(card.iso3, iso3);
  assert.equal(card.name, m.un_name, `${iso3}: card heading is the UN name`);
  assert.ok(card.hasClose, `${iso3}: card has a Close button`);
  // Group and sponsorship.
  assert.ok(card.facts.includes(m.regional_group_label), `${iso3}: facts name the group "${m.regional_group_label}": ${card.facts}`);
  for (const other of REGIONAL_GROUPS.filter((g) => g !== m.regional_group)) {
    assert.ok(!card.facts.includes(GROUP_LABEL[other]), `${iso3}: facts do not name ${other}`);
  }
  if (SPONSORS.has(iso3)) assert.match(card.facts, /sponsor on draft A\/C\.3\/74\/L\.11/, `${iso3} is a sponsor`);
  else if (COSPONSORS.has(iso3)) assert.match(card.facts, /list of co-sponsors/, `${iso3} is a co-sponsor`);
  else assert.match(card.facts, /Not among the sponsors or co-sponsors/, `${iso3} is neither`);
  // One row per vote, each with the vote from the data, newest first.
  assert.equal(card.rows.length, RECORD_IDS.length, `${iso3}: one row per recorded vote, and the signatures`);
  assert.deepEqual(card.rows.map((r) => r.id).sort(), [...RECORD_IDS].sort(), `${iso3}: each vote once`);
  for (const r of card.rows) {
    assert.equal(r.vote, voteOf(r.id, iso3), `${iso3} ${r.id}: data-vote`);
    assert.equal(r.datetime, VOTE_DATE[r.id], `${iso3} ${r.id}: date`);
  }
  checkNotes(card.notes, iso3);
  // Checked last, so that a wrong order does not hide the other checks.
  const order = card.rows.map((r) => `${r.id} ${VOTE_DATE[r.id]}`);
  for (let i = 1; i < card.rows.length; i += 1) {
    assert.ok(
      VOTE_DATE[card.rows[i - 1].id] >= VOTE_DATE[card.rows[i].id],
      `${iso3}: card rows newest first by date, got ${order.join(' > ')}`,
    );
  }
}

/** Every sentence in the card's notes is true of the data, and the ones the data calls for are there. */
function checkNotes(notes, iso3) {
  const v = (id) => voteOf(id, iso3);
  const has = (re) => notes.filter((n) => re.test(n));
  const oewgGge = has(/Voted for the OEWG and the GGE resolutions in December 2018/);
  assert.equal(oewgGge.length, v('ga-73-27') === 'yes' && v('ga-73-266') === 'yes' ? 1 : 0,
    `${iso3}: OEWG+GGE note (ga-73-27 ${v('ga-73-27')}, ga-73-266 ${v('ga-73-266')}): ${JSON.stringify(notes)}`);
  const rival = has(/both rival follow-up texts in December 2019/);
  assert.equal(rival.length, v('ga-74-29') === 'yes' && v('ga-74-28') === 'yes' ? 1 : 0,
    `${iso3}: follow-ups note (ga-74-29 ${v('ga-74-29')}, ga-74-28 ${v('ga-74-28')}): ${JSON.stringify(notes)}`);
  const [c18, c19, ga] = [v('3c-2018'), v('3c-2019'), v('ga-74-247')];
  for (const n of has(/Third Committee/)) {
    if (c18 === c19) {
      assert.match(n, /in both 2018 and 2019/, `${iso3}: same committee vote both years: ${n}`);
      assert.ok(!/moved from/.test(n), `${iso3}: did not move: ${n}`);
    } else {
      assert.ok(n.includes(`moved from ${GERUND[c18]} in 2018 to ${GERUND[c19]} in 2019`), `${iso3}: committee move ${c18}→${c19}: ${n}`);
    }
  }
  const text2019 = has(/committee, then .* General Assembly/);
  if (c19 === ga) {
    assert.equal(text2019.length, 0, `${iso3}: same vote in committee and plenary, no note: ${JSON.stringify(notes)}`);
  } else {
    assert.equal(text2019.length, 1, `${iso3}: committee ${c19} vs plenary ${ga}: ${JSON.stringify(notes)}`);
    assert.ok(text2019[0].includes(`${GERUND[c19]} in committee, then ${GERUND[ga]} when the General Assembly`), `${iso3}: ${text2019[0]}`);
  }
}

async function searchOptions(page) {
  return page.$$eval('#country-search-list li[role=option]', (lis) => lis.map((li) => ({
    id: li.id,
    iso3: li.dataset.iso3,
    selected: li.getAttribute('aria-selected'),
  })));
}

/** Types `query` into the search box and waits for the list to show options. */
async function typeQuery(page, query) {
  await page.fill('#country-search-input', '');
  // The box fetches its other names (six languages, former names) when
  // first used; they can add matches, so the list is read once they are in.
  await page.waitForSelector('#country-search-input[data-more-names]', { state: 'attached', timeout: 10_000 });
  await page.fill('#country-search-input', query);
  await page.waitForFunction(
    () => document.querySelector('#country-search-input').getAttribute('aria-expanded') === 'true'
      && document.querySelectorAll('#country-search-list li[role=option]').length > 0
      && !document.querySelector('#country-search-list').hidden,
    null,
    { timeout: 10_000 },
  );
  // The list is rendered for this query (best match first) once it stops changing.
  return searchOptions(page);
}

/** Reads the comparison panel and the map while comparing. */
async function readComparison(page) {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('section.compare table.transitions tbody td[data-from][data-to]')]
      .map((td) => ({ from: td.dataset.from, to: td.dataset.to, count: Number(td.textContent.trim()) }));
    const bodyRows = [...document.querySelectorAll('section.compare table.transitions tbody tr')]
      .map((tr) => tr.querySelectorAll('td[data-from][data-to]').length);
    const bothYes = document.querySelector('section.compare .both-yes');
    const moved = [...document.querySelectorAll('section.compare details.moved li[data-from][data-to]')].map((li) => {
      const label = li.querySelector('strong')?.textContent ?? '';
      return { from: li.dataset.from, to: li.dataset.to, names: li.textContent.slice(label.length).trim() };
    });
    const states = [...document.querySelectorAll('.world-map g.state')]
      .map((g) => ({ iso3: g.dataset.iso3, vote: g.dataset.vote, shift: g.dataset.shift }));
    return {
      cells,
      bodyRows,
      bothYes: bothYes && { count: bothYes.dataset.count, text: bothYes.textContent },
      moved,
      states,
      figureComparing: document.querySelector('figure.world-map')?.classList.contains('comparing') ?? null,
      from: document.querySelector('select[name=compare-from]')?.value ?? null,
      to: document.querySelector('select[name=compare-to]')?.value ?? null,
      pressed: [...document.querySelectorAll('section.compare button[data-compare]')]
        .filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.compare),
      search: location.search,
    };
  });
}

async function waitForComparison(page, a, b) {
  await page.waitForFunction(
    ([a, b]) => new URLSearchParams(location.search).get('compare') === `${a},${b}`
      && document.querySelector('section.compare table.transitions')
      && document.querySelector('select[name=compare-from]')?.value === a
      && document.querySelector('select[name=compare-to]')?.value === b,
    [a, b],
    { timeout: 10_000 },
  );
}

/** Checks the comparison of `a` then `b` on the page against the CSVs. */
async function checkComparison(page, a, b) {
  await waitForComparison(page, a, b);
  const c = await readComparison(page);
  const expected = transitions(a, b);
  const label = `${a} → ${b}`;
  assert.ok(c.search.includes(`compare=${a},${b}`), `${label}: URL holds the pair with a plain comma: ${c.search}`);
  assert.equal(c.from, a, `${label}: from select`);
  assert.equal(c.to, b, `${label}: to select`);
  const preset = PRESETS.find(([x, y]) => x === a && y === b);
  assert.deepEqual(c.pressed, preset ? [`${a},${b}`] : [], `${label}: aria-pressed presets`);
  // The transition table: 4 x 4 cells, each the count from the data.
  assert.deepEqual(c.bodyRows, [4, 4, 4, 4], `${label}: 4 body rows of 4 cells`);
  assert.equal(c.cells.length, 16);
  assert.deepEqual(c.cells.map((x) => `${x.from}>${x.to}`).sort(), CHOICES.flatMap((f) => CHOICES.map((t) => `${f}>${t}`)).sort(), `${label}: every pair once`);
  for (const cell of c.cells) {
    assert.equal(cell.count, expected[cell.from][cell.to].length, `${label}: ${cell.from} → ${cell.to}`);
  }
  assert.equal(c.cells.reduce((s, x) => s + x.count, 0), 193, `${label}: cells sum to 193`);
  // Yes on both.
  const bothYes = expected.yes.yes;
  assert.ok(c.bothYes, `${label}: .both-yes shown`);
  assert.equal(Number(c.bothYes.count), bothYes.length, `${label}: .both-yes data-count`);
  for (const name of bothYes) assert.ok(c.bothYes.text.includes(name), `${label}: both-yes lists ${name}`);
  for (const m of members) {
    if (!bothYes.includes(m.un_name) && !bothYes.some((n) => n.includes(m.un_name))) {
      assert.ok(!c.bothYes.text.includes(m.un_name), `${label}: both-yes does not list ${m.un_name}`);
    }
  }
  // Who moved: one item per changed cell with anyone in it, naming them.
  const changed = CHOICES.flatMap((f) => CHOICES.filter((t) => t !== f && expected[f][t].length > 0).map((t) => `${f}>${t}`));
  assert.deepEqual(c.moved.map((x) => `${x.from}>${x.to}`).sort(), changed.sort(), `${label}: moved list`);
  for (const item of c.moved) {
    for (const name of expected[item.from][item.to]) assert.ok(item.names.includes(name), `${label}: ${item.from}→${item.to} lists ${name}`);
  }
  // The map shows the second vote and whether each state moved.
  assert.equal(c.figureComparing, true, `${label}: map figure has class comparing`);
  assert.equal(c.states.length, 193);
  for (const s of c.states) {
    const [va, vb] = [voteOf(a, s.iso3), voteOf(b, s.iso3)];
    assert.equal(s.vote, vb, `${label}: map ${s.iso3} data-vote is its vote on ${b}`);
    assert.equal(s.shift, va === vb ? 'same' : 'changed', `${label}: map ${s.iso3} data-shift`);
  }
}

async function noticeShown(page) {
  await page.waitForSelector('.notice', { state: 'visible', timeout: 10_000 });
  return page.textContent('.notice');
}

// ---------------------------------------------------------------- search

const COMMON_NAMES = [
  ['Russia', 'RUS'], ['Iran', 'IRN'], ['Syria', 'SYR'], ['North Korea', 'PRK'], ['South Korea', 'KOR'],
  ['UK', 'GBR'], ['US', 'USA'], ['USA', 'USA'], ['Turkey', 'TUR'], ['Türkiye', 'TUR'],
  ['Czech Republic', 'CZE'], ['Ivory Coast', 'CIV'], ['Swaziland', 'SWZ'], ['Macedonia', 'MKD'],
  ['Bolivia', 'BOL'], ['Venezuela', 'VEN'], ['Vietnam', 'VNM'], ['Laos', 'LAO'], ['Tanzania', 'TZA'],
  ['Moldova', 'MDA'], ['Micronesia', 'FSM'], ["côte d'ivoire", 'CIV'], ['COTE D’IVOIRE', 'CIV'],
  ['turkiye', 'TUR'], ['bra', 'BRA'], ['RUSSIA', 'RUS'],
];

test('search: common names, accents and case find the right state first', async () => {
  await withPage('', async (page) => {
    const input = await page.$('#country-search-input');
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-controls'), 'country-search-list');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getAttribute('#country-search-list', 'role'), 'listbox');
    for (const [query, iso3] of COMMON_NAMES) {
      await typeQuery(page, query);
      await page.waitForFunction(
        (iso3) => document.querySelector('#country-search-list li[role=option]')?.dataset.iso3 === iso3,
        iso3,
        { timeout: 5_000 },
      ).catch(() => {});
      const options = await searchOptions(page);
      assert.ok(options.length >= 1 && options.length <= 8, `"${query}": 1 to 8 options, got ${options.length}`);
      assert.equal(options[0].iso3, iso3, `"${query}" → first option ${options[0].iso3}, expected ${iso3} (all: ${options.map((o) => o.iso3).join(' ')})`);
      assert.equal(new Set(options.map((o) => o.iso3)).size, options.length, `"${query}": no state twice`);
      for (const o of options) assert.ok(MEMBER.has(o.iso3), `"${query}": option ${o.iso3} is a member state`);
    }
  });
});

test('search: a broad query shows at most 8 options; no match closes the list', async () => {
  await withPage('', async (page) => {
    const options = await typeQuery(page, 'a');
    assert.equal(options.length, 8, 'well over 8 names contain "a", 8 are shown');
    assert.equal(new Set(options.map((o) => o.id)).size, 8, 'option ids are unique');
    await page.fill('#country-search-input', 'qqqxz');
    await page.waitForFunction(() => document.querySelector('#country-search-input').getAttribute('aria-expanded') === 'false');
    assert.equal(await page.$$eval('#country-search-list li[role=option]:not([hidden])', (lis) => lis.filter((li) => li.offsetParent !== null).length), 0);
    assert.equal(await param(page, 'country'), null);
  });
});

test('search: arrow keys move the active option, Enter chooses it and opens the card', async () => {
  await withPage('', async (page) => {
    const options = await typeQuery(page, 'guinea');
    assert.ok(options.length >= 3, `"guinea" matches several states: ${options.map((o) => o.iso3)}`);
    assert.ok(options.every((o) => o.selected !== 'true'), 'no option active before the arrow keys');
    const active = async () => {
      const id = await page.getAttribute('#country-search-input', 'aria-activedescendant');
      const opts = await searchOptions(page);
      return { id, selected: opts.filter((o) => o.selected === 'true').map((o) => o.id), ids: opts.map((o) => o.id) };
    };
    await page.keyboard.press('ArrowDown');
    let a = await active();
    assert.equal(a.id, a.ids[0], 'ArrowDown activates the first option');
    assert.deepEqual(a.selected, [a.ids[0]], 'exactly the active option is aria-selected');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    a = await active();
    assert.equal(a.id, a.ids[2], 'two more ArrowDowns reach the third option');
    assert.deepEqual(a.selected, [a.ids[2]]);
    await page.keyboard.press('ArrowUp');
    a = await active();
    assert.equal(a.id, a.ids[1], 'ArrowUp goes back one');
    assert.deepEqual(a.selected, [a.ids[1]]);
    const chosen = options[1].iso3;
    await page.keyboard.press('Enter');
    await waitForParam(page, 'country', chosen);
    await waitForCard(page, chosen);
    assert.equal(await page.inputValue('#country-search-input'), MEMBER.get(chosen).un_name);
    assert.equal(await page.getAttribute('#country-search-input', 'aria-expanded'), 'false');
    checkCard(await readCard(page), chosen);
  });
});

test('search: Enter with no active option chooses the first; Escape closes the list', async () => {
  await withPage('', async (page) => {
    await typeQuery(page, 'Ivory Coast');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'country', 'CIV');
    await waitForCard(page, 'CIV');
    assert.equal(await page.inputValue('#country-search-input'), "Côte d'Ivoire");

    await typeQuery(page, 'Micronesia');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#country-search-input').getAttribute('aria-expanded') === 'false');
    assert.equal(await page.isVisible('#country-search-list li[role=option]'), false, 'no option visible after Escape');
    assert.equal(await param(page, 'country'), 'CIV', 'Escape chose nothing');
    assert.equal(await page.getAttribute('section.country-card', 'data-card-for'), 'CIV');
  });
});

test('search: mouse down on an option chooses it', async () => {
  await withPage('?view=table', async (page) => {
    const options = await typeQuery(page, 'korea');
    assert.deepEqual(options.map((o) => o.iso3).sort(), ['KOR', 'PRK']);
    await page.dispatchEvent('#country-search-list li[data-iso3=PRK]', 'mousedown', { button: 0 });
    await waitForParam(page, 'country', 'PRK');
    await waitForCard(page, 'PRK');
    assert.equal(await page.inputValue('#country-search-input'), "Democratic People's Republic of Korea");
    checkCard(await readCard(page), 'PRK');
    // A real click (mouse down, up, click) also works.
    await typeQuery(page, 'Saint Vincent');
    await page.click('#country-search-list li[data-iso3=VCT]');
    await waitForParam(page, 'country', 'VCT');
    await waitForCard(page, 'VCT');
    assert.equal(await page.inputValue('#country-search-input'), 'Saint Vincent and the Grenadines');
  });
});

test('axe: no violations with the search list open', async () => {
  await withPage('', async (page) => {
    await typeQuery(page, 'guinea');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await axeViolations(page), []);
  });
});

// ---------------------------------------------------------------- the country card

test('card: every member state, opened from the table, agrees with the data', async () => {
  await withPage('?view=table', async (page) => {
    const shown = await page.$$eval('.vote-table tbody tr[data-iso3]', (trs) => trs.map((tr) => tr.dataset.iso3));
    assert.equal(shown.length, 193);
    const failures = [];
    for (const m of members) {
      await page.click(`.vote-table tbody tr[data-iso3="${m.iso3}"] th button`);
      await waitForCard(page, m.iso3);
      try {
        checkCard(await readCard(page), m.iso3);
      } catch (err) {
        failures.push(err.message.split('\n')[0]);
      }
    }
    // The URL follows in a task of its own after the card is drawn.
    await waitForParam(page, 'country', members.at(-1).iso3);
    // Report how many states are wrong, and the first few.
    assert.deepEqual(failures.slice(0, 8), [], `${failures.length} of 193 cards disagree with the data`);
  });
});

test('card: Côte d\'Ivoire from the map', async () => {
  await withPage('', async (page) => {
    await page.dispatchEvent('#map-CIV path', 'click');
    await waitForParam(page, 'country', 'CIV');
    await waitForCard(page, 'CIV');
    assert.equal(await page.getAttribute('#map-CIV', 'aria-selected'), 'true');
    checkCard(await readCard(page), 'CIV');
  });
});

test('card: Turkey from the grid, and a search for Türkiye finds the same card', async () => {
  await withPage('?view=grid', async (page) => {
    await page.click('#tile-TUR');
    await waitForParam(page, 'country', 'TUR');
    await waitForCard(page, 'TUR');
    assert.equal(await page.getAttribute('#tile-TUR', 'aria-selected'), 'true');
    checkCard(await readCard(page), 'TUR');
    await page.click('section.country-card button:has-text("Close")');
    await page.waitForSelector('section.country-card', { state: 'detached' });
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('country'));
    await typeQuery(page, 'Türkiye');
    await page.keyboard.press('Enter');
    await waitForCard(page, 'TUR');
    assert.equal(await param(page, 'view'), 'grid', 'the view is kept');
  });
});

test('card: the Democratic People\'s Republic of Korea from the table', async () => {
  await withPage('?view=table', async (page) => {
    await page.click('.vote-table tbody tr[data-iso3=PRK] th button');
    await waitForParam(page, 'country', 'PRK');
    await waitForCard(page, 'PRK');
    const card = await readCard(page);
    checkCard(card, 'PRK');
    assert.match(card.facts, /sponsor on draft/);
  });
});

test('card: Saint Vincent and the Grenadines and Micronesia from their map markers', async () => {
  await withPage('', async (page) => {
    for (const iso3 of ['VCT', 'FSM']) {
      await page.dispatchEvent(`#map-${iso3} .hit`, 'click');
      await waitForParam(page, 'country', iso3);
      await waitForCard(page, iso3);
      checkCard(await readCard(page), iso3);
    }
  });
});

test('card: Micronesia from the search', async () => {
  await withPage('', async (page) => {
    const options = await typeQuery(page, 'Micronesia');
    assert.equal(options[0].iso3, 'FSM');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'country', 'FSM');
    await waitForCard(page, 'FSM');
    assert.equal(await page.inputValue('#country-search-input'), 'Micronesia (Federated States of)');
    checkCard(await readCard(page), 'FSM');
  });
});

test('card: Bolivia from the URL: yes in committee, abstained in the General Assembly', async () => {
  assert.equal(voteOf('3c-2019', 'BOL'), 'yes');
  assert.equal(voteOf('ga-74-247', 'BOL'), 'abstain');
  await withPage('?country=bol', async (page) => {
    await waitForCard(page, 'BOL');
    assert.equal(await param(page, 'country'), 'BOL', 'the URL is normalised to upper case');
    const card = await readCard(page);
    checkCard(card, 'BOL');
    const note = card.notes.find((n) => /committee/.test(n) && /General Assembly/.test(n));
    assert.ok(note, `a note on committee then General Assembly: ${JSON.stringify(card.notes)}`);
    assert.ok(note.indexOf('committee') < note.indexOf('General Assembly'), note);
    assert.match(note, /voting yes in committee, then abstaining/);
    assert.equal(card.rows.find((r) => r.id === '3c-2019').vote, 'yes');
    assert.equal(card.rows.find((r) => r.id === 'ga-74-247').vote, 'abstain');
  });
});

test('card: India voted for the OEWG and the GGE resolutions in December 2018', async () => {
  assert.equal(voteOf('ga-73-27', 'IND'), 'yes');
  assert.equal(voteOf('ga-73-266', 'IND'), 'yes');
  await withPage('?country=IND&view=grid', async (page) => {
    await waitForCard(page, 'IND');
    const card = await readCard(page);
    checkCard(card, 'IND');
    assert.ok(card.notes.some((n) => n.includes('Voted for the OEWG and the GGE resolutions in December 2018')), JSON.stringify(card.notes));
  });
});

test('card: the country code in the URL works in any case, with the map, grid and table', async () => {
  for (const [query, iso3] of [['civ', 'CIV'], ['Tur', 'TUR'], ['pRk', 'PRK'], ['VCT', 'VCT'], ['fsm', 'FSM']]) {
    for (const view of ['map', 'grid', 'table']) {
      await withPage(`?country=${query}&view=${view}`, async (page) => {
        await waitForCard(page, iso3);
        assert.equal(await page.$('.notice'), null, `${query} ${view}: no notice`);
        assert.equal(await param(page, 'country'), iso3);
        const card = await readCard(page);
        assert.equal(card.name, MEMBER.get(iso3).un_name);
        assert.equal(card.rows.length, RECORD_IDS.length);
      });
    }
  }
});

test('card: the Close button closes it and drops the country from the URL', async () => {
  await withPage('?country=SYR', async (page) => {
    await waitForCard(page, 'SYR');
    await page.click('section.country-card button:has-text("Close")');
    await page.waitForSelector('section.country-card', { state: 'detached' });
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('country'));
    assert.equal(await page.getAttribute('#map-SYR', 'aria-selected'), 'false');
  });
});

test('axe: no violations with a card open', async () => {
  await withPage('?country=CIV', async (page) => {
    await waitForCard(page, 'CIV');
    assert.deepEqual(await axeViolations(page), []);
  });
});

// ---------------------------------------------------------------- compare

test('compare: each preset shows the transitions, yes-on-both, who moved and the map, all from the data', async () => {
  await withPage('', async (page) => {
    const presets = await page.$$eval('section.compare button[data-compare]', (bs) => bs.map((b) => b.dataset.compare));
    assert.deepEqual(presets, [...PRESETS, SIGNING_PRESET].map((p) => p.join(',')));
    assert.equal(await page.$('table.transitions'), null, 'not comparing at first');
    assert.equal(await page.$eval('figure.world-map', (f) => f.classList.contains('comparing')), false);
    for (const [a, b] of PRESETS) {
      await page.click(`section.compare button[data-compare="${a},${b}"]`);
      await checkComparison(page, a, b);
    }
  });
});

test('compare: a link with compare=a,b opens the comparison; the selects change it', async () => {
  await withPage('?compare=ga-73-187,ga-74-29', async (page) => {
    await checkComparison(page, 'ga-73-187', 'ga-74-29');
    assert.equal(await page.$('.notice'), null);
    await page.selectOption('select[name=compare-to]', 'ga-73-266');
    await checkComparison(page, 'ga-73-187', 'ga-73-266');
    await page.selectOption('select[name=compare-from]', 'ga-73-27');
    await checkComparison(page, 'ga-73-27', 'ga-73-266');
    // Picking, on one side, the vote on the other side swaps the two:
    // a vote is never compared with itself.
    await page.selectOption('select[name=compare-to]', 'ga-73-27');
    await checkComparison(page, 'ga-73-266', 'ga-73-27');
    await page.selectOption('select[name=compare-from]', 'ga-73-27');
    await checkComparison(page, 'ga-73-27', 'ga-73-266');
  });
});

test('compare: the 2019 committee vote against the 2020 OEWG vote (a 2020 id in the link)', async () => {
  await withPage('?compare=3c-2019,ga-75-240', async (page) => {
    await checkComparison(page, '3c-2019', 'ga-75-240');
    assert.equal(await page.$('.notice'), null, 'the pair is accepted');
  });
});

test('compare: the link survives a reload, and works with an encoded comma', async () => {
  await withPage('?compare=3c-2019%2Cga-74-247', async (page) => {
    await checkComparison(page, '3c-2019', 'ga-74-247');
    await page.reload();
    await appReady(page);
    await checkComparison(page, '3c-2019', 'ga-74-247');
  });
});

test('compare: Stop comparing ends it, in the page and the URL', async () => {
  await withPage('?compare=ga-74-29,ga-74-28&country=IND', async (page) => {
    await checkComparison(page, 'ga-74-29', 'ga-74-28');
    await waitForCard(page, 'IND');
    await page.click('section.compare button:has-text("Stop comparing")');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('compare'));
    // The button hides with the pickers, so the focus goes to the section's heading.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'compare-heading');
    await page.waitForSelector('table.transitions', { state: 'detached' });
    assert.equal(await page.$eval('figure.world-map', (f) => f.classList.contains('comparing')), false);
    assert.deepEqual(await page.$$eval('section.compare button[data-compare][aria-pressed=true]', (bs) => bs.length), 0);
    const shifts = await page.$$eval('.world-map g.state[data-shift]', (gs) => gs.length);
    assert.equal(shifts, 0, 'no data-shift once comparing stops');
    // The map is back to the vote on show (the first step's 3c-2019).
    const shown = await page.$$eval('.world-map g.state', (gs) => gs.map((g) => [g.dataset.iso3, g.dataset.vote]));
    for (const [iso3, vote] of shown) assert.equal(vote, voteOf('3c-2019', iso3), iso3);
    assert.equal(await param(page, 'country'), 'IND', 'the card stays');
  });
});

test('compare: the swing-states step buttons start a comparison', async () => {
  await withPage('?step=swing-states&vote=ga-74-29', async (page) => {
    const pairs = await page.$$eval('.step-figure button[data-compare]', (bs) => bs.map((b) => b.dataset.compare));
    assert.ok(pairs.length >= 1, 'the step offers at least one comparison');
    for (const pair of pairs) {
      const [a, b] = pair.split(',');
      assert.ok(VOTE_IDS.includes(a) && VOTE_IDS.includes(b) && a !== b, pair);
    }
    const [a, b] = pairs[0].split(',');
    await page.click(`.step-figure button[data-compare="${pairs[0]}"]`);
    await checkComparison(page, a, b);
    assert.equal(await page.evaluate(() => location.pathname), '/step-swing-states.html', 'the step is kept: the address is its page');
    if (pairs[1]) {
      // The step's own comparison (content field `compare`) is the step's
      // default, so its link stays the plain step link.
      const [c, d] = pairs[1].split(',');
      await page.click(`.step-figure button[data-compare="${pairs[1]}"]`);
      await page.waitForFunction(([c, d]) => document.querySelector('select[name=compare-from]')?.value === c
        && document.querySelector('select[name=compare-to]')?.value === d, [c, d]);
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('compare'));
      assert.equal(await page.evaluate(() => location.pathname), '/step-swing-states.html');
    }
  });
});

test('axe: no violations with a comparison shown', async () => {
  await withPage('?compare=3c-2019,ga-74-247', async (page) => {
    await waitForComparison(page, '3c-2019', 'ga-74-247');
    await page.click('details.moved summary');
    await page.waitForFunction(() => document.querySelector('details.moved').open);
    assert.deepEqual(await axeViolations(page), []);
  });
});

// ---------------------------------------------------------------- group split and filter

test('group split: counts per group match the data for each recorded vote', async () => {
  await withPage('', async (page) => {
    await page.click('details.group-split summary');
    await page.waitForFunction(() => document.querySelector('details.group-split').open);
    for (const id of VOTE_IDS) {
      await page.selectOption('select[name=vote]', id);
      await page.waitForFunction(
        ([id, symbol]) => document.querySelector('select[name=vote]').value === id
          && document.querySelector('details.group-split caption')?.textContent.includes(symbol),
        [id, VOTE_SYMBOL[id]],
        { timeout: 10_000 },
      );
      const rows = await page.$$eval('details.group-split tr[data-group]', (trs) => trs.map((tr) => ({
        group: tr.dataset.group,
        label: tr.querySelector('th')?.textContent.trim(),
        counts: Object.fromEntries([...tr.querySelectorAll('td[data-choice]')].map((td) => [td.dataset.choice, Number(td.textContent.trim())])),
      })));
      assert.equal(rows.length, 7, `${id}: 7 rows`);
      const expectedFor = (set) => {
        const t = { yes: 0, no: 0, abstain: 0, absent: 0 };
        for (const iso3 of set) t[voteOf(id, iso3)] += 1;
        return t;
      };
      const seen = new Set();
      for (const row of rows) {
        assert.deepEqual(Object.keys(row.counts).sort(), [...CHOICES].sort(), `${id} ${row.label}: four choices`);
        let key = REGIONAL_GROUPS.find((g) => GROUP_LABEL[g] === row.label);
        if (!key && /^co-?sponsor/i.test(row.label)) key = 'cosponsors';
        else if (!key && /^sponsor/i.test(row.label)) key = 'sponsors';
        assert.ok(key, `${id}: row "${row.label}" (data-group=${row.group}) is a known group`);
        seen.add(key);
        assert.deepEqual(row.counts, expectedFor(GROUP_MEMBERS[key]), `${id} ${key}: counts`);
        const sum = CHOICES.reduce((s, c) => s + row.counts[c], 0);
        assert.equal(sum, GROUP_MEMBERS[key].size, `${id} ${key}: row sums to the group size`);
      }
      assert.deepEqual([...seen].sort(), [...REGIONAL_GROUPS, 'sponsors', 'cosponsors'].sort(), `${id}: each group once`);
      assert.equal(GROUP_MEMBERS.sponsors.size, 8);
      assert.equal(GROUP_MEMBERS.cosponsors.size, 47);
    }
  });
});

test('table: the group filter keeps only that group\'s rows', async () => {
  const SIZES = { AFR: 54, APG: 54, EEG: 23, GRULAC: 33, WEOG: 29, sponsors: 8, cosponsors: 47 };
  await withPage('?view=table', async (page) => {
    for (const [value, size] of Object.entries(SIZES)) {
      assert.equal(GROUP_MEMBERS[value].size, size, `${value}: data size`);
      await page.selectOption('select[name=group-filter]', value);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.vote-table tbody tr[data-iso3]').length === n,
        size,
        { timeout: 10_000 },
      ).catch(() => {});
      const shown = await page.$$eval('.vote-table tbody tr[data-iso3]', (trs) => trs.map((tr) => tr.dataset.iso3));
      assert.equal(shown.length, size, `${value}: ${size} rows`);
      assert.deepEqual([...shown].sort(), [...GROUP_MEMBERS[value]].sort(), `${value}: exactly the group's members`);
    }
    await page.selectOption('select[name=group-filter]', 'all');
    await page.waitForFunction(() => document.querySelectorAll('.vote-table tbody tr[data-iso3]').length === 193);
  });
});

// ---------------------------------------------------------------- bad links

const BAD_LINKS = [
  ['country=XYZ', 'country'],
  ['country=', 'country'],
  ['country=FRANCE', 'country'],
  ['vote=ga-99-1', 'vote'],
  ['vote=3C_2019', 'vote'],
  ['view=globe', 'view'],
  ['compare=3c-2019', 'compare'],
  ['compare=3c-2019,3c-2019', 'compare'],
  ['compare=3c-2019,ga-99-1', 'compare'],
  ['compare=nope,3c-2019', 'compare'],
  ['compare=,,,,', 'compare'],
  ['compare=3c-2019,ga-74-247,ga-74-28', 'compare'],
  ['compare=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'compare'],
  ['compare=3c-2019,%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'compare'],
  ['country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'country'],
];

for (const [query, name] of BAD_LINKS) {
  test(`bad link ?${query}: ignored with a dismissible notice`, async () => {
    await withPage(`?${query}`, async (page) => {
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
      const text = await noticeShown(page);
      assert.match(text, new RegExp(name), `the notice names ${name}: ${text}`);
      // The page is otherwise normal.
      assert.equal(await page.$$eval('.world-map g.state', (gs) => gs.length), 193);
      assert.equal(await page.$('section.country-card'), null, 'no card');
      assert.equal(await page.$('table.transitions'), null, 'no comparison');
      assert.equal(await page.$eval('figure.world-map', (f) => f.classList.contains('comparing')), false);
      assert.equal(await param(page, name), null, `${name} dropped from the URL`);
      assert.equal(await page.$$eval('body script, body img[onerror]', (els) => els.filter((e) => /alert/.test(e.outerHTML)).length), 0, 'nothing from the URL became markup');
      const shown = await page.$$eval('.world-map g.state', (gs) => gs.map((g) => [g.dataset.iso3, g.dataset.vote]));
      for (const [iso3, vote] of shown) assert.equal(vote, voteOf('3c-2019', iso3), `default vote for ${iso3}`);
      // Dismissing the notice removes it.
      await page.click('.notice .notice-close');
      await page.waitForSelector('.notice', { state: 'detached' });
      assert.deepEqual(dialogs, []);
    });
  });
}

test('bad link: a bad compare pair leaves the good parameters working', async () => {
  await withPage('?country=bra&compare=3c-2019&view=table&vote=ga-73-27', async (page) => {
    const text = await noticeShown(page);
    assert.match(text, /compare/);
    await waitForCard(page, 'BRA');
    checkCard(await readCard(page), 'BRA');
    assert.equal(await param(page, 'view'), 'table');
    assert.equal(await param(page, 'vote'), 'ga-73-27');
    const rows = await page.$$eval('.vote-table tbody tr[data-iso3]', (trs) => trs.map((tr) => [tr.dataset.iso3, tr.dataset.vote]));
    assert.equal(rows.length, 193);
    for (const [iso3, vote] of rows) assert.equal(vote, voteOf('ga-73-27', iso3), iso3);
    assert.equal(await page.$('table.transitions'), null);
  });
});

test('good links give no notice: ?vote=, ?view=, ?country= and ?compare= together', async () => {
  await withPage('?vote=ga-73-266&view=grid&country=vct&compare=3c-2018,3c-2019', async (page) => {
    await waitForCard(page, 'VCT');
    await waitForComparison(page, '3c-2018', '3c-2019');
    assert.equal(await page.$('.notice'), null);
    assert.equal(await param(page, 'view'), 'grid');
    assert.equal(await page.$$eval('.tile-grid .tile', (ts) => ts.length), 193);
    assert.equal(await page.getAttribute('#tile-VCT', 'aria-selected'), 'true');
  });
});

test('compare: every cell of the transition table lists its states, changed or kept', async () => {
  const { page, problems, context } = await app.openPage('?compare=3c-2019,ga-74-247');
  await appReady(page);
  const a = new Map(votes('3c-2019').map((r) => [r.iso3, r.vote]));
  const b = new Map(votes('ga-74-247').map((r) => [r.iso3, r.vote]));
  const names = new Map(members.map((m) => [m.iso3, m.un_name]));
  const cells = await page.$$eval('.compare details li[data-from][data-to]', (lis) =>
    lis.map((li) => ({ from: li.dataset.from, to: li.dataset.to, text: li.textContent })));
  let listed = 0;
  for (const { from, to, text } of cells) {
    const expected = [...a.keys()].filter((k) => a.get(k) === from && b.get(k) === to);
    assert.ok(text.includes(`(${expected.length})`), `${from}->${to}: ${text.slice(0, 80)}`);
    for (const iso3 of expected) assert.ok(text.includes(names.get(iso3)), `${from}->${to} lists ${iso3}`);
    listed += expected.length;
  }
  assert.equal(listed, 193);
  assert.deepEqual(problems, []);
  await context.close();
});
