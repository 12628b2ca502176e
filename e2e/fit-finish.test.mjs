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

// ---- item 17: citations ----

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const PUBLISHER = readFileSync('content/site.toml', 'utf8').match(/^publisher = "([^"]+)"/m)?.[1];
/** The last commit's day (UTC): the date the build stamps as "last updated". */
function lastCommitDay() {
  const iso = execFileSync('git', ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d'], { env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' }).trim();
  return new Date(`${iso}T00:00:00Z`);
}

async function citations(page, root) {
  return page.$$eval(`${root} .cite-style`, (blocks) => blocks.map((b) => ({
    label: b.querySelector('.cite-label')?.textContent,
    text: b.querySelector('.cite-text')?.textContent,
  })));
}

test('"Cite this step" gives APA, Chicago and BibTeX with author, dates and the step\'s own page, each copied by its button', async () => {
  assert.ok(PUBLISHER, 'content/site.toml names a publisher');
  const step = steps[4];
  const { page, problems, context } = await app.openPage(`?step=${step.slug}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.baseUrl).origin });
  await appReady(page);
  await page.click('.cite-step summary');
  const today = await page.evaluate(() => { const d = new Date(); return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString(); });
  const accessed = longDate(new Date(today));
  const updated = lastCommitDay();
  const url = `${app.baseUrl}step-${step.slug}.html`;
  const styles = await citations(page, '.cite-step');
  assert.deepEqual(styles.map((s) => s.label), ['APA (7th edition)', 'Chicago', 'BibTeX']);
  const [apa, chicago, bibtex] = styles.map((s) => s.text);
  assert.ok(apa.startsWith(`${PUBLISHER}. (${updated.getUTCFullYear()}, ${MONTHS[updated.getUTCMonth()]} ${updated.getUTCDate()}). `), apa);
  assert.ok(apa.endsWith(`Retrieved ${accessed}, from ${url}`), apa);
  assert.ok(chicago.startsWith(`${PUBLISHER}. `), chicago);
  assert.ok(chicago.includes(`Last modified ${longDate(updated)}. Accessed ${accessed}. ${url}.`), chicago);
  assert.ok(bibtex.startsWith('@misc{'), bibtex);
  assert.ok(bibtex.includes(`author = {{${PUBLISHER}}}`), bibtex);
  assert.ok(bibtex.includes(`url = {${url}}`), bibtex);
  assert.ok(bibtex.includes(`urldate = {${today.slice(0, 10)}}`), bibtex);
  for (const text of [apa, chicago, bibtex]) {
    assert.ok(!/““|””/.test(text), `no doubled quotation marks: ${text}`);
    assert.ok(text.includes('Authoritarian multilateralism'), text);
  }
  for (const [i, label] of ['APA (7th edition)', 'Chicago', 'BibTeX'].entries()) {
    await page.click(`.cite-step button:has-text("Copy ${label}")`);
    await page.waitForFunction((i) => document.querySelectorAll('.cite-step .cite-status')[i].textContent === 'Copied', i);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), styles[i].text, label);
  }
  // The next step's citation is its own, and the statuses are cleared.
  await page.click('nav.step-nav button:has-text("Next")');
  await page.waitForFunction((slug) => document.querySelector('.cite-step .cite-apa').textContent.includes(`step-${slug}.html`), steps[5].slug);
  assert.deepEqual(await page.$$eval('.cite-step .cite-status', (s) => s.map((e) => e.textContent)), ['', '', '']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"How to cite" gives the three styles for the explainer, with the access date in the app and without it on the static page', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  const styles = await citations(page, '.downloads');
  assert.deepEqual(styles.map((s) => s.label), ['APA (7th edition)', 'Chicago', 'BibTeX']);
  const updated = lastCommitDay();
  assert.ok(styles[0].text.startsWith(`${PUBLISHER}. (${updated.getUTCFullYear()}, `), styles[0].text);
  assert.match(styles[0].text, /Retrieved [A-Z][a-z]+ \d+, \d{4}, from http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.match(styles[1].text, /Last modified [A-Z][a-z]+ \d+, \d{4}\. Accessed /);
  assert.match(await page.textContent('.downloads .citation-sources'), /Sherman and Mark Raymond/);
  assert.equal(await page.$$eval('.downloads button[data-action=cite-copy]', (b) => b.length), 3);
  await context.close();
  // Without JavaScript the static page cites the explainer, claiming no access date.
  const still = await app.openPage('', { javaScriptEnabled: false });
  const text = await still.page.textContent('#prerender .downloads .cite-apa');
  assert.ok(text.startsWith(`${PUBLISHER}. (`), text);
  assert.ok(!text.includes('Retrieved'), text);
  assert.deepEqual(problems, []);
  await still.context.close();
});

// ---- item 14: the embed dialog says what a teacher needs, and its status is honest ----

test('the embed dialog explains heights, locking, no script and the optional resize line; its status says only what happened', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[2].slug}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.baseUrl).origin });
  await appReady(page);
  const statusText = () => page.textContent('.embed-dialog [role=status]');
  await page.click('button:has-text("Embed this")');
  await page.waitForSelector('dialog.embed-dialog[open]');
  assert.equal(await statusText(), '', 'nothing to report on opening');
  const help = (await page.textContent('dialog.embed-dialog')).replace(/\s+/g, ' ');
  assert.ok(!/README/.test(help), 'no pointer to a README the teacher does not have');
  assert.match(help, /needs no script/);
  assert.match(help, /450 to 650 px/);
  assert.match(help, /lock=1/);
  assert.equal(await page.textContent('.embed-dialog .embed-script'), `<script src="${app.baseUrl}public/embed-resize.js" defer></script>`);
  await page.click('.embed-dialog button:has-text("Copy embed code")');
  await page.waitForFunction(() => document.querySelector('.embed-dialog [role=status]').textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('.embed-dialog textarea'));
  await page.click('.embed-dialog button:has-text("Close")');
  assert.equal(await statusText(), '', 'cleared on closing');
  await page.click('button:has-text("Embed this")');
  assert.equal(await statusText(), '', 'nothing stale on reopening');
  await page.screenshot({ path: `${SHOTS}/embed-dialog-1280.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- item 12: no skip link to a hidden section in a locked embed ----

test('in a lock=1 frame every skip link lands on something visible', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[8].slug}&embed=1&lock=1`);
  await page.waitForSelector('article[data-step]');
  const links = await page.$$eval('a.skip-link', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length > 0, 'the story skip link stays');
  for (const href of links) {
    const visible = await page.isVisible(href);
    assert.ok(visible, `${href} is visible`);
    await page.focus(`a.skip-link[href="${href}"]`);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    assert.notEqual(focused, 'BODY', `${href} moves focus somewhere`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
