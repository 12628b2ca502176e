// Fit and finish (issue 16): what a reader, an educator and a reporter trip
// over. Expected values come from the data and content files, not from the
// app. Screenshots for review go to target/screenshots/ (never dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady } from './harness.mjs';
import { steps } from './steps.mjs';
import { members, votes } from './data.mjs';

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });
const PHONE = { width: 375, height: 667 };
const LAPTOP = { width: 1280, height: 800 };

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

// ---- item 4: the table's filter finds what "Find a country" finds ----

test('the table filter finds states by common names, ignoring case and accents', async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const cases = [['Ivory Coast', 'CIV'], ['North Korea', 'PRK'], ['Vietnam', 'VNM'], ['Türkiye', 'TUR'], ['turkiye', 'TUR'], ['Swaziland', 'SWZ']];
  for (const [query, iso3] of cases) {
    await page.fill('.vote-table input[name=q]', query);
    await page.waitForFunction(() => document.querySelectorAll('.vote-table tbody tr').length < 193);
    const rows = await page.$$eval('.vote-table tbody tr', (trs) => trs.map((tr) => tr.dataset.iso3));
    assert.deepEqual(rows, [iso3], query);
    assert.match(await page.textContent('.vote-table .row-count'), /Showing 1 of 193/, query);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- item 15: names in the table sort ignoring accents ----

test("the table lists Côte d'Ivoire between Costa Rica and Croatia", async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const rows = await page.$$eval('.vote-table tbody tr', (trs) => trs.map((tr) => tr.dataset.iso3));
  assert.ok(rows.indexOf('CRI') < rows.indexOf('CIV') && rows.indexOf('CIV') < rows.indexOf('HRV'), rows.slice(35, 48).join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});
