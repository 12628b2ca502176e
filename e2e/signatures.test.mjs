// The 2024 Convention's signatures as their own kind of record: the map and
// its key, country cards for a signer, a non-signer, a state with no
// signature on record and one whose status is unknown, the
// 2019-vote-to-signature comparison, the two steps about the signing (by
// slug), the static page and the downloads. Every expected number and date is
// computed here from data/signatures/2025-convention.csv and
// data/votes/3c-2019.csv; neither "status unknown" nor "no signature on
// record" may ever read as "not signed", and every count is dated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, appReady } from './harness.mjs';
import { members, votes, csvRows, labelTable } from './data.mjs';
const SHOTS = 'target/screenshots';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

// ---------------------------------------------------------------- the data

const [HEADER, ...CELLS] = csvRows(readFileSync('data/signatures/2025-convention.csv', 'utf8'));
// A `not-signed` row that rests only on a name missing from a list seen in
// part (evidence inferred-official*) is shown as "no signature on record".
const shown = (r) => (r.status === 'not-signed' && r.evidence.startsWith('inferred-official') ? 'no-record' : r.status);
const ROWS = CELLS.map((cells) => {
  const r = Object.fromEntries(HEADER.map((k, i) => [k, cells[i]]));
  return { ...r, shown: shown(r) };
});
const SIG = new Map(ROWS.map((r) => [r.iso3, r]));
const VOTE_2019 = new Map(votes('3c-2019').map((r) => [r.iso3, r.vote]));
const count = (status) => ROWS.filter((r) => r.shown === status).length;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEAK = new Set(['press', 'press-only', 'press-secondary', 'inferred-official', 'inferred-official-2']);
const LABEL = { signed: 'Signed', 'not-signed': 'Not signed', 'no-record': 'No signature on record', unknown: 'Status unknown' };
const SLOT = { signed: 'yes', 'not-signed': 'no', 'no-record': 'abstain', unknown: 'absent' };
const SIGNED_IN_HANOI = (r) => r.status === 'signed' && r.date.startsWith('2025-10-2');
const PHRASE_2019 = { yes: 'Voted yes', no: 'Voted no', abstain: 'Abstained', absent: 'Did not vote' };

/** "2025-10-25" -> "25 October 2025"; "2026-07" -> "July 2026". */
function dateLabel(iso) {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
}

/** A row's date as the data spells it: "2025-10-25/26", ">=2025-11-19". */
const checked = (r) => (r.status === 'signed' ? r.date : r.as_of);

/** "Jul 2026", "27 Jan 2026": the key's dates. */
const shortMonths = (label) => MONTHS.reduce((out, m) => out.replace(m, m.slice(0, 3)), label);

/** "25 or 26 October 2025", "19 November 2025 or later", "July 2026". */
function signDateLabel(d) {
  const bare = d.replace('>=', '');
  const [day, other] = bare.split('/');
  let label = dateLabel(day);
  if (other) label = label.replace(/^(\d+) /, `$1 or ${other} `);
  return d.startsWith('>=') ? `${label} or later` : label;
}

/** The date a count of these rows is true as of: the latest they were checked to. */
function asOf(rows) {
  const dates = rows.map(checked).filter(Boolean);
  const latest = dates.reduce((a, b) => (b.replace('>=', '') > a.replace('>=', '') ? b : a));
  return signDateLabel(latest);
}
const AS_OF = asOf(ROWS);
const asOfShown = (status) => asOf(ROWS.filter((r) => r.shown === status));

/** The key's labels as the data says they should read, with their counts. */
function expectedLegend() {
  const out = {};
  for (const status of ['signed', 'not-signed', 'no-record']) out[`${LABEL[status]}, as of ${shortMonths(asOfShown(status))}`] = count(status);
  out['Status unknown'] = count('unknown');
  return out;
}

for (const iso3 of ['AUS', 'USA', 'KOR']) assert.ok(SIG.has(iso3), `${iso3} has a row`);
assert.equal(ROWS.length, 193);

// ---------------------------------------------------------------- helpers

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

/** The stage's legend as { label: count }, visible items only. */
async function legend(page) {
  return page.$$eval('.stage-figure .legend li:not([hidden])', (lis) => Object.fromEntries(lis
    .filter((li) => li.querySelector('.legend-count'))
    .map((li) => [(li.querySelector('.legend-label')?.textContent.trim() ?? li.textContent.trim()) + (li.querySelector('.legend-as-of')?.textContent ?? ''), Number(li.querySelector('.legend-count').textContent)])));
}

// ---------------------------------------------------------------- map

