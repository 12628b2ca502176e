// The classroom (issue #28), in the app: a path of chosen steps
// (`steps=a,b,c`), presenter mode (`present=1`) and the ways to the
// teacher's page. The steps come from the content files (e2e/steps.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, launch, settled } from './harness.mjs';
import { steps } from './steps.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const bySlug = (slug) => steps.find((s) => s.slug === slug);
const PATH = ['committee-vote', 'two-tracks', 'signing'];

async function at(page) {
  return page.evaluate(() => ({
    step: document.querySelector('article.step').dataset.step,
    count: document.querySelector('article.step .step-count').textContent,
    previous: document.querySelector('article.step [data-action=previous]').disabled,
    next: document.querySelector('article.step [data-action=next]').disabled,
    search: location.search,
  }));
}

test('steps=a,b,c walks exactly those steps, says k / 3, and keeps the path in the address', async () => {
  for (const slug of PATH) assert.ok(bySlug(slug), `${slug} is a step`);
  const { page, context, problems } = await app.openPage(`?steps=${PATH.join(',')}`);
  try {
    await appReady(page);
    const walked = [];
    for (let k = 1; k <= PATH.length; k += 1) {
      if (k > 1) await page.click('article.step [data-action=next]');
      await page.waitForSelector(`article.step[data-step="${PATH[k - 1]}"]`);
      await settled(page);
      const here = await at(page);
      walked.push(here.step);
      assert.equal(here.count, `${k} / ${PATH.length}`);
      assert.equal(here.previous, k === 1, `Previous ${k === 1 ? 'disabled' : 'enabled'} at ${k}`);
      assert.equal(here.next, k === PATH.length, `Next ${k === PATH.length ? 'disabled' : 'enabled'} at ${k}`);
      assert.equal(new URLSearchParams(here.search).get('steps'), PATH.join(','), 'the address keeps the path');
    }
    assert.deepEqual(walked, PATH);
    // The arrow keys walk it too, backwards.
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(`article.step[data-step="${PATH[1]}"]`);
    await page.keyboard.press('Home');
    await page.waitForSelector(`article.step[data-step="${PATH[0]}"]`);
    // A reload keeps it.
    await page.reload();
    await appReady(page);
    assert.equal((await at(page)).count, `1 / ${PATH.length}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a path with an unknown step is set aside with a notice, and the whole story walks', async () => {
  const { page, context } = await app.openPage('?steps=committee-vote,no-such-step');
  try {
    await appReady(page);
    assert.match(await page.textContent('.notice'), /steps/);
    assert.equal((await at(page)).count, `1 / ${steps.length}`);
  } finally {
    await context.close();
  }
});

test('present=1: the step\'s summary large, no explorer; PageDown, Space and PageUp move between steps', async () => {
  const { page, context, problems } = await app.openPage(`?step=${steps[0].slug}&present=1`);
  try {
    await appReady(page);
    await page.waitForSelector('.app.presenting article.step');
    const story = await (await page.request.get(`${app.baseUrl}story.html`)).text();
    const summaryOf = (slug) => {
      const start = story.indexOf(`<!--part:summary-${slug}-->`);
      assert.ok(start >= 0, `story.html has the summary of ${slug}`);
      const from = start + `<!--part:summary-${slug}-->`.length;
      return story.slice(from, story.indexOf(`<!--/part:summary-${slug}-->`)).replace(/<[^>]+>/g, '');
    };
    const shownSummary = (slug) => page.waitForFunction((s) => {
      const el = document.querySelector(`article.step[data-step="${s}"] .step-summary`);
      return el && el.textContent;
    }, slug).then((h) => h.jsonValue());
    assert.equal(await shownSummary(steps[0].slug), summaryOf(steps[0].slug));
    assert.equal(await page.$('.explore-tools'), null, 'no explorer');
    assert.equal(await page.isVisible('.timeline'), false, 'no timeline');
    // Without SITE_URL the build writes no code to scan: the step's address shows.
    assert.ok(await page.isVisible(`article.step .present-link a[href="step-${steps[0].slug}.html"]`));
    await page.keyboard.press('PageDown');
    await page.waitForSelector(`article.step[data-step="${steps[1].slug}"]`);
    assert.equal(await shownSummary(steps[1].slug), summaryOf(steps[1].slug));
    await page.keyboard.press(' ');
    await page.waitForSelector(`article.step[data-step="${steps[2].slug}"]`);
    await page.keyboard.press('PageUp');
    await page.waitForSelector(`article.step[data-step="${steps[1].slug}"]`);
    await settled(page);
    assert.equal(new URLSearchParams(new URL(page.url()).search).get('present'), '1', 'the address keeps the mode');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('outside presenter mode PageDown scrolls the page and leaves the step alone', async () => {
  const { page, context } = await app.openPage(`?step=${steps[0].slug}`);
  try {
    await appReady(page);
    await page.keyboard.press('PageDown');
    await settled(page);
    assert.equal((await at(page)).step, steps[0].slug);
  } finally {
    await context.close();
  }
});

test('the footer and the embed dialog lead to the teacher\'s page; the embed code keeps a path', async () => {
  const { page, context, problems } = await app.openPage(`?steps=${PATH.join(',')}`);
  try {
    await appReady(page);
    for (const href of ['teach.html', 'story.html', 'handout.html']) {
      assert.ok(await page.$(`.site-footer a[href="${href}"]`), `the footer links ${href}`);
      assert.equal((await page.request.get(`${app.baseUrl}${href}`)).status(), 200, href);
    }
    await page.click('article.step [data-action=embed-open]');
    assert.ok(await page.isVisible('.embed-dialog a[href="teach.html"]'));
    const code = await page.inputValue('.embed-dialog textarea');
    assert.match(code, new RegExp(`steps=${PATH.join(',')}`), code);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** The fill of `iso3`'s outline on the stage's map. */
const fillOf = (page, iso3) => page.$eval(`.stage-figure .world-map g.state[data-iso3="${iso3}"] path`, (p) => getComputedStyle(p).fill);

test('guess=1: no vote colours and no words until a guess, then the colours, and the guess marked', async () => {
  const step = steps[0];
  const asked = step.highlight[step.highlight.length - 1];
  const truth = (await import('./data.mjs')).votes(step.vote).find((r) => r.iso3 === asked).vote;
  const wrong = truth === 'yes' ? 'no' : 'yes';
  const { page, context, problems } = await app.openPage(`?step=${step.slug}&guess=1`);
  try {
    await appReady(page);
    await page.waitForSelector(`article.step [data-guess="${asked}"]`);
    const grey = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--non-member').trim());
    // Every state the same grey: no colour tells a position.
    const fills = await page.$$eval('.stage-figure .world-map g.state path', (ps) => [...new Set(ps.map((p) => getComputedStyle(p).fill))]);
    assert.equal(fills.length, 1, `one fill before the guess: ${fills}`);
    assert.equal(await page.isVisible('article.step .step-text [data-fill-part]'), false, 'the words wait');
    assert.equal(await page.isVisible('.stage-figure .legend'), false, 'the counts wait');
    const choices = await page.$$eval('[data-guess] [data-guess-choice]', (bs) => bs.map((b) => b.tagName + ':' + b.dataset.guessChoice));
    assert.deepEqual(choices, ['BUTTON:yes', 'BUTTON:no', 'BUTTON:abstain', 'BUTTON:absent']);
    // A wrong guess, by keyboard.
    await page.focus(`[data-guess-choice="${wrong}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.app.guess-hidden'));
    assert.match(await page.textContent('.guess-result'), /^Not this time/);
    const after = await page.$$eval('.stage-figure .world-map g.state path', (ps) => new Set(ps.map((p) => getComputedStyle(p).fill)).size);
    assert.ok(after >= 3, `the colours are back (${after} fills)`);
    assert.notEqual(await fillOf(page, asked), grey);
    assert.equal(await page.isVisible('article.step .step-text [data-fill-part]'), true, 'the words are back');
    // A second guess changes nothing.
    await page.click(`[data-guess-choice="${truth}"]`, { force: true });
    assert.match(await page.textContent('.guess-result'), /^Not this time/);
    // The next step with a vote asks again; the right answer is marked right.
    await page.click('article.step [data-action=next]');
    const next = steps[1];
    const askedNext = next.highlight[next.highlight.length - 1];
    await page.waitForSelector(`article.step[data-step="${next.slug}"] [data-guess="${askedNext}"]`);
    await page.waitForSelector('.app.guess-hidden');
    const truthNext = (await import('./data.mjs')).votes(next.vote).find((r) => r.iso3 === askedNext).vote;
    await page.click(`[data-guess-choice="${truthNext}"]`);
    assert.match(await page.textContent('.guess-result'), /^Right/);
    await settled(page);
    assert.equal(new URLSearchParams(new URL(page.url()).search).get('guess'), '1');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the embed dialog adds guess=1 when asked, and builds a path of chosen steps', async () => {
  const { page, context } = await app.openPage(`?step=${steps[0].slug}`);
  try {
    await appReady(page);
    await page.click('article.step [data-action=embed-open]');
    assert.doesNotMatch(await page.inputValue('.embed-dialog textarea'), /guess=1/);
    await page.check('.embed-dialog [name=embed-guess]');
    assert.match(await page.inputValue('.embed-dialog textarea'), /guess=1/);
    // The dialog builds a path from the steps' numbers.
    await page.fill('.embed-dialog [name=embed-steps]', '1, 3, 11');
    await page.press('.embed-dialog [name=embed-steps]', 'Tab');
    const wanted = [1, 3, 11].map((n) => steps[n - 1].slug).join(',');
    assert.match(await page.inputValue('.embed-dialog textarea'), new RegExp(`steps=${wanted}`));
    await page.fill('.embed-dialog [name=embed-steps]', '1, 99');
    await page.press('.embed-dialog [name=embed-steps]', 'Tab');
    assert.doesNotMatch(await page.inputValue('.embed-dialog textarea'), /steps=/);
    assert.match(await page.textContent('.embed-dialog [role=status]'), /not in the story/);
  } finally {
    await context.close();
  }
});
