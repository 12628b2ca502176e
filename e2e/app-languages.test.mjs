// The interactive explainer in the UN's five other languages (issue #27):
// each is its own build in its own folder (fr/ … ar/), marked with its
// language and direction, linked to the others, with the member states'
// UN M49 names in the language's alphabetical order, none of the English
// interface's words, and Previous / Next working, mirrored in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, appReady, settled, axeViolations } from './harness.mjs';
import { steps, mapQuery } from './steps.mjs';

const LANGUAGES = [
  { code: 'en', tag: 'en', dir: 'ltr', name: 'English', folder: '' },
  { code: 'fr', tag: 'fr', dir: 'ltr', name: 'Français', folder: 'fr/' },
  { code: 'es', tag: 'es', dir: 'ltr', name: 'Español', folder: 'es/' },
  { code: 'ru', tag: 'ru', dir: 'ltr', name: 'Русский', folder: 'ru/' },
  { code: 'zh', tag: 'zh-Hans', dir: 'ltr', name: '中文', folder: 'zh/' },
  { code: 'ar', tag: 'ar', dir: 'rtl', name: 'العربية', folder: 'ar/' },
];

/** A CSV line's fields (quoted fields allowed). */
function fields(line) {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
}
const UN_NAMES = (() => {
  const [head, ...rows] = readFileSync('data/names/un-names-6.csv', 'utf8').trim().split('\n').map(fields);
  return new Map(rows.map((r) => [r[0], Object.fromEntries(head.map((h, i) => [h, r[i]]))]));
})();

/** `content/ui/*.toml`'s plain one-line entries: { area: { key: words } }. */
function uiWords(folder) {
  const out = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.toml'))) {
    const entries = {};
    for (const m of readFileSync(`${folder}/${file}`, 'utf8').matchAll(/^([a-z][a-z0-9_]*) = ("(?:[^"\\]|\\.)*")\s*$/gm)) {
      entries[m[1]] = JSON.parse(m[2]);
    }
    out[file.replace(/\.toml$/, '')] = entries;
  }
  return out;
}
const ENGLISH_UI = uiWords('content/ui');

/** The English interface words a translation changed, long enough to be
 * told apart from a name or a number (at least two words, or one of six
 * letters), without placeholders. */
function englishOnlyWords(code) {
  const translated = uiWords(`content/${code}/ui`);
  const out = new Set();
  for (const [area, entries] of Object.entries(ENGLISH_UI)) {
    for (const [key, words] of Object.entries(entries)) {
      if (/[{}]/.test(words) || translated[area]?.[key] === words) continue;
      if (/\s/.test(words.trim()) || /^\p{L}{6,}$/u.test(words.trim())) out.add(words.trim());
    }
  }
  return out;
}

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

/** The lines of the English page's language offer a reader sees. */
async function offered(page) {
  return page.$$eval('.language-offer p', (ps) => ps.filter((p) => p.checkVisibility()).map((p) => [p.lang, getComputedStyle(p).direction, p.textContent]));
}

