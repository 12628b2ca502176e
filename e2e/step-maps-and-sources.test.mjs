// What a step's map is set to, and its sources: the steps on the 2017 expert
// group, the split of 2020 (a comparison) and the final convention, opened
// by their slugs in the app and as static pages; each shows its title, the
// vote or comparison its map is set to, a label for each highlighted state
// and the sources its file lists.
// Expected values are read from the content and data files, not the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady } from './harness.mjs';
import { steps, mapQuery } from './steps.mjs';

const NEW_SLUGS = ['gge-2017', 'split-2020', 'convention'];

/** The symbol of each vote id, from data/votes.toml. */
const SYMBOLS = Object.fromEntries(
  readFileSync('data/votes.toml', 'utf8').split(/^\[\[vote\]\]$/m).slice(1).map((block) => [
    block.match(/^id = "([^"]+)"/m)[1],
    block.match(/^symbol = "([^"]+)"/m)[1],
  ]),
);

/** The [[sources]] of a step file, in order: { label, url }. */
function sourcesOf(file) {
  const text = readFileSync(`content/steps/${file}`, 'utf8');
  return text.split('[[sources]]').slice(1).map((block) => ({
    label: block.match(/^label = "((?:[^"\\]|\\.)*)"/m)[1],
    url: block.match(/^url = "([^"]+)"/m)[1],
  }));
}

const newSteps = NEW_SLUGS.map((slug) => {
  const step = steps.find((s) => s.slug === slug);
  assert.ok(step, `content/steps has a step ${slug}`);
  return step;
});

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

for (const step of newSteps) {
  test(`?step=${step.slug}: its title, its map's vote or comparison, its labels and its sources`, async () => {
    const { page, problems, context } = await app.openPage(mapQuery(step));
    await appReady(page);
    assert.equal(await page.getAttribute('article[data-step]', 'data-step'), step.slug);
    assert.equal((await page.textContent('#step-title')).trim(), step.title);
    const stageTitle = (await page.textContent('.stage-figure .stage-title')).replace(/\s+/g, ' ');
    const comparing = await page.$eval('.stage-figure .world-map', (f) => f.classList.contains('comparing'));
    if (step.compare.length === 2) {
      assert.equal(comparing, true, 'the map compares');
      assert.ok(stageTitle.startsWith(`Comparing ${SYMBOLS[step.compare[0]]} `), stageTitle);
      assert.ok(stageTitle.includes(` with ${SYMBOLS[step.compare[1]]} `), stageTitle);
    } else {
      assert.equal(comparing, false, 'the map shows one vote');
      assert.ok(stageTitle.startsWith(`${SYMBOLS[step.vote ?? '3c-2019']},`), stageTitle);
    }
    const labels = await page.$$eval('.stage-figure .label-layer .map-label', (gs) => gs
      .filter((g) => g.getBoundingClientRect().width > 0).map((g) => g.dataset.labelFor));
    assert.deepEqual(labels.sort(), [...step.highlight].sort(), 'one visible label per highlighted state');
    const expected = sourcesOf(step.file);
    const shown = await page.$$eval('.step-sources li a', (as) => as.map((a) => ({ label: a.textContent.trim(), url: a.getAttribute('href') })));
    assert.deepEqual(shown, expected);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`step-${step.slug}.html without JavaScript: its title, its vote and its sources`, async () => {
    const { page, problems, context } = await app.openPage(`step-${step.slug}.html`, { javaScriptEnabled: false });
    assert.equal((await page.textContent('#prerender article h2')).trim(), step.title);
    assert.ok((await page.title()).startsWith(step.title), await page.title());
    const shown = await page.$$eval('#prerender .step-sources li a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(shown, sourcesOf(step.file).map((s) => s.url));
    const stageTitle = (await page.textContent('#prerender .stage-title')).replace(/\s+/g, ' ');
    const first = step.compare.length === 2 ? `Comparing ${SYMBOLS[step.compare[0]]}` : `${SYMBOLS[step.vote ?? '3c-2019']},`;
    assert.ok(stageTitle.startsWith(first), stageTitle);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
