// The story as a sequence of steps: deep links and reloads, history, keys,
// the contents list and timeline, copying a link, the live region, bad URLs,
// embedding, and the highlighted states against the data files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { votes, tally } from './data.mjs';
import { steps, SITE_TITLE } from './steps.mjs';

const N = steps.length;
const FIRST = steps[0];
const LAST = steps[N - 1];
const bySlug = new Map(steps.map((s) => [s.slug, s]));

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

// ---------------------------------------------------------------- helpers

/** What the page shows about the current step, in one read. */
function snapshot(target) {
  return target.evaluate(() => {
    const article = document.querySelector('article[data-step]');
    const position = document.querySelector('.step-position')?.textContent ?? '';
    return {
      step: article?.dataset.step ?? null,
      stepElements: document.querySelectorAll('[data-step]').length,
      position: position.match(/^\s*(Step \d+ of \d+)(?!\d)/)?.[1] ?? position,
      title: document.querySelector('#step-title')?.textContent.trim() ?? null,
      documentTitle: document.title,
      address: location.pathname.split('/').pop() + location.search,
    };
  });
}

/**
 * What `snapshot` should read on step `s`, with the rest of the state as
 * `query`. The address names the step's own page (issue 16, item 16), except
 * for the first step on the index page, which keeps its address.
 */
function expected(s, query = '', { index = s === FIRST } = {}) {
  const address = index ? query : `step-${s.slug}.html${query}`;
  return {
    step: s.slug,
    stepElements: 1,
    position: `Step ${s.number} of ${N}`,
    title: s.title,
    documentTitle: `${s.title} · ${SITE_TITLE}`,
    address,
  };
}

/** Resolves after `n` animation frames, so effects queued by a change have run. */
function frames(target, n = 2) {
  return target.evaluate((n) => new Promise((done) => {
    const tick = (k) => (k === 0 ? done() : requestAnimationFrame(() => tick(k - 1)));
    tick(n);
  }), n);
}

/** Waits for a condition; on time-out fails with what the page shows instead. */
async function waitFor(target, fn, arg, what, timeout = 15_000) {
  try {
    await target.waitForFunction(fn, arg, { timeout });
  } catch (err) {
    const seen = await snapshot(target).catch(() => null);
    assert.fail(`timed out waiting for ${what}; the page shows ${JSON.stringify(seen)} (${err.message.split('\n')[0]})`);
  }
}

/** Waits until `slug` is the active step and the effects have settled; returns the snapshot. */
async function atStep(target, slug) {
  await waitFor(target, (slug) => document.querySelector('article[data-step]')?.dataset.step === slug, slug, `step "${slug}"`);
  await frames(target);
  return snapshot(target);
}

const historyLength = (target) => target.evaluate(() => history.length);
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? null);
const nextButton = (target) => target.locator('nav.step-nav button', { hasText: 'Next' });
const previousButton = (target) => target.locator('nav.step-nav button', { hasText: 'Previous' });
const liveRegion = (page) => page.textContent('p.visually-hidden[aria-live=polite]');

async function blurAll(page) {
  await page.evaluate(() => document.activeElement?.blur());
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus is on the body');
}

// ------------------------------------------------- 1. deep links and reload