test('/: a reader whose browser prefers French is offered the French explainer in one line, never sent there; the link follows the step they are on', async () => {
  const { page, problems, context } = await app.openPage('', { locale: 'fr-FR' });
  await appReady(page);
  await settled(page);
  await page.waitForSelector('.language-offer:not([hidden])');
  assert.equal(new URL(page.url()).pathname, '/', 'no redirect');
  assert.deepEqual(await offered(page), [['fr', 'ltr', 'Lire cette page en français']]);
  // One line, above the masthead, after the skip links (still the page's first links).
  const [line, masthead] = [await page.locator('.language-offer').boundingBox(), await page.locator('.app .site-header').boundingBox()];
  assert.ok(line.height < 50 && line.y + line.height <= masthead.y + 1, `one line above the masthead: ${JSON.stringify([line, masthead])}`);
  assert.equal(await page.evaluate(() => document.querySelector('a[href]').classList.contains('skip-link')), true, 'the skip links come first');
  assert.deepEqual(await axeViolations(page), []);
  // The reader moves on, then takes the offer: the same step, in French.
  await page.locator('nav.step-nav [data-action="next"]').click();
  await page.waitForFunction((want) => location.pathname.endsWith(want), `/step-${steps[1].slug}.html`);
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await page.waitForFunction((want) => location.pathname === want, `/fr/step-${steps[1].slug}.html`);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.locator('.language-offer').count(), 0, 'no offer on a translated page');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [locale, want] of [['ar-EG', [['ar', 'rtl', 'اقرأ هذه الصفحة بالعربية']]], ['zh-CN', [['zh-Hans', 'ltr', '阅读本页中文版']]], ['en-GB', []], ['de-DE', []]]) {
  test(`/: a browser preferring ${locale} is offered ${want.length ? want[0][0] : 'nothing'}`, async () => {
    const { page, problems, context } = await app.openPage('', { locale });
    await appReady(page);
    await settled(page);
    assert.equal(await page.locator('.language-offer p').count(), 5, 'the page holds the five offers');
    if (want.length) await page.waitForSelector('.language-offer:not([hidden])');
    else assert.equal(await page.locator('.language-offer').isHidden(), true);
    assert.deepEqual(await offered(page), want);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const lang of LANGUAGES.filter((l) => l.code !== 'en')) {
  test(`${lang.folder}: the explainer in ${lang.name}: lang ${lang.tag}, dir ${lang.dir}, alternates and switcher, no English interface words, Previous and Next`, async () => {
    const { page, problems, context } = await app.openPage(lang.folder);
    await appReady(page);
    await settled(page);
    assert.equal(await page.getAttribute('html', 'lang'), lang.tag);
    assert.equal(await page.getAttribute('html', 'dir'), lang.dir);
    // hreflang: every language's explainer, and the English as the default.
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => [l.hreflang, new URL(l.href).pathname]));
    assert.deepEqual(alternates, [...LANGUAGES.map((l) => [l.tag, `/${l.folder}`]), ['x-default', '/']]);
    // The switcher names each language in itself, this one as current.
    const links = await page.$$eval('nav.language-switch li a', (as) => as.map((a) => [a.textContent, a.lang, a.getAttribute('aria-current')]));
    assert.deepEqual(links, LANGUAGES.map((l) => [l.name, l.tag, l.code === lang.code ? 'page' : null]));
    // No interface words left in English, in what shows or is announced.
    const english = englishOnlyWords(lang.code);
    assert.ok(english.size > 100, `${english.size} English interface entries to look for`);
    const shown = await page.evaluate(() => {
      const app = document.querySelector('.app');
      const lines = app.innerText.split('\n').map((l) => l.trim()).filter(Boolean);
      const labels = [...app.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
        .flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a)).filter(Boolean));
      return [...lines, ...labels];
    });
    const leftovers = shown.filter((s) => english.has(s));
    assert.deepEqual(leftovers, [], 'English interface words');
    // The step's title is the translation's, not the English.
    assert.notEqual((await page.textContent('#step-title')).trim(), steps[0].title);
    // Next moves on, and the address names the step's page in this folder.
    const next = page.locator('nav.step-nav [data-action="next"]');
    const previous = page.locator('nav.step-nav [data-action="previous"]');
    const [nextBox, previousBox] = [await next.boundingBox(), await previous.boundingBox()];
    if (lang.dir === 'rtl') assert.ok(nextBox.x < previousBox.x, 'Next on the left in Arabic');
    else assert.ok(nextBox.x > previousBox.x, 'Next on the right');
    await next.click();
    await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug, steps[1].slug);
    await page.waitForFunction((want) => location.pathname.endsWith(want), `/${lang.folder}step-${steps[1].slug}.html`);
    await previous.click();
    await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug, steps[0].slug);
    // The arrow keys follow the reading direction.
    await page.locator('#step-title').click();
    await page.keyboard.press(lang.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug, steps[1].slug);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${lang.folder}?view=table: every member state under its UN M49 name in ${lang.name}, in the language's alphabetical order`, async () => {
    const { page, problems, context } = await app.openPage(`${lang.folder}?view=table`, { viewport: { width: 375, height: 667 } });
    await page.waitForSelector('.stage-figure tr[data-iso3]', { timeout: 20_000 });
    const rows = await page.$$eval('.stage-figure tr[data-iso3]', (trs) => trs.map((tr) => [tr.dataset.iso3, tr.querySelector('th, td').textContent.trim()]));
    assert.equal(rows.length, 193);
    for (const [iso3, shown] of rows) {
      assert.ok(shown.includes(UN_NAMES.get(iso3)[lang.code]), `${iso3}: "${shown}" holds ${UN_NAMES.get(iso3)[lang.code]}`);
    }
    const collator = new Intl.Collator(lang.tag, { sensitivity: 'base', numeric: true });
    const names = rows.map(([iso3]) => UN_NAMES.get(iso3)[lang.code]);
    assert.deepEqual(names, [...names].sort(collator.compare), 'in the language\'s order');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The map's labels in each language: a step's labelled states carry the