test('signatures: the map colours every state by its status, with a key of four dated counts', async () => {
  await withPage('?vote=signatures', async (page) => {
    await page.waitForFunction(() => document.querySelector('.stage-title')?.textContent.includes('A/RES/79/243'), null, { timeout: 10_000 });
    assert.deepEqual(await legend(page), expectedLegend());
    const title = await page.textContent('.stage-title');
    assert.ok(title.includes(`signatures as of ${AS_OF}`), title);
    assert.ok(!title.includes('25 October 2025'), `the Hanoi day is not the record's date: ${title}`);
    assert.ok(title.includes(`${count('signed')} signed, ${count('not-signed')} not signed, ${count('no-record')} no signature on record, ${count('unknown')} status unknown`), title);
    const states = await page.$$eval('.world-map g.state', (gs) => gs.map((g) => [g.dataset.iso3, g.dataset.vote, g.getAttribute('aria-label')]));
    assert.equal(states.length, 193);
    for (const [iso3, slot, label] of states) {
      const { shown: status } = SIG.get(iso3);
      assert.equal(slot, SLOT[status], `${iso3} drawn as ${status}`);
      assert.ok(label.endsWith(`: ${LABEL[status]}`), `${iso3}: ${label}`);
    }
    // Unknown and "no signature on record" are drawn unlike "not signed",
    // and unlike each other: four different fills.
    const fill = (iso3) => page.$eval(`.world-map g.state[data-iso3="${iso3}"] path`, (p) => getComputedStyle(p).fill);
    const fills = await Promise.all(['AUS', 'USA', 'JPN', 'KOR'].map(fill));
    assert.deepEqual(['AUS', 'USA', 'JPN', 'KOR'].map((iso3) => SIG.get(iso3).shown), ['signed', 'not-signed', 'no-record', 'unknown']);
    assert.equal(new Set(fills).size, 4, fills.join(' | '));
  });
});

test('signatures: the tooltip names the status and, where the evidence is weak, says so', async () => {
  await withPage('?vote=signatures', async (page) => {
    await page.waitForFunction(() => document.querySelector('.stage-title')?.textContent.includes('A/RES/79/243'), null, { timeout: 10_000 });
    const tooltipOf = async (iso3) => {
      await page.dispatchEvent(`#map-${iso3} path`, 'pointerover');
      return page.textContent('.world-map .state-tooltip');
    };
    const kor = await tooltipOf('KOR');
    assert.ok(kor.includes('Status unknown') && !/not signed/i.test(kor), kor);
    // Brazil: officially listed, no caveat; Japan: inferred from lists.
    const bra = await tooltipOf('BRA');
    assert.equal(WEAK.has(SIG.get('BRA').evidence), false);
    assert.ok(bra.includes('Signed') && !bra.includes('('), bra);
    assert.equal(WEAK.has(SIG.get('JPN').evidence), true);
    const jpn = await tooltipOf('JPN');
    assert.ok(jpn.includes('No signature on record (inferred from official lists)') && !/not signed/i.test(jpn), jpn);
  });
});

// ---------------------------------------------------------------- cards

/** The card's line on the convention, as the data says it should read. */
function expectedSentence(iso3) {
  const r = SIG.get(iso3);
  let status;
  if (r.status === 'signed') {
    const [day, other] = r.date.split('/');
    let label = dateLabel(day);
    if (other) label = label.replace(/^(\d+) /, `$1 or ${other} `);
    status = SIGNED_IN_HANOI(r)
      ? `signed the Convention in Hanoi on ${label}`
      : `signed the Convention at UN Headquarters ${r.date.length === 7 ? 'in' : 'on'} ${label}`;
  } else if (r.shown === 'not-signed') {
    status = `had not signed the Convention as of ${signDateLabel(r.as_of)}`;
  } else if (r.shown === 'no-record') {
    status = `had no signature of the Convention on record as of ${signDateLabel(r.as_of)}`;
  } else {
    status = 'whether it has signed the Convention is not known (status unknown)';
  }
  return `${PHRASE_2019[VOTE_2019.get(iso3)]} in committee in 2019; ${status}`;
}

