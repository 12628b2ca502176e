// Following a state through the story (issue #26): once picked, by
// `?country=`, every step says in one line where the state stood on the
// step's record (both records on a step that compares two), the choice
// survives Next, Back and a reload, and one click stops it. Also: the words
// of every step, which the release app fills from the story page, match that
// page's copy. Expected positions come from the data files (e2e/data.mjs),
// the records each step describes from the content files (e2e/steps.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, launch, settled } from './harness.mjs';
import { signatureSlots, votes } from './data.mjs';
import { steps } from './steps.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

/** The state's position on record `id`, in the data's words. */
function position(id, iso3) {
  const rows = id === 'signatures' ? signatureSlots() : votes(id);
  const row = rows.find((r) => r.iso3 === iso3);
  assert.ok(row, `${iso3} is in ${id}`);
  return id === 'signatures' ? row.status : row.vote;
}

/** The records a step's line describes: the pair it compares, or its vote
 * (a step without one shows the 2019 committee vote). */
function records(step) {
  return step.compare.length ? step.compare : [step.vote ?? '3c-2019'];
}

async function line(page) {
  return page.evaluate(() => {
    const p = document.querySelector('article.step [data-country-line]');
    if (!p) return null;
    return {
      iso3: p.dataset.countryLine,
      id: p.dataset.voteId,
      vote: p.dataset.vote,
      parts: [...p.querySelectorAll('span[data-vote-id]')].map((s) => [s.dataset.voteId, s.dataset.vote]),
      text: p.textContent,
      step: document.querySelector('article.step').dataset.step,
    };
  });
}

function assertLine(got, step, iso3, name) {
  const label = `${iso3} on step ${step.number} (${step.slug})`;
  assert.ok(got, `${label}: a line`);
  assert.equal(got.step, step.slug, label);
  assert.equal(got.iso3, iso3, label);
  const own = step.vote ?? '3c-2019';
  assert.equal(got.id, own, `${label}: the step's own record`);
  assert.equal(got.vote, position(own, iso3), `${label}: the position on ${own}`);
  assert.deepEqual(got.parts, records(step).map((id) => [id, position(id, iso3)]), `${label}: every record the step shows`);
  assert.ok(got.text.startsWith(name), `${label}: names the state: ${got.text}`);
  assert.ok(!/undefined|NaN|\{/.test(got.text), `${label}: ${got.text}`);
}

const SAMPLE = [['KEN', 'Kenya'], ['BRA', 'Brazil'], ['IND', 'India'], ['USA', 'United States'], ['RUS', 'Russian Federation']];

for (const [iso3, short] of SAMPLE) {
  test(`${iso3}: the followed state's line is right on every step, and kept across Next, Back and a reload`, async () => {
    const { page, context, problems } = await app.openPage(null);
    try {
      await page.goto(`${app.baseUrl}?country=${iso3}`);
      await appReady(page);
      for (const [n, step] of steps.entries()) {
        if (n > 0) await page.click('article.step [data-action=next]');
        await page.waitForFunction((slug) => document.querySelector(`article.step[data-step="${slug}"] [data-country-line]`), step.slug);
        assertLine(await line(page), step, iso3, short);
      }
      // Back: the line of the step before, still for the same state.
      await page.click('article.step [data-action=previous]');
      const back = steps[steps.length - 2];
      await page.waitForFunction((slug) => document.querySelector(`article.step[data-step="${slug}"] [data-country-line]`), back.slug);
      assertLine(await line(page), back, iso3, short);
      // The address keeps the state, so a reload (or a shared link) follows it.
      await settled(page);
      assert.match(page.url(), new RegExp(`[?&](follow|country)=${iso3}(&|$)`), 'the address names the followed state');
      await page.reload();
      await appReady(page);
      assertLine(await line(page), back, iso3, short);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('the state the map shows is labelled while it is followed, and one click stops following', async () => {
  const { page, context, problems } = await app.openPage(null);
  try {
    await page.goto(`${app.baseUrl}?step=committee-vote&country=KEN`);
    await appReady(page);
    await page.click('article.step [data-action=next]');
    await page.waitForSelector('article.step[data-step="new-committee"] [data-country-line="KEN"]');
    await settled(page);
    // The card closed with the step change; the state is still followed and labelled.
    assert.equal(await page.$('[data-card-for]'), null, 'no card after Next');
    await page.waitForSelector('.stage-figure [data-label-for="KEN"]', { state: 'attached' });
    await page.click('article.step [data-country-line] [data-action=unfollow]');
    await page.waitForFunction(() => !document.querySelector('[data-country-line]'));
    await settled(page);
    assert.doesNotMatch(page.url(), /follow=|country=/, 'the address forgets it');
    await page.click('article.step [data-action=next]');
    await page.waitForSelector('article.step[data-step="critics"]');
    await settled(page);
    assert.equal(await page.$('[data-country-line]'), null, 'the next step has no line');
    assert.equal(await page.$('.stage-figure [data-label-for="KEN"]'), null, 'nor a label for it');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a state picked on the map is followed from then on', async () => {
  const { page, context, problems } = await app.openPage(null);
  try {
    await page.goto(`${app.baseUrl}?step=committee-vote`);
    await appReady(page);
    assert.equal(await page.$('[data-country-line]'), null, 'no line before a pick');
    await page.click('.stage-figure .world-map g.state[data-iso3="BRA"]');
    await page.waitForSelector('article.step [data-country-line="BRA"]');
    await page.click('article.step [data-action=next]');
    await page.waitForSelector('article.step[data-step="new-committee"] [data-country-line="BRA"]');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('every step\'s words, filled from the story page, are that page\'s copy of them', async () => {
  const { page, context, problems } = await app.openPage(null);
  try {
    await page.goto(`${app.baseUrl}?step=${steps[0].slug}`);
    await appReady(page);
    const story = await (await page.request.get(`${app.baseUrl}story.html`)).text();
    for (const [n, step] of steps.entries()) {
      if (n > 0) await page.click('article.step [data-action=next]');
      const part = `text-${step.slug}`;
      await page.waitForFunction((name) => {
        const slot = document.querySelector(`article.step [data-fill-part="${name}"]`);
        return slot && !slot.hasAttribute('data-fill-from');
      }, part);
      const shown = await page.$eval(`article.step [data-fill-part="${part}"]`, (el) => el.innerHTML);
      const start = story.indexOf(`<!--part:${part}-->`) + `<!--part:${part}-->`.length;
      const copy = story.slice(start, story.indexOf(`<!--/part:${part}-->`));
      assert.ok(copy.includes('<p>'), `story.html has the words of ${step.slug}`);
      assert.equal(shown, copy, `the words of ${step.slug}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
