// The printed handout (every step, its numbers, sources and link), and the
// data downloads made in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady } from './harness.mjs';
import { steps } from './steps.mjs';
import { votes, tally, VOTE_IDS } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('the handout, a page of its own linked from the app, prints every step title, its vote numbers, sources and link', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[4].slug}`);
  await appReady(page);
  // The app links it; its own button prints this step.
  const href = await page.getAttribute('.share a.button[href$="handout.html"]', 'href');
  assert.equal(href, 'handout.html');
  assert.ok(await page.$('.share button[data-action=print]'), 'a button prints this step');
  await context.close();
  // The handout reads and prints without JavaScript.
  const plain = await app.openPage(href, { javaScriptEnabled: false });
  const handout = plain.page;
  assert.equal(await handout.$$eval('.print-step', (s) => s.length), steps.length);
  // Each printed map labels its step's states (the first four, at a
  // readable size), as the screen does.
  await handout.emulateMedia({ media: 'print' });
  for (const s of steps.filter((s) => s.vote)) {
    const shown = await handout.$$eval(`[data-print-step="${s.slug}"] .print-map [data-label-for]`, (gs) => gs
      .filter((g) => g.getBoundingClientRect().width > 0).map((g) => g.dataset.labelFor));
    assert.deepEqual(shown, s.highlight.slice(0, 4), `${s.slug}: its printed map labels ${s.highlight.slice(0, 4)}`);
  }
  const pdf = await handout.pdf({ format: 'A4' });
  const dir = mkdtempSync(join(tmpdir(), 'uncyber-pdf-'));
  writeFileSync(join(dir, 'handout.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'handout.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const s of steps) {
    assert.ok(text.includes(s.title.replace(/\s+/g, ' ')), `the handout has "${s.title}"`);
    assert.ok(text.includes(`step-${s.slug}.html`), `the handout links ${s.slug}`);
  }
  const t = tally('3c-2019');
  assert.ok(text.includes(`${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions`), 'the committee result');
  assert.ok(text.includes('undocs.org/A/C.3/74/SR.50'), 'sources are printed');
  assert.ok(!text.includes('Ctrl+P'), 'the line on how to print is not printed');
  assert.deepEqual([...problems, ...plain.problems], []);
  await plain.context.close();
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a.button:has-text("${name}")`)]);
  const path = await file.path();
  return (await import('node:fs')).readFileSync(path, 'utf8');
}

/** Each vote's symbol and date as the CSV heads its column, read from data/votes.toml. */
function csvHeading(id) {
  const toml = readFileSync('data/votes.toml', 'utf8');
  const block = toml.split('[[vote]]').find((b) => b.includes(`id = "${id}"`));
  const field = (k) => block.match(new RegExp(`^${k} = "([^"]*)"`, 'm'))[1];
  const date = new Date(`${field('date')}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${field('symbol')} (${date})`;
}

const CSV_WORDS = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote' };

test('the CSV and JSON downloads hold every state and vote, as in the data files', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  const csv = await download(page, 'Download CSV');
  assert.ok(csv.startsWith('\uFEFF'), 'a UTF-8 byte-order mark for spreadsheets');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\n');
  assert.equal(lines.length, 194);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"(.*)"$/, '$1').replace(/""/g, '"')));
  for (const id of VOTE_IDS) {
    assert.ok(!header.includes(id), `${id} is not a heading`);
    const column = header.indexOf(csvHeading(id));
    assert.ok(column > 0, csvHeading(id));
    const expected = new Map(votes(id).map((r) => [r.iso3, CSV_WORDS[r.vote]]));
    for (const cells of rows) assert.equal(cells[column], expected.get(cells[0]), `${id} ${cells[0]}`);
  }
  const names = rows.map((cells) => cells[1]);
  assert.ok(names.indexOf('Costa Rica') < names.indexOf("Côte d'Ivoire") && names.indexOf("Côte d'Ivoire") < names.indexOf('Croatia'), 'names sorted ignoring accents');
  const json = JSON.parse(await download(page, 'Download JSON'));
  assert.match(json.licence, /public UN records/);
  assert.equal(json.members.length, 193);
  assert.deepEqual(json.votes.map((v) => v.id).sort(), [...VOTE_IDS].sort());
  const committee = json.votes.find((v) => v.id === '3c-2019');
  assert.deepEqual(committee.official, tally('3c-2019'));
  assert.ok(committee.sources.some((s) => s.url === 'https://undocs.org/A/C.3/74/SR.50'));
  assert.match(await page.textContent('.citation'), /Sherman and Mark Raymond/);
  assert.deepEqual(problems, []);
  await context.close();
});