for (const [iso3, kind] of [['AUS', 'signed'], ['USA', 'not-signed'], ['JPN', 'no-record'], ['KOR', 'unknown']]) {
  test(`signatures: the card of ${iso3} (${kind}) says how it voted in 2019, its status and what that rests on`, async () => {
    assert.equal(SIG.get(iso3).shown, kind);
    await withPage(`?vote=signatures&country=${iso3}`, async (page) => {
      await page.waitForSelector(`section.country-card[data-card-for="${iso3}"]`, { timeout: 10_000 });
      const line = (await page.textContent('section.country-card .card-signature')).trim();
      assert.ok(line.startsWith(expectedSentence(iso3)), `${line} vs ${expectedSentence(iso3)}`);
      // The evidence in plain words follows any known status, never a working note.
      assert.equal(line.includes('. Evidence: '), kind !== 'unknown', line);
      assert.ok(!/visible through|Verdragenbank|digest claims/.test(line), line);
      const row = await page.$eval('section.country-card tr[data-vote-id="signatures"]', (tr) => tr.textContent);
      assert.ok(row.includes(LABEL[kind]), row);
      if (kind === 'unknown' || kind === 'no-record') {
        const card = await page.textContent('section.country-card');
        assert.ok(!/not signed/i.test(card), card);
      }
    });
  });
}

// ---------------------------------------------------------------- compare

const noThenSigned = members.filter((m) => VOTE_2019.get(m.iso3) === 'no' && SIG.get(m.iso3).status === 'signed');

test('signatures: ?compare=3c-2019,signatures gives the transition table from the vote to signing, summing to 193', async () => {
  await withPage('?compare=3c-2019,signatures', async (page) => {
    await page.waitForSelector('section.compare table.transitions', { timeout: 10_000 });
    const cells = await page.$$eval('section.compare table.transitions tbody td[data-from][data-to]',
      (tds) => tds.map((td) => [td.dataset.from, td.dataset.to, Number(td.textContent)]));
    const heads = await page.$$eval('section.compare table.transitions thead th', (ths) => ths.map((th) => th.textContent.trim()));
    assert.deepEqual(heads, ['Signed', 'Not signed', 'No signature on record', 'Status unknown', 'Total']);
    let sum = 0;
    for (const [from, to, n] of cells) {
      const status = Object.keys(SLOT).find((s) => SLOT[s] === to);
      const want = members.filter((m) => VOTE_2019.get(m.iso3) === from && SIG.get(m.iso3).shown === status).length;
      assert.equal(n, want, `${from} -> ${status}`);
      sum += n;
    }
    assert.equal(cells.length, 16);
    assert.equal(sum, 193);
    // The map shows the statuses, with their own dated key.
    assert.deepEqual(await legend(page), expectedLegend());
  });
});

test('signatures: the preset "2019: committee → signing" starts that comparison, pressed, in the page and the address', async () => {
  await withPage('', async (page) => {
    const button = 'section.compare button[data-compare="3c-2019,signatures"]';
    assert.equal((await page.textContent(button)).trim(), '2019: committee → signing');
    assert.equal(await page.getAttribute(button, 'aria-pressed'), 'false');
    await page.click(button);
    await page.waitForSelector('section.compare table.transitions', { timeout: 10_000 });
    await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '3c-2019,signatures');
    assert.equal(await page.getAttribute(button, 'aria-pressed'), 'true');
    assert.equal(await page.$eval('select[name=compare-from]', (s) => s.value), '3c-2019');
    assert.equal(await page.$eval('select[name=compare-to]', (s) => s.value), 'signatures');
    const heads = await page.$$eval('section.compare table.transitions thead th', (ths) => ths.map((th) => th.textContent.trim()));
    assert.deepEqual(heads, ['Signed', 'Not signed', 'No signature on record', 'Status unknown', 'Total']);
    const signedAfterNo = await page.$eval('section.compare table.transitions td[data-from=no][data-to=yes]', (td) => Number(td.textContent));
    assert.equal(signedAfterNo, noThenSigned.length, 'voted no in 2019, then signed');
  });
});

// ---------------------------------------------------------------- steps


