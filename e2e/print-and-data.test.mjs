// The printed handout (every step, its numbers, sources and link), and the
// data downloads made in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady } from './harness.mjs';
import { steps } from './steps.mjs';
import { votes, tally, VOTE_IDS } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('printing gives a handout with every step title, its vote numbers, sources and link', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[4].slug}`);
  await appReady(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('.print-handout', { state: 'attached' });
  assert.equal(await page.$$eval('.print-step', (s) => s.length), steps.length);
  const pdf = await page.pdf({ format: 'A4' });
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
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForSelector('.print-handout', { state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a.button:has-text("${name}")`)]);
  const path = await file.path();
  return (await import('node:fs')).readFileSync(path, 'utf8');
}

test('the CSV and JSON downloads hold every state and vote, as in the data files', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  const csv = await download(page, 'Download CSV');
  const lines = csv.trim().split('\n');
  assert.equal(lines.length, 194);
  const header = lines[0].split(',');
  for (const id of VOTE_IDS) {
    const column = header.indexOf(id);
    assert.ok(column > 0, id);
    const expected = new Map(votes(id).map((r) => [r.iso3, r.vote]));
    for (const line of lines.slice(1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
      assert.equal(cells[column], expected.get(cells[0]), `${id} ${cells[0]}`);
    }
  }
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
