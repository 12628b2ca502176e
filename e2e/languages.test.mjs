// The story in the UN's six languages (issue #27): each language's build
// writes its reading page, <lang>/story.html, marked with its language and
// direction, linked to the other five and to the English original, every
// step there with its numbers from the data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axeViolations } from './harness.mjs';
import { steps } from './steps.mjs';
import { tally } from './data.mjs';

const LANGUAGES = [
  { code: 'en', tag: 'en', dir: 'ltr', name: 'English', page: 'story.html' },
  { code: 'fr', tag: 'fr', dir: 'ltr', name: 'Français', page: 'fr/story.html' },
  { code: 'es', tag: 'es', dir: 'ltr', name: 'Español', page: 'es/story.html' },
  { code: 'ru', tag: 'ru', dir: 'ltr', name: 'Русский', page: 'ru/story.html' },
  { code: 'zh', tag: 'zh-Hans', dir: 'ltr', name: '中文', page: 'zh/story.html' },
  { code: 'ar', tag: 'ar', dir: 'rtl', name: 'العربية', page: 'ar/story.html' },
];

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

for (const lang of LANGUAGES) {
  test(`${lang.page}: lang ${lang.tag}, dir ${lang.dir}, the six languages' alternates and switcher, every step with the data's numbers`, async () => {
    const { page, problems, context } = await app.openPage(null, { viewport: { width: 375, height: 667 } });
    const response = await page.goto(app.baseUrl + lang.page);
    assert.equal(response.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), lang.tag);
    if (lang.code !== 'en') assert.equal(await page.getAttribute('html', 'dir'), lang.dir);
    // hreflang: the six and x-default (English), each answering.
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => [l.hreflang, l.href]));
    assert.deepEqual(alternates.map(([h]) => h), [...LANGUAGES.map((l) => l.tag), 'x-default']);
    for (const [hreflang, href] of alternates) {
      const target = hreflang === 'x-default' ? LANGUAGES[0] : LANGUAGES.find((l) => l.tag === hreflang);
      assert.equal(new URL(href).pathname, `/${target.page}`, hreflang);
      assert.equal((await page.request.get(href)).status(), 200, href);
    }
    // The switcher names each language in itself, this one as current.
    const links = await page.$$eval('nav.language-switch li a', (as) => as.map((a) => [a.textContent, a.lang, a.getAttribute('aria-current')]));
    assert.deepEqual(links, LANGUAGES.map((l) => [l.name, l.tag, l.code === lang.code ? 'page' : null]));
    // Every step, in the story's order, with its words.
    const sections = await page.$$eval('section.story-step', (ss) => ss.map((s) => [s.id, s.querySelectorAll(':scope > p, :scope > div > p').length]));
    assert.deepEqual(sections.map(([id]) => id), steps.map((s) => s.slug));
    const text = await page.textContent('main');
    assert.doesNotMatch(text, /[{}]/, 'every placeholder filled');
    // The first step's numbers are the committee vote's, from the data.
    const t = tally('3c-2019');
    const summary = await page.textContent(`section#${steps[0].slug} .step-summary`);
    for (const n of [t.yes, t.no]) assert.ok(summary.includes(String(n)), `${lang.code}: ${n} in "${summary}"`);
    if (lang.code !== 'en') {
      // A translation says so, and links to the English, which is authoritative.
      const note = await page.$eval('.translation-note a', (a) => [a.getAttribute('href'), a.lang]);
      assert.deepEqual(note, ['../story.html', 'en']);
      // Its words are not the English's.
      const englishTitle = steps[0].title;
      assert.notEqual((await page.textContent(`section#${steps[0].slug} h2`)).trim(), englishTitle);
      // Each step links to its page in the explainer in the same language.
      assert.equal(await page.getAttribute(`section#${steps[0].slug} h2 a`, 'href'), `step-${steps[0].slug}.html`);
    }
    if (lang.dir === 'rtl') {
      // UN symbols keep their order inside the right-to-left text: each is
      // set apart between Unicode's left-to-right isolates.
      // (The sources, in English, are marked so and read left to right.)
      const text = await page.$eval('main', (m) => {
        const copy = m.cloneNode(true);
        copy.querySelectorAll('[lang=en][dir=ltr]').forEach((e) => e.remove());
        return copy.textContent;
      });
      assert.ok(text.includes('\u2066A/RES/74/247\u2069'), 'A/RES/74/247 isolated');
      assert.equal([...text.matchAll(/A\/RES\/74\/247/g)].length, [...text.matchAll(/\u2066A\/RES\/74\/247\u2069/g)].length, 'every time');
      assert.equal(await page.$eval('main', (m) => getComputedStyle(m).direction), 'rtl');
    }
    // The page stays within a phone's width.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll at 375 px');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