test('signatures: the signing step, by slug, sets the 2019 vote against signing with numbers from the data', async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
    await withPage('?step=signing', async (page) => {
      await page.waitForSelector('article[data-step="signing"]', { timeout: 10_000 });
      const text = await page.textContent('article[data-step="signing"]');
      const noCount = [...VOTE_2019.values()].filter((v) => v === 'no').length;
      const hanoi = noThenSigned.filter((m) => SIGNED_IN_HANOI(SIG.get(m.iso3))).length;
      assert.ok(text.includes(`Of the ${noCount} states that voted no, ${noThenSigned.length} have signed, ${hanoi} of them in Hanoi`), text);
      const yesCount = [...VOTE_2019.values()].filter((v) => v === 'yes').length;
      const yesNoRecord = members.filter((m) => VOTE_2019.get(m.iso3) === 'yes' && SIG.get(m.iso3).shown === 'no-record').length;
      assert.ok(text.includes(`Of the ${yesCount} that voted yes, ${yesNoRecord} had no signature on record`), text);
      // Every count of signatures says the date it is true as of.
      assert.ok(text.includes(`As of ${asOfShown('signed')}, its records show ${count('signed')} that have signed`), text);
      assert.ok(text.includes(`As of ${asOfShown('no-record')}, ${count('no-record')} had no signature on record`), text);
      assert.ok(text.includes(`The United States voted no and had not signed`), text);
      await page.waitForSelector('section.compare table.transitions', { timeout: 10_000, state: 'attached' });
      await page.waitForFunction(() => document.querySelector('.stage-title')?.textContent.includes('A/RES/79/243'), null, { timeout: 10_000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${SHOTS}/signing-${viewport.width}x${viewport.height}.png` });
    }, { viewport });
  }
});

test('signatures: the closing step, by slug, tests the warning against the record with figures from the data', async () => {
  await withPage('?step=was-the-warning-right&vote=signatures', async (page) => {
    await page.waitForSelector('article[data-step="was-the-warning-right"]', { timeout: 10_000 });
    const text = await page.textContent('article[data-step="was-the-warning-right"]');
    assert.ok(text.includes('Was the warning right?'), text);
    assert.ok(text.includes('Sherman and Raymond'), text);
    assert.ok(text.includes(`${noThenSigned.length} had signed as of ${asOfShown('signed')}`), text);
    for (const [iso3, name] of [['BRA', 'Brazil'], ['NGA', 'Nigeria'], ['IND', 'India']]) {
      const phrase = { signed: 'signed', 'not-signed': 'had not signed', 'no-record': 'had no signature on record' }[SIG.get(iso3).shown];
      assert.ok(text.includes(`${name} ${phrase}`), `${name}: ${text}`);
    }
    const sources = await page.$$eval('article[data-step="was-the-warning-right"] a[href]', (as) => as.map((a) => a.href));
    assert.ok(sources.some((h) => h.includes('goodauthority.org')), 'cites Sherman and Raymond');
    const stage = await page.textContent('.stage-title');
    assert.ok(stage.includes('A/RES/79/243'), stage);
  });
});

// ---------------------------------------------------------------- static page, downloads

/** A state's row of a static page's table, up to the next row (the page
 * leaves out the optional end tags). */
const rowOf = (page, iso3) => page.match(new RegExp(`<tr data-iso3="${iso3}"[^]*?(?=<tr|</tbody>)`))?.[0] ?? '';

test('signatures: the static page of the signing step lists each status, and the CSV and JSON carry it with its date, plain evidence and sources', async () => {
  const page = await (await fetch(`${app.baseUrl}step-signing.html`)).text();
  for (const iso3 of ['AUS', 'USA', 'JPN', 'KOR', 'SWE']) {
    const row = rowOf(page, iso3);
    assert.ok(row.includes(LABEL[SIG.get(iso3).shown]), `${iso3}: ${row}`);
  }
  assert.ok(rowOf(page, 'SWE').includes('(a single press report)'));
  // Each row's evidence in plain words, never the reference set's notes.
  assert.ok(rowOf(page, 'JPN').includes('Evidence: Absent from the part of the Netherlands treaty database'));
  assert.ok(page.includes(`signatures as of ${AS_OF}`), 'the table is dated');
  assert.ok(!/visible through|absent from Verdragenbank|snapshot contains|digest claims/.test(page), 'no working note on the page');
  assert.ok(!rowOf(page, 'KOR').includes('Not signed'));
  assert.ok(!rowOf(page, 'JPN').includes('Not signed'));
  const csv = csvRows((await (await fetch(`${app.baseUrl}un-cyber-votes.csv`)).text()).replace(/^\uFEFF/, ''));
  const at = csv[0].findIndex((h) => h.endsWith('signature status'));
  assert.ok(at > 0);
  assert.deepEqual(csv[0].slice(at + 1, at + 6), ['Signature date', 'Status as of', 'Evidence', 'Evidence level', 'Signature sources']);
  for (const row of csv.slice(1)) {
    const r = SIG.get(row[0]);
    assert.deepEqual([row[at], row[at + 1], row[at + 2], row[at + 4]], [LABEL[r.shown], r.date, checked(r), r.evidence], row[0]);
    assert.equal(row[at + 3] === '', r.status === 'unknown', `${row[0]}: evidence in words`);
    assert.ok(!/visible through|Verdragenbank|snapshot/.test(row.join(',')), `${row[0]} carries no working note`);
    for (const url of row[at + 5].split(' ').filter(Boolean)) assert.match(url, /^https?:\/\//, row[0]);
  }
  const json = await (await fetch(`${app.baseUrl}un-cyber-votes.json`)).json();
  assert.equal(json.convention_signatures.id, 'signatures');
  assert.ok(!json.votes.some((v) => v.id === 'signatures'), 'the signatures are not listed as a vote');
  const kor = json.members.find((m) => m.iso3 === 'KOR');
  assert.equal(kor.convention_signature.status, 'unknown');
  const jpn = json.members.find((m) => m.iso3 === 'JPN');
  assert.equal(jpn.convention_signature.status, 'no-record');
  assert.ok(jpn.convention_signature.sources.length > 0, 'the lists behind it');
  const usa = json.members.find((m) => m.iso3 === 'USA');
  assert.equal(usa.convention_signature.status, 'not-signed');
  assert.equal(usa.convention_signature.as_of, SIG.get('USA').as_of);
  assert.equal(usa.convention_signature.evidence_level, SIG.get('USA').evidence);
});

test('signatures: the group split counts each regional group by status, unknown apart', async () => {
  await withPage('?vote=signatures', async (page) => {
    await page.click('details.group-split summary');
    await page.waitForFunction(() => document.querySelector('details.group-split caption')?.textContent.includes('A/RES/79/243'), null, { timeout: 10_000 });
    const heads = await page.$$eval('details.group-split thead th', (ths) => ths.map((th) => th.textContent.trim()));
    assert.deepEqual(heads, ['Group', 'Signed', 'Not signed', 'No signature on record', 'Status unknown', 'Members']);
    const rows = await page.$$eval('details.group-split tr[data-group]', (trs) => trs.map((tr) => [
      tr.dataset.group,
      Object.fromEntries([...tr.querySelectorAll('td[data-choice]')].map((td) => [td.dataset.choice, Number(td.textContent)])),
    ]));
    for (const group of ['AFR', 'APG', 'EEG', 'GRULAC', 'WEOG']) {
      const [, counts] = rows.find(([g]) => g.toUpperCase() === group || g === group.toLowerCase()) ?? [];
      assert.ok(counts, `${group} row in ${JSON.stringify(rows.map(([g]) => g))}`);
      const inGroup = members.filter((m) => m.regional_group === group);
      const want = (status) => inGroup.filter((m) => SIG.get(m.iso3).shown === status).length;
      assert.deepEqual(counts, { yes: want('signed'), no: want('not-signed'), abstain: want('no-record'), absent: want('unknown') }, group);
    }
  });
});

// ---------------------------------------------------------------- other languages

/** How a state's evidence reads in English (data/signatures/evidence.toml):
 * its own [state.ISO3] wording, else its level's. */
function englishEvidence(iso3) {
  const text = readFileSync('data/signatures/evidence.toml', 'utf8');
  const reads = (header) => text.split(/^\[/m).find((part) => part.startsWith(`${header}]`))?.match(/^reads = "([^"]*)"/m)?.[1];
  const level = SIG.get(iso3).evidence;
  return reads(`state.${iso3}`) ?? reads(`level.${level}`) ?? reads(`level."${level}"`);
}

for (const code of ['fr', 'es', 'ru', 'zh', 'ar']) {
  test(`signatures in ${code}/: the evidence behind a status reads in the language, in the card and on the static page`, async () => {
    const words = labelTable(code, 'evidence');
    const bare = (text) => text.replace(/[\u2066\u2069]/g, '');
    for (const iso3 of ['USA', 'JPN', 'SWE']) {
      const english = englishEvidence(iso3);
      assert.ok(english && words.get(english), `${iso3}: ${english}`);
      await withPage(`${code}/?vote=signatures&country=${iso3}`, async (page) => {
        await page.waitForSelector(`section.country-card[data-card-for="${iso3}"]`, { timeout: 10_000 });
        const line = bare(await page.textContent('section.country-card .card-signature'));
        assert.ok(line.includes(words.get(english)), `${code} ${iso3}: ${line}`);
        assert.ok(!line.includes(english), `${code} ${iso3}: no English evidence`);
      });
    }
    const page = bare(await (await fetch(`${app.baseUrl}${code}/step-signing.html`)).text());
    for (const english of words.keys()) assert.ok(!page.includes(english), `${code}: "${english}" is not on the static page`);
    assert.ok(rowOf(page, 'JPN').includes(words.get(englishEvidence('JPN'))), rowOf(page, 'JPN'));
  });
}
