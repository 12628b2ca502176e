// The development build: what a plain `trunk serve` or `trunk build` gives
// (a debug build, no prerender, so no static copy of the page to read the
// map's outlines from). It must still draw the whole map, in every view and
// step. (The printed handout is a page the prerender writes: tests/prerender.rs.)
//
// The test builds it itself with `trunk build --offline --dist
// target/dev-dist` (Cargo's target dir is whatever CARGO_TARGET_DIR says; an
// up-to-date build takes seconds), unless UNCYBER_DEV_DIST names a folder
// that already holds such a build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { launch, appReady, stageAt } from './harness.mjs';
import { members } from './data.mjs';
import { steps } from './steps.mjs';

const DIST = process.env.UNCYBER_DEV_DIST ?? 'target/dev-dist';

/** Runs `trunk build --offline` (debug) into DIST, with the tool paths of scripts/env.sh. */
function buildDevSite() {
  const env = {
    ...process.env,
    PATH: [resolve('node_modules/.bin'), join(homedir(), '.cargo/bin'), process.env.PATH].join(delimiter),
    TRUNK_SKIP_VERSION_CHECK: 'true',
  };
  try {
    execFileSync('trunk', ['build', '--offline', '--dist', DIST], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    throw new Error(`trunk build --offline --dist ${DIST} failed (is trunk installed? see scripts/install-tools.sh):\n${err.stderr ?? err.message}`);
  }
}

/** The map's source (src/generated/map.rs): each member state's outline by
 * ISO3 code ('' for a state drawn only as a marker), and the other places'
 * outlines that are not empty. */
function generatedOutlines() {
  const text = readFileSync('src/generated/map.rs', 'utf8');
  const section = (name) => {
    const start = text.indexOf(`pub static ${name}:`);
    assert.ok(start >= 0, `map.rs has ${name}`);
    return text.slice(start, text.indexOf('\n];', start));
  };
  const codes = [...section('MEMBER_SHAPES').matchAll(/iso3: "([A-Z]{3})"/g)].map((m) => m[1]);
  const strings = (name) => [...section(name).matchAll(/^ {4}"([^"]*)",$/gm)].map((m) => m[1]);
  const paths = strings('MEMBER_PATHS');
  assert.equal(paths.length, codes.length, 'one path per member shape');
  return {
    member: new Map(codes.map((iso3, i) => [iso3, paths[i]])),
    others: strings('OTHER_PATHS').filter((d) => d !== ''),
  };
}

const OUTLINES = generatedOutlines();
const OUTLINED = [...OUTLINES.member.values()].filter((d) => d !== '').length;

let app;
before(async () => {
  if (process.env.UNCYBER_DEV_DIST === undefined) buildDevSite();
  assert.ok(existsSync(join(DIST, 'index.html')), `${DIST}/index.html exists`);
  // The prerender writes the static copy of the page as #prerender (src/html/page.rs).
  assert.ok(!readFileSync(join(DIST, 'index.html'), 'utf8').includes('id="prerender"'), `${DIST} is not prerendered`);
  app = await launch({ root: DIST });
});
after(async () => { await app?.close(); });

/** Each drawn member state of the map under `root`: iso3, its first path's
 * `d` ('' if none), and whether it has a marker. */
async function drawnStates(page, root) {
  return page.$$eval(`${root} .world-map g.state`.trim(), (gs) => gs.map((g) => ({
    iso3: g.dataset.iso3,
    d: g.querySelector('path')?.getAttribute('d') ?? '',
    marker: g.querySelector('.marker') !== null,
  })));
}

test('a plain trunk build draws every member state with its outline, and the other places', async () => {
  const { page, problems, context } = await app.openPage('');
  // Not appReady: it waits for a visible state, which never comes if no
  // outline is drawn; here that shows as a failed assertion instead.
  await page.waitForSelector('.stage-figure .world-map g.state', { state: 'attached', timeout: 20_000 });
  const drawn = await drawnStates(page, '.stage-figure');
  assert.equal(drawn.length, 193, 'every member state is on the map');
  assert.deepEqual(new Set(drawn.map((s) => s.iso3)), new Set(members.map((m) => m.iso3)), 'each member state once');
  for (const { iso3, d, marker } of drawn) {
    const expected = OUTLINES.member.get(iso3);
    assert.equal(d, expected, `${iso3}: its outline`);
    assert.ok(d !== '' || marker, `${iso3}: an outline or a marker`);
  }
  assert.equal(drawn.filter((s) => s.d !== '').length, OUTLINED, 'every outlined member state has a non-empty outline');
  const others = await page.$$eval('.stage-figure .world-map g.other-place path', (ps) => ps.map((p) => p.getAttribute('d')));
  assert.deepEqual(others, OUTLINES.others, 'the other places, outlined in order');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every step and every view draws, with the whole map wherever a map shows', async () => {
  const { page, problems, context } = await app.openPage(null);
  for (const step of steps) {
    await page.goto(`${app.baseUrl}?step=${step.slug}`);
    await appReady(page);
    await stageAt(page, step.slug);
    const drawn = await drawnStates(page, '.stage-figure');
    if (drawn.length > 0) {
      assert.equal(drawn.filter((s) => s.d !== '').length, OUTLINED, `${step.slug}: the stage's map is outlined`);
    }
  }
  const VIEWS = { map: '.world-map g.state', grid: '.tile-grid .tile', table: '.vote-table tbody tr' };
  for (const [view, selector] of Object.entries(VIEWS)) {
    await page.goto(`${app.baseUrl}?view=${view}`);
    await appReady(page);
    await page.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
    assert.equal(await page.$$eval(selector, (els) => els.length), 193, `${view}: every member state`);
    if (view === 'map') {
      const drawn = await drawnStates(page, '');
      assert.equal(drawn.filter((s) => s.d !== '').length, OUTLINED, 'the map view is outlined');
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