// language's names (short forms where data/names/short-names.csv has
// them), and no two labels overlap, on a phone and a laptop, though the
// layout estimates widths per script (Cyrillic wider, Chinese a full em).
for (const lang of LANGUAGES.filter((l) => l.code !== 'en')) {
  test(`${lang.folder}: the map's labels never overlap one another and stay inside the map, at 375 and 1280 px`, async () => {
    const labelled = steps.filter((s) => s.highlight.length > 0);
    for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
      const { page, problems, context } = await app.openPage(`${lang.folder}?step=${labelled[0].slug}`, { viewport });
      await appReady(page);
      for (const step of labelled) {
        // A step with a figure of its own shows the map when a vote is asked for.
        await page.evaluate((query) => { history.pushState(null, '', query); dispatchEvent(new PopStateEvent('popstate')); }, mapQuery(step));
        await page.waitForFunction((slug) => document.querySelector('.app .stage-figure')?.dataset.stageStep === slug, step.slug);
        await settled(page);
        const boxes = await page.$$eval('.stage-figure .label-layer .map-label', (gs) => gs
          .filter((g) => g.getBoundingClientRect().width > 0)
          .map((g) => {
            const r = g.querySelector('text').getBoundingClientRect();
            const map = g.closest('.map-frame').getBoundingClientRect();
            return { iso3: g.dataset.labelFor, text: g.textContent, box: [r.left, r.top, r.right, r.bottom], inside: r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1 };
          }));
        const where = `${lang.code} ${step.slug} at ${viewport.width}`;
        assert.ok(boxes.length > 0, `${where}: labels`);
        for (const l of boxes) assert.ok(l.inside, `${where}: ${l.iso3}'s label "${l.text}" is inside the map`);
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const [a, b] = [boxes[i].box, boxes[j].box];
            const overlap = a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
            assert.ok(!overlap, `${where}: "${boxes[i].text}" and "${boxes[j].text}" overlap`);
          }
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('ar/: a UN symbol reads as one left-to-right piece, and the date after it stays with the Arabic', async () => {
  const { page, problems, context } = await app.openPage('ar/', { viewport: { width: 1280, height: 800 } });
  await appReady(page);
  const order = await page.evaluate(() => {
    const symbol = document.querySelector('.app .stage-title .symbol');
    const after = symbol.nextSibling;
    const at = after.textContent.search(/\d/);
    const range = document.createRange();
    range.setStart(after, at);
    range.setEnd(after, at + after.textContent.slice(at).match(/^\d+/)[0].length);
    return { symbol: symbol.getBoundingClientRect().toJSON(), day: range.getBoundingClientRect().toJSON(), text: symbol.textContent, after: after.textContent };
  });
  // The Arabic comma sets the date apart, not a Latin one.
  assert.ok(order.after.startsWith('، '), order.after);
  // Right to left: the symbol comes first, at the right; the day follows to its left.
  assert.match(order.text, /^A\/C\.3\//);
  assert.ok(order.day.right <= order.symbol.left + 1, JSON.stringify(order));
  assert.deepEqual(problems, []);
  await context.close();
});

for (const { code, folder } of LANGUAGES) {
  test(`${folder || 'en/'}: the line above the map sets symbol, date and result apart with the language's punctuation`, async () => {
    const words = uiWords(code === 'en' ? 'content/ui' : `content/${code}/ui`).stage;
    assert.ok(words.symbol_date_separator && words.date_result_separator, code);
    const { page, problems, context } = await app.openPage(folder);
    await appReady(page);
    const heading = await page.$eval('.app .stage-title', (h) => ({
      symbol: h.querySelector('.symbol').textContent,
      result: h.querySelector('.stage-result').textContent,
      strong: h.querySelector('.stage-result strong').textContent,
      text: h.textContent,
    }));
    assert.ok(heading.text.startsWith(heading.symbol + words.symbol_date_separator), JSON.stringify(heading));
    assert.equal(heading.result, words.date_result_separator + heading.strong);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