for (const s of steps) {
  test(`step ${s.number} "${s.slug}": a link by slug and by number opens it, and a reload keeps it`, async () => {
    const { page, context, problems } = await app.openPage(`?step=${s.slug}`);
    assert.deepEqual(await atStep(page, s.slug), expected(s), 'by slug');
    await page.reload();
    assert.deepEqual(await atStep(page, s.slug), expected(s), 'by slug, after reload');

    // Loading adds one history entry (the navigation); the rewrite to the
    // canonical slug must replace it, not push another.
    const before = await historyLength(page);
    await page.goto(`${app.baseUrl}?step=${s.number}`);
    assert.deepEqual(await atStep(page, s.slug), expected(s), 'by number');
    assert.equal(await historyLength(page), before + 1, 'the rewrite of ?step=<number> replaced the entry');
    await page.reload();
    assert.deepEqual(await atStep(page, s.slug), expected(s), 'by number, after reload');

    assert.equal(await page.locator('.notice').count(), 0, 'a good link shows no notice');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// ------------------------------------------------------- 2. back / forward

test('Next three times pushes three entries; Back twice and Forward once walk them', async () => {
  const { page, context, problems } = await app.openPage('');
  assert.deepEqual(await atStep(page, FIRST.slug), expected(FIRST), 'no step in the link opens the first');
  const start = await historyLength(page);

  for (let i = 1; i <= 3; i += 1) {
    await nextButton(page).click();
    assert.deepEqual(await atStep(page, steps[i].slug), expected(steps[i]), `after Next #${i}`);
    assert.equal(await historyLength(page), start + i, `history.length after Next #${i}`);
  }

  await page.goBack();
  assert.deepEqual(await atStep(page, steps[2].slug), expected(steps[2]), 'after the first Back');
  await page.goBack();
  assert.deepEqual(await atStep(page, steps[1].slug), expected(steps[1]), 'after the second Back');
  await page.goForward();
  assert.deepEqual(await atStep(page, steps[2].slug), expected(steps[2]), 'after Forward');
  assert.equal(await historyLength(page), start + 3, 'Back and Forward add no entries');

  assert.deepEqual(problems, []);
  await context.close();
});

// ------------------------------------------------------------------ 3. keys

test('ArrowRight, ArrowLeft, End and Home move between steps from the body', async () => {
  const { page, context, problems } = await app.openPage(`?step=${steps[2].slug}`);
  await atStep(page, steps[2].slug);
  await blurAll(page);
  const start = await historyLength(page);
  const moves = [
    ['ArrowRight', steps[3]],
    ['ArrowLeft', steps[2]],
    ['End', LAST],
    ['ArrowRight', null], // already on the last step: nothing changes
    ['Home', FIRST],
    ['ArrowLeft', null], // already on the first step
  ];
  let expectedLength = start;
  let current = steps[2];
  for (const [key, to] of moves) {
    await page.keyboard.press(key);
    if (to) {
      current = to;
      expectedLength += 1;
    } else {
      await frames(page);
    }
    // Reached from another step's page, the first step names its own page.
    assert.deepEqual(await atStep(page, current.slug), expected(current, '', { index: false }), `after ${key}`);
    assert.equal(await historyLength(page), expectedLength, `history.length after ${key}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('keys typed in the table search field do not move the step', async () => {
  const { page, context, problems } = await app.openPage(`?step=${steps[4].slug}&view=table`);
  await atStep(page, steps[4].slug);
  const start = await historyLength(page);
  const field = page.locator('input[name=q]');
  await field.focus();
  await page.keyboard.type('ab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.type('x');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('y');
  await frames(page);
  // The keys reached the field and did what they do there…
  assert.equal(await field.inputValue(), 'xaby');
  // …and the story stayed where it was.
  assert.deepEqual(await snapshot(page), expected(steps[4], '?view=table'));
  assert.equal(await historyLength(page), start);

  // The same key from the body still moves, so the listener was there all along.
  await blurAll(page);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await atStep(page, steps[5].slug), expected(steps[5], '?view=table'), 'ArrowRight from the body after leaving the field');
  assert.deepEqual(problems, []);
  await context.close();
});

// ---------------------------------------------------- 4. contents, timeline

test('the contents list links every step, marks the current one and jumps with focus on the heading', async () => {
  const { page, context, problems } = await app.openPage('');
  await atStep(page, FIRST.slug);
  const links = page.locator('nav.contents details ol li a');
  const read = () => links.evaluateAll((as) => as.map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent.trim(),
    current: a.getAttribute('aria-current'),
  })));
  const list = (currentIndex) => steps.map((s, i) => ({
    href: `?step=${s.slug}`,
    text: s.title,
    current: i === currentIndex ? 'step' : null,
  }));
  assert.deepEqual(await read(), list(0));

  await page.click('nav.contents details > summary');
  assert.equal(await page.locator('nav.contents details').evaluate((d) => d.open), true, 'the summary opens the list');
  const start = await historyLength(page);
  const target = steps[6];
  await links.nth(6).click();
  assert.deepEqual(await atStep(page, target.slug), expected(target));
  assert.equal(await activeId(page), 'step-title', 'focus moved to the step heading');
  assert.deepEqual(await read(), list(6));
  assert.equal(await historyLength(page), start + 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a timeline event jumps to its step', async () => {
  const { page, context, problems } = await app.openPage('');
  await atStep(page, FIRST.slug);
  const links = page.locator('section.timeline ol.timeline-events li a[href^="?step="]');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0, 'the timeline has links to steps');
  const slugs = hrefs.map((h) => new URLSearchParams(h).get('step'));
  for (const slug of slugs) assert.ok(bySlug.has(slug), `timeline link to unknown step "${slug}"`);

  // The events are cards behind the one-line scale, opened on demand.
  assert.equal(await page.isVisible('section.timeline ol.timeline-events'), false, 'the cards start closed');
  await page.click('section.timeline summary');
  assert.equal(await page.isVisible('section.timeline ol.timeline-events'), true, 'the summary opens them');
  // Follow the first link to another step, then one more back to an earlier step.
  const i = slugs.findIndex((slug) => slug !== FIRST.slug);
  assert.notEqual(i, -1, 'some timeline event leads away from the first step');
  await links.nth(i).click();
  assert.deepEqual(await atStep(page, slugs[i]), expected(bySlug.get(slugs[i])));
  const j = slugs.findIndex((slug) => slug !== slugs[i]);
  await links.nth(j).click();
  assert.deepEqual(await atStep(page, slugs[j]), expected(bySlug.get(slugs[j])));
  assert.deepEqual(problems, []);
  await context.close();
});

// ------------------------------------------------------------- 5. copy link

test('Copy link writes the link to this step to the clipboard and says so', async () => {
  const s = steps[3];
  const { page, context, problems } = await app.openPage(`?step=${s.slug}&vote=3c-2018`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.baseUrl).origin });
  await atStep(page, s.slug);
  // A sentinel, so a button that copies nothing cannot pass.
  await page.evaluate(() => navigator.clipboard.writeText('sentinel'));
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await waitFor(page, () => document.querySelector('.copy-status')?.textContent.trim() === 'Link copied', null, '"Link copied"');
  // The link names the step alone (no vote), on this page's origin and path.
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.baseUrl}step-${s.slug}.html`);
  assert.equal(await page.locator('.copy-fallback input').count(), 0, 'no fallback field when copying worked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the clipboard refuses, Copy link shows the link in a focused, selected field', async () => {
  const s = steps[3];
  const { page, context, problems } = await app.openPage(null);
  await page.addInitScript(() => {
    window.__copyAttempts = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text) => {
        window.__copyAttempts.push(text);
        return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      },
    });
  });
  await page.goto(`${app.baseUrl}?step=${s.slug}`);
  await atStep(page, s.slug);
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await waitFor(page, () => document.querySelector('.copy-fallback input') !== null, null, 'the fallback field');
  await frames(page);
  const link = `${app.baseUrl}step-${s.slug}.html`;
  assert.deepEqual(await page.evaluate(() => window.__copyAttempts), [link], 'the app tried to copy the link');
  const field = await page.locator('.copy-fallback input').evaluate((input) => ({
    value: input.value,
    focused: document.activeElement === input,
    selection: [input.selectionStart, input.selectionEnd],
  }));
  assert.deepEqual(field, { value: link, focused: true, selection: [0, link.length] });
  assert.notEqual((await page.textContent('.copy-status')).trim(), 'Link copied');
  assert.deepEqual(problems, []);
  await context.close();
});

// -------------------------------------- 6. live region, buttons at the ends

test('the live region announces a change, and the button that becomes disabled hands focus to the heading', async () => {
  const { page, context, problems } = await app.openPage(`?step=${steps[1].slug}`);
  await atStep(page, steps[1].slug);
  assert.equal(await previousButton(page).isDisabled(), false, 'Previous is enabled on step 2');

  await previousButton(page).click();
  await atStep(page, FIRST.slug);
  assert.equal((await liveRegion(page)).trim(), `Step 1 of ${N}: ${FIRST.title}`);
  assert.equal(await previousButton(page).isDisabled(), true, 'Previous is disabled on the first step');
  assert.equal(await nextButton(page).isDisabled(), false, 'Next is enabled on the first step');
  assert.equal(await activeId(page), 'step-title', 'focus on the heading after Previous became disabled');

  await blurAll(page);
  await page.keyboard.press('ArrowRight');
  await atStep(page, steps[1].slug);
  assert.equal((await liveRegion(page)).trim(), `Step 2 of ${N}: ${steps[1].title}`);

  await page.goto(`${app.baseUrl}?step=${steps[N - 2].slug}`);
  await atStep(page, steps[N - 2].slug);
  assert.equal(await nextButton(page).isDisabled(), false, 'Next is enabled on the last-but-one step');
  await nextButton(page).click();
  await atStep(page, LAST.slug);
  assert.equal((await liveRegion(page)).trim(), `Step ${N} of ${N}: ${LAST.title}`);
  assert.equal(await nextButton(page).isDisabled(), true, 'Next is disabled on the last step');
  assert.equal(await previousButton(page).isDisabled(), false, 'Previous is enabled on the last step');
  assert.equal(await activeId(page), 'step-title', 'focus on the heading after Next became disabled');
  assert.deepEqual(problems, []);
  await context.close();
});

// ------------------------------------------------------------- 7. bad URLs

const SCRIPT = '<script>alert(1)</script>';
const BAD = [
  ['an unknown slug', 'no-such-step', 'no-such-step'],
  ['step 0', '0', null],
  [`step ${N + 1}`, String(N + 1), String(N + 1)],
  ['step -1', '-1', '-1'],
  ['an empty value', '', null],
  ['only spaces', '%20%20', null],
  ['a number too big for any integer', '9'.repeat(40), '9'.repeat(40)],
  ['a 10 000-character value', 'x'.repeat(10_000), 'x'.repeat(40)],
  ['broken UTF-8', '%E0%A4%A', null],
  ['percent-encoded junk', '%ZZ%%25%00%FF%FE', null],
  ['a raw script tag', SCRIPT, SCRIPT],
  ['an encoded script tag', encodeURIComponent(SCRIPT), SCRIPT],
  ['a script tag with a valid slug around it', `${FIRST.slug}${encodeURIComponent(SCRIPT)}`, SCRIPT],
];

for (const [label, value, mustNotShow] of BAD) {
  test(`a bad step (${label}) opens the first step with a dismissible notice`, async () => {
    const { page, context, problems } = await app.openPage(null);
    // Record every script element and alert() from the very start.
    await page.addInitScript(() => {
      window.__scripts = [];
      window.__alerts = [];
      window.alert = (m) => window.__alerts.push(String(m));
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          const found = n.nodeType === 1 ? [n, ...n.querySelectorAll('script')] : [];
          for (const el of found) if (el.tagName === 'SCRIPT' && el.type !== 'module' && el.id !== 'embed-mode') window.__scripts.push(el.outerHTML.slice(0, 200));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${app.baseUrl}?step=${value}`);
    assert.deepEqual(await atStep(page, FIRST.slug), expected(FIRST));
    await waitFor(page, () => document.querySelector('.notice') !== null, null, 'the notice');
    assert.equal(await page.isVisible('.notice'), true, 'the notice is visible');
    const notice = await page.textContent('.notice');
    assert.ok(!notice.includes('<script') && !notice.includes('alert('), `notice echoes a script: ${notice}`);
    if (mustNotShow) assert.ok(!notice.includes(mustNotShow), `notice echoes the value: ${notice}`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([type=module]):not(#embed-mode)').length), 0);
    assert.deepEqual(await page.evaluate(() => window.__scripts), [], 'no script element was ever added');
    assert.deepEqual(await page.evaluate(() => window.__alerts), [], 'alert was never called');

    await page.click('.notice-close');
    await waitFor(page, () => document.querySelector('.notice') === null, null, 'the notice to go');
    assert.equal(await page.locator('.notice').count(), 0);
    assert.deepEqual(await snapshot(page), expected(FIRST), 'dismissing keeps the step');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// ------------------------------------------------------------- 8. embedded

test('embed=1: Next replaces the history entry and the URL keeps embed=1', async () => {
  const s = steps[1];
  const { page, context, problems } = await app.openPage(`?embed=1&step=${s.slug}`);
  assert.deepEqual(await atStep(page, s.slug), expected(s, '?embed=1'));
  const start = await historyLength(page);
  await nextButton(page).click();
  assert.deepEqual(await atStep(page, steps[2].slug), expected(steps[2], '?embed=1'), 'after Next');
  assert.equal(await historyLength(page), start, 'history.length after Next');
  await blurAll(page);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await atStep(page, steps[3].slug), expected(steps[3], '?embed=1'), 'after ArrowRight');
  assert.equal(await historyLength(page), start, 'history.length after ArrowRight');
  assert.deepEqual(problems, []);
  await context.close();
});

test('inside an iframe, moving through the steps leaves the host page\'s history alone', async () => {
  const s = steps[1];
  const port = new URL(app.baseUrl).port;
  // A real host page on its own loopback origin (Chromium blocks a page made
  // with setContent from framing a loopback address).
  const dir = mkdtempSync(join(tmpdir(), 'uncyber-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Host</title><iframe title="Explainer" src="http://localhost:${port}/?step=${s.slug}" width="1100" height="760"></iframe>`);
  const host = await startServer({ root: dir });
  const { page, context, problems } = await app.openPage(null);
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = await (await page.$('iframe')).contentFrame();
  assert.ok(frame, 'the iframe has a frame');
  await atStep(frame, s.slug);
  assert.equal(await frame.evaluate(() => location.pathname + location.search), `/step-${s.slug}.html`, 'the step\'s own page inside the frame');
  const hostBefore = await historyLength(page);
  const frameBefore = await historyLength(frame);

  await frame.click('nav.step-nav button:has-text("Next")');
  assert.deepEqual(await atStep(frame, steps[2].slug), expected(steps[2]), 'after Next in the frame');
  assert.equal(await historyLength(page), hostBefore, 'host history.length after Next in the frame');
  assert.equal(await historyLength(frame), frameBefore, 'frame history.length after Next in the frame');

  await frame.click('nav.step-nav button:has-text("Next")');
  assert.deepEqual(await atStep(frame, steps[3].slug), expected(steps[3]), 'after a second Next in the frame');
  assert.equal(await historyLength(page), hostBefore, 'host history.length after a second Next');
  assert.deepEqual(problems, []);
  await context.close();
  await new Promise((ok) => host.close(ok));
});

// ----------------------------------------------------------- 9. highlights

const voteOf = (iso3, id) => votes(id).find((r) => r.iso3 === iso3)?.vote;

async function figure(page) {
  return page.evaluate(() => ({
    figures: document.querySelectorAll('.step-figure').length,
    summary: document.querySelector('.step-figure .figure-title strong')?.textContent.trim() ?? null,
    highlights: [...document.querySelectorAll('.step-figure .highlight-list li')].map((li) => ({
      iso3: li.dataset.iso3 ?? null,
      vote: li.dataset.vote ?? null,
    })),
  }));
}

function expectedFigure(s, id) {
  const t = tally(id);
  return {
    figures: 1,
    summary: id === 'signatures'
      ? `${t.yes} signed, ${t.no} not signed, ${t.abstain} no signature on record, ${t.absent} status unknown`
      : `${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions, ${t.absent} did not vote`,
    highlights: s.highlight.map((iso3) => ({ iso3, vote: voteOf(iso3, id) })),
  };
}

for (const s of steps) {
  test(`step ${s.number} "${s.slug}": ${s.vote ? `the figure and highlighted states match data/votes/${s.vote}.csv` : 'has no vote, so no figure'}`, async () => {
    const { page, context, problems } = await app.openPage(`?step=${s.slug}`);
    await atStep(page, s.slug);
    if (s.vote) {
      for (const iso3 of s.highlight) assert.ok(voteOf(iso3, s.vote), `${iso3} is in ${s.vote}.csv`);
      assert.equal(await page.isVisible('.step-figure'), true, 'the figure is visible');
      assert.deepEqual(await figure(page), expectedFigure(s, s.vote));
    } else {
      assert.deepEqual(await figure(page), { figures: 0, summary: null, highlights: [] });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a vote chosen in the link shows in the explorer; the step\'s figure keeps the vote its text describes', async () => {
  const s = FIRST;
  const id = '3c-2018';
  assert.notEqual(s.vote, id);
  const { page, context, problems } = await app.openPage(`?step=${s.slug}&vote=${id}`);
  assert.deepEqual(await atStep(page, s.slug), expected(s, `?vote=${id}`));
  // The two votes differ for some highlighted state or in the totals, so this can tell them apart.
  assert.notDeepEqual(expectedFigure(s, id), expectedFigure(s, s.vote));
  assert.deepEqual(await figure(page), expectedFigure(s, s.vote));
  await page.waitForSelector('.world-map g.state');
  assert.equal(await page.inputValue('select[name=vote]'), id);
  const t = tally(id);
  assert.match(await page.textContent('.vote-summary .vote-result'), new RegExp(`${t.yes} in favour, ${t.no} against`));
  assert.deepEqual(problems, []);
  await context.close();
});
