// Usability details a reader, an educator and a reporter trip over: the
// table's names (filter and sort), citations, the embed dialog and a locked
// frame's skip links, the printed handout in greyscale, fitting phones (the
// country card, tooltips, the table) and terms explained where readers meet
// them. Expected values come from the data and content files, not from the
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

/** Each vote's `decided` words, read from data/votes.toml (one-line strings). */
const DATA_VOTES = readFileSync('data/votes.toml', 'utf8').split(/^\[\[vote\]\]$/m).slice(1).map((block) => ({
  id: block.match(/^id = "([^"]+)"/m)[1],
  decided: JSON.parse(block.match(/^decided = ("(?:[^"\\]|\\.)*")/m)[1]),
}));

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });
const PHONE = { width: 375, height: 667 };
const LAPTOP = { width: 1280, height: 800 };

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

// ---- the table's filter finds what "Find a country" finds ----

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

// ---- names in the table sort ignoring accents ----

test("the table lists Côte d'Ivoire between Costa Rica and Croatia", async () => {
  const { page, problems, context } = await app.openPage('?view=table');
  await appReady(page);
  const rows = await page.$$eval('.vote-table tbody tr', (trs) => trs.map((tr) => tr.dataset.iso3));
  assert.ok(rows.indexOf('CRI') < rows.indexOf('CIV') && rows.indexOf('CIV') < rows.indexOf('HRV'), rows.slice(35, 48).join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- citations ----

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

/** A one-line entry of a content/ui file, as written there (no escapes in these). */
const uiEntry = (file, key) => JSON.parse(readFileSync(`content/ui/${file}.toml`, 'utf8').match(new RegExp(`^${key} = (".*")$`, 'm'))[1]);

test('the licence and the sources note are in the app at once, on the first step and a later one, though its wasm leaves them out', async () => {
  const licence = uiEntry('downloads', 'licence');
  const note = uiEntry('citations', 'sources_note');
  for (const path of ['', `step-${steps[6].slug}.html`, `?step=${steps[3].slug}`]) {
    const { page, problems, context } = await app.openPage(path);
    await appReady(page);
    await page.waitForSelector('#prerender', { state: 'detached' });
    // Nothing hovered or focused: the story page is not fetched, the page's own copy gave them.
    const words = await page.evaluate(() => ({
      licence: document.querySelector('.app .downloads p').textContent,
      notes: [...document.querySelectorAll('.app .citation-sources')].map((p) => p.textContent),
      waiting: document.querySelectorAll('.app .downloads [data-fill-from], .app .cite-step [data-fill-from]').length,
    }));
    assert.ok(words.licence.endsWith(licence), `${path}: ${words.licence}`);
    assert.deepEqual(words.notes, [note, note], path);
    assert.equal(words.waiting, 0, path);
    assert.deepEqual(problems, []);
    await context.close();
  }
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

// ---- the embed dialog says what a teacher needs, and its status is honest ----

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

// ---- no skip link to a hidden section in a locked embed ----

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

// ---- the printed handout's categories stay distinct in greyscale ----

/** A point well inside `iso3`'s outline on the first printed map, in CSS px of the page. */
async function insidePoint(page, iso3, index) {
  return page.evaluate(({ index }) => {
    const svg = document.querySelector('.print-handout .print-map');
    const g = svg.querySelectorAll(':scope > g')[index];
    const path = g.querySelector('path');
    const box = path.getBBox();
    const inside = (x, y) => path.isPointInFill(new DOMPoint(x, y));
    const r = 6; // path units around the point that must be inside too
    let best = null;
    for (let i = 1; i < 40; i += 1) {
      for (let j = 1; j < 40; j += 1) {
        const x = box.x + (box.width * i) / 40, y = box.y + (box.height * j) / 40;
        if (![[0, 0], [r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, -r], [r, -r], [-r, r]].every(([dx, dy]) => inside(x + dx, y + dy))) continue;
        const d = Math.hypot(x - box.x - box.width / 2, y - box.y - box.height / 2);
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    if (!best) return null;
    const m = svg.getScreenCTM();
    const p = new DOMPoint(best.x, best.y).matrixTransform(m);
    return { x: p.x + window.scrollX, y: p.y + window.scrollY, radius: r * m.a };
  }, { index });
}

/** Reads a binary greyscale PGM (P5) written by pdftoppm -gray. */
function readPgm(path) {
  const buf = readFileSync(path);
  let pos = 0;
  const token = () => {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos += 1;
    let s = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    return s;
  };
  const magic = token(), width = +token(), height = +token(); token();
  pos += 1;
  assert.equal(magic, 'P5');
  return { width, height, at: (x, y) => buf[pos + y * width + x] };
}

test('the printed handout keeps yes, no, abstained and did not vote distinct in greyscale, and its caption says how', async () => {
  const { page, problems, context } = await app.openPage('handout.html', { viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
  await page.emulateMedia({ media: 'print' });
  // The first map is step 1's: the committee vote of 2019.
  const caption = (await page.textContent('.print-handout .print-vote')).replace(/\s+/g, ' ');
  assert.ok(caption.startsWith('A/C.3/74/L.11/Rev.1'), caption);
  assert.ok(!/hatched/.test(caption), `the caption describes what prints: ${caption}`);
  assert.match(caption, /stripes: abstained/);
  assert.match(caption, /stripes: did not vote/);
  const index = (iso3) => members.findIndex((m) => m.iso3 === iso3);
  // Russia voted yes, the United States no, Brazil abstained, Afghanistan did not vote (data/votes/3c-2019.csv).
  const picks = { yes: 'RUS', no: 'USA', abstain: 'BRA', absent: 'AFG' };
  const expectedVotes = Object.fromEntries(votes('3c-2019').map((r) => [r.iso3, r.vote]));
  const points = {};
  for (const [vote, iso3] of Object.entries(picks)) {
    assert.equal(expectedVotes[iso3], vote, `${iso3} voted ${vote}`);
    points[vote] = await insidePoint(page, iso3, index(iso3));
    assert.ok(points[vote], `a point inside ${iso3}`);
  }
  // One tall page, so no page break moves the map from where the layout put it.
  const mapBox = await page.evaluate(() => {
    const r = document.querySelector('.print-handout .print-map').getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  const pdf = await page.pdf({ width: '794px', height: '19000px', margin: { top: 0, right: 0, bottom: 0, left: 0 }, pageRanges: '1' });
  const dir = mkdtempSync(join(tmpdir(), 'uncyber-grey-'));
  writeFileSync(join(dir, 'handout.pdf'), pdf);
  const dpi = 192; // two device pixels per CSS pixel
  const crop = (scale) => ['-x', String(Math.floor(mapBox.x * scale)), '-y', String(Math.floor(mapBox.y * scale)), '-W', String(Math.ceil(mapBox.width * scale)), '-H', String(Math.ceil(mapBox.height * scale))];
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...crop(dpi / 96), join(dir, 'handout.pdf'), join(dir, 'map')]);
  execFileSync('pdftoppm', ['-png', '-gray', '-singlefile', '-r', '96', ...crop(1), join(dir, 'handout.pdf'), `${SHOTS}/handout-map-greyscale`]);
  const pgm = readPgm(join(dir, readdirSync(dir).find((f) => f.endsWith('.pgm'))));
  const scale = dpi / 96;
  const stats = {};
  for (const [vote, p] of Object.entries(points)) {
    const values = [];
    const r = Math.max(3, Math.floor(p.radius * scale));
    const [cx, cy] = [Math.round(p.x * scale) - Math.floor(mapBox.x * scale), Math.round(p.y * scale) - Math.floor(mapBox.y * scale)];
    for (let dy = -r; dy <= r; dy += 1) {
      for (let dx = -r; dx <= r; dx += 1) values.push(pgm.at(cx + dx, cy + dy));
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    stats[vote] = { mean: Math.round(mean), sd: Math.round(sd) };
  }
  // Distinct: clearly different mean grey, or one patterned where the other is solid.
  const categories = Object.keys(stats);
  for (let i = 0; i < categories.length; i += 1) {
    for (let j = i + 1; j < categories.length; j += 1) {
      const [a, b] = [stats[categories[i]], stats[categories[j]]];
      const distinct = Math.abs(a.mean - b.mean) >= 25 || Math.abs(a.sd - b.sd) >= 25;
      assert.ok(distinct, `${categories[i]} ${JSON.stringify(a)} and ${categories[j]} ${JSON.stringify(b)} print alike in grey`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
  // The handout as printed, for review, at both sizes.
  for (const viewport of [PHONE, LAPTOP]) {
    const shot = await app.openPage('handout.html', { viewport });
    await shot.page.emulateMedia({ media: 'print' });
    await shot.page.evaluate(() => document.querySelector('.print-handout .print-vote').scrollIntoView());
    await shot.page.screenshot({ path: `${SHOTS}/handout-${viewport.width}.png` });
    await shot.context.close();
  }
});

// ---- the country card fits a phone ----

/** Page overflow, and the card's descendants that stick out of its border box. */
async function cardFit(page) {
  return page.evaluate(() => {
    const card = document.querySelector('section.country-card');
    const box = card.getBoundingClientRect();
    const out = [...card.querySelectorAll('*')]
      .map((e) => [e, e.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
      .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(r.left)}–${Math.round(r.right)})`);
    return { pageWidth: document.documentElement.scrollWidth, viewport: innerWidth, card: [Math.round(box.left), Math.round(box.right)], out };
  });
}

test('the country card fits phones of 320 and 375 px: no sideways scroll, everything inside the card', async () => {
  for (const width of [320, 375]) {
    const { page, problems, context } = await app.openPage('?country=CIV', { viewport: { width, height: 667 } });
    await appReady(page);
    await page.waitForSelector('section.country-card[data-card-for=CIV]');
    const fit = await cardFit(page);
    assert.ok(fit.pageWidth <= fit.viewport, `${width} px: the page is ${fit.pageWidth} px wide`);
    assert.deepEqual(fit.out, [], `${width} px: inside the card ${fit.card.join('–')}`);
    if (width === 375) {
      await page.locator('section.country-card table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/card-375.png` });
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context } = await app.openPage('?country=CIV', { viewport: LAPTOP });
  await appReady(page);
  await page.locator('section.country-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/card-1280.png` });
  await context.close();
});

// ---- tooltips stay inside the screen ----

/** Hovers every state of a view in turn; returns those whose tooltip an edge of the screen cuts. */
async function tooltipsOutside(page, view) {
  return page.evaluate(async (view) => {
    const marks = view === 'grid'
      ? [...document.querySelectorAll('.tile-grid .tile')].map((t) => [t.dataset.iso3, t])
      : [...document.querySelectorAll('.world-map g.state')].map((g) => [g.dataset.iso3, g.querySelector('.hit') ?? g.querySelector('path')]);
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const [iso3, el] of marks) {
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await new Promise((done) => setTimeout(done, 0));
      const tip = document.querySelector(`.${view === 'grid' ? 'tile-grid' : 'world-map'} .state-tooltip`);
      if (!tip) { out.push(`${iso3}: no tooltip`); continue; }
      const r = tip.getBoundingClientRect();
      if (r.left < 0 || r.right > width) out.push(`${iso3}: ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
    }
    return { count: marks.length, out };
  }, view);
}

test('every tooltip on the grid and the map stays inside the screen, on a phone and a laptop', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    for (const view of ['grid', 'map']) {
      const { page, problems, context } = await app.openPage(`?view=${view}`, { viewport });
      await appReady(page);
      const { count, out } = await tooltipsOutside(page, view);
      assert.equal(count, 193);
      assert.deepEqual(out, [], `${view} at ${viewport.width} px`);
      if (view === 'grid') {
        await page.locator('#tile-BRA').scrollIntoViewIfNeeded();
        await page.dispatchEvent('#tile-BRA', 'pointerover');
        assert.match(await page.textContent('.tile-grid .state-tooltip'), /Brazil.*Latin American and Caribbean States/s);
        await page.screenshot({ path: `${SHOTS}/grid-tooltip-${viewport.width}.png` });
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

// ---- the phone table shows every column ----

test('at 375 px the table shows all four columns without sideways scrolling, and screen readers keep the full headers', async () => {
  const { page, problems, context } = await app.openPage('?view=table', { viewport: PHONE });
  await appReady(page);
  const fit = await page.evaluate(() => {
    const scroller = document.querySelector('.vote-table .table-scroll');
    const box = scroller.getBoundingClientRect();
    const cut = [...document.querySelectorAll('.vote-table thead button.sort, .vote-table tbody td, .vote-table tbody th')]
      .filter((e) => e.getBoundingClientRect().right > box.right + 0.5 || e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent.trim()).slice(0, 5);
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, cut };
  });
  assert.ok(fit.scrollWidth <= fit.clientWidth, `the table is ${fit.scrollWidth} px in a ${fit.clientWidth} px box`);
  assert.deepEqual(fit.cut, [], 'nothing cut off');
  for (const name of ['Member state', 'Regional group', 'Vote', 'Sponsorship']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, `a sort button named "${name}"`);
  }
  await page.locator('.vote-table thead').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/table-375.png` });
  assert.deepEqual(problems, []);
  await context.close();
  const wide = await app.openPage('?view=table', { viewport: LAPTOP });
  await appReady(wide.page);
  await wide.page.locator('.vote-table thead').scrollIntoViewIfNeeded();
  await wide.page.screenshot({ path: `${SHOTS}/table-1280.png` });
  assert.deepEqual(wide.problems, []);
  await wide.context.close();
});

// ---- terms explained where readers meet them ----

/** A phone with a touch screen and no mouse or keyboard. */
async function touchPhone(path) {
  const context = await app.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  await page.goto(app.baseUrl + path);
  await appReady(page);
  return { page, context, problems };
}

test('the first step to use "abstain" and "did not vote" says what they mean', async () => {
  const { page, problems, context } = await app.openPage(`?step=${steps[0].slug}`);
  await appReady(page);
  const text = (await page.textContent('article[data-step] .step-text')).replace(/\s+/g, ' ');
  assert.match(text, /abstentions/, 'step 1 uses the term');
  assert.match(text, /To abstain is to take part in the vote but back neither side/);
  assert.match(text, /did not vote is not recorded as voting at all/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a touch phone: OEWG, GGE, ICTs and the group codes are spelled out without hover, and no key tip is shown', async () => {
  const { page, problems, context } = await touchPhone(`?step=${steps[0].slug}&view=table`);
  assert.equal(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), false, 'emulated touch screen');
  assert.equal(await page.isVisible('.key-hint'), false, 'no ← and → tip without a keyboard');
  const note = (await page.textContent('.presets-note')).replace(/\s+/g, ' ');
  assert.ok(await page.isVisible('.presets-note'));
  assert.match(note, /OEWG: Open-Ended Working Group/);
  assert.match(note, /GGE: Group of Governmental Experts/);
  assert.match(note, /information and communications technologies \(ICTs\)/);
  await page.tap('.group-codes summary');
  const codes = await page.locator('.group-codes dl > div').allInnerTexts();
  assert.deepEqual(codes.map((c) => c.replace(/\s+/g, ' ')), [
    'AFR African States', 'APG Asia-Pacific States', 'EEG Eastern European States',
    'GRULAC Latin American and Caribbean States', 'WEOG Western European and other States',
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with a mouse and keyboard the key tip shows; every vote description spells out ICTs', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  assert.ok(await page.isVisible('.key-hint'), 'the tip shows where there are keys');
  await page.hover('.vote-summary');
  for (const id of await page.$$eval('select[name=vote] option', (os) => os.map((o) => o.value))) {
    await page.selectOption('select[name=vote]', id);
    // The default vote leaves the address without a vote: wait for the address to name this one.
    await page.waitForFunction((id) => {
      const query = new URLSearchParams(location.search);
      return query.get('vote') === id || (id === '3c-2019' && !query.has('vote'));
    }, id);
    // The words arrive from the story page after the address changes: give them time to.
    const expected = DATA_VOTES.find((v) => v.id === id)?.decided;
    await page.waitForFunction((expected) => {
      const words = document.querySelector('.vote-decided');
      return !words.querySelector('[data-fill-from]') && words.textContent.trim() === expected;
    }, expected, { timeout: 5000 }).catch(() => {});
    const decided = await page.textContent('.vote-decided');
    assert.equal(decided.trim(), expected, id);
    if (decided.includes('ICTs')) assert.match(decided, /information and communications technologies \(ICTs\)/, id);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
