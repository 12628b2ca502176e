// The stage (issue #12): the story and the one map it drives stay in view
// together at every size, also framed from another origin; the step labels
// its states on the map, zooms to its region, and compares with the
// comparison's own key; reduced motion removes the transitions.
// Screenshots of the first screens go to target/screenshots/ for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, appReady, stageAt, settled } from './harness.mjs';
import { steps, mapQuery } from './steps.mjs';
import { votes, members, signatureSlots, VOTE_IDS } from './data.mjs';
import { startServer } from '../scripts/static-server.mjs';

export const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

let app;
const hosts = [];
before(async () => { app = await launch(); });
after(async () => {
  await app?.close();
  await Promise.all(hosts.map((s) => new Promise((ok) => s.close(ok))));
});

/** How much of the map is on screen, and whether the step's heading or a
 * paragraph of its text is visible beside it (in `target`, a page or frame). */
function stageReading(target) {
  return target.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const visibleArea = (r) => Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0))
      * Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const svg = document.querySelector('.app:not([hidden]) .stage-figure .map-focus svg');
    const figure = document.querySelector('.app:not([hidden]) .stage-figure');
    const r = svg.getBoundingClientRect();
    const shown = visibleArea(r);
    // Visible means on screen and not under the sticky figure or the pinned navigation.
    const seen = (el) => {
      const b = el.getBoundingClientRect();
      if (b.height === 0 || b.bottom <= 0 || b.top >= vh) return false;
      const points = [[b.left + 4, b.top + 4], [b.left + 4, b.bottom - 4], [b.left + b.width / 2, (b.top + b.bottom) / 2]];
      return points.some(([x, y]) => {
        if (y < 0 || y >= vh) return false;
        const hit = document.elementFromPoint(Math.min(Math.max(x, 0), vw - 1), y);
        return hit && (hit === el || el.contains(hit));
      });
    };
    const texts = [...document.querySelectorAll('.app:not([hidden]) #step-title, .app:not([hidden]) .step-text p')];
    return {
      inside: r.width * r.height > 0 ? shown / (r.width * r.height) : 0,
      cover: shown / (vw * vh),
      figureCover: visibleArea(figure.getBoundingClientRect()) / (vw * vh),
      textVisible: texts.some(seen),
    };
  });
}

function assertStage(reading, label, { minCover = 0.15, minFigure = 0 } = {}) {
  assert.ok(reading.inside >= 0.8, `${label}: only ${(reading.inside * 100).toFixed(0)}% of the map is in view`);
  assert.ok(reading.cover >= minCover, `${label}: the map covers only ${(reading.cover * 100).toFixed(1)}% of the view`);
  assert.ok(reading.figureCover >= minFigure, `${label}: the figure covers only ${(reading.figureCover * 100).toFixed(1)}% of the view`);
  assert.ok(reading.textVisible, `${label}: the step's heading or text is visible beside the map`);
}

/** Scrolls the step's text to its end: the last paragraph, then the navigation. */
async function scrollTextToEnd(target) {
  await target.evaluate(() => {
    const last = [...document.querySelectorAll('.app:not([hidden]) .step-text p')].pop();
    last.scrollIntoView({ block: 'end', behavior: 'instant' });
  });
  await target.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const SIZES = [[1280, 800], [1440, 900], [768, 1024], [375, 667]];

for (const [width, height] of SIZES) {
  test(`at ${width}x${height}, every step shows the map in view with its text, also at the end of the text`, async () => {
    const { page, problems, context } = await app.openPage(null, { viewport: { width, height } });
    for (const step of steps) {
      await page.goto(`${app.baseUrl}${mapQuery(step)}`);
      await appReady(page);
      assertStage(await stageReading(page), `${step.slug} at ${width}x${height}`);
      if (step.number === 1 && (width === 1280 || width === 375)) {
        await page.screenshot({ path: `${SHOTS}/stage-first-screen-${width}x${height}.png` });
      }
      await scrollTextToEnd(page);
      assertStage(await stageReading(page), `${step.slug} at ${width}x${height}, text scrolled to its end`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** A course page on another origin framing the explainer at `width` x `height`. */
async function framed(width, height, query) {
  const dir = mkdtempSync(join(tmpdir(), 'uncyber-stage-host-'));
  const appOrigin = app.baseUrl.replace('127.0.0.1', 'localhost');
  writeFileSync(join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Course page</title><style>body{margin:0}</style></head><body><iframe src="${appOrigin}${query}" title="Explainer" width="${width}" height="${height}" style="border:0;display:block"></iframe></body></html>`);
  const server = await startServer({ root: dir });
  hosts.push(server);
  const { page, context, problems } = await app.openPage(null, { viewport: { width: width + 40, height: height + 40 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await appReady(frame);
  return { page, frame, context, problems };
}

for (const [width, height] of [[700, 450], [400, 600]]) {
  test(`framed from another origin at ${width}x${height} (embed=1), every step shares the frame with its map`, async () => {
    for (const step of steps) {
      const { page, frame, context, problems } = await framed(width, height, `${mapQuery(step)}&embed=1`);
      const label = `${step.slug} in a ${width}x${height} frame`;
      // The figure (map and key) takes at least a third of the frame.
      assertStage(await stageReading(frame), label, { minFigure: 1 / 3 });
      const nav = await frame.evaluate(() => {
        const b = document.querySelector('.app:not([hidden]) .step-nav').getBoundingClientRect();
        return b.top >= 0 && b.bottom <= window.innerHeight + 1;
      });
      assert.ok(nav, `${label}: Previous and Next are in view`);
      assert.equal(await frame.isVisible('.timeline-events'), false, `${label}: the timeline is collapsed`);
      if (step.number === 1) await page.screenshot({ path: `${SHOTS}/stage-embed-${width}x${height}.png` });
      await scrollTextToEnd(frame);
      assertStage(await stageReading(frame), `${label}, text scrolled to its end`, { minFigure: 1 / 3 });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('a locked frame shows its one step on its stage', async () => {
  const { frame, context, problems } = await framed(700, 450, '?step=budapest&vote=3c-2019&lock=1');
  assertStage(await stageReading(frame), 'locked budapest');
  assert.equal(await frame.isVisible('nav.step-nav button'), false, 'no step navigation when locked');
  assert.deepEqual(problems, []);
  await context.close();
});

test("each step's highlighted states carry a visible label on the map, with the vote's glyph", async () => {
  const GLYPH = { yes: '✓', no: '✕', abstain: '−', absent: '○' };
  for (const width of [1280, 375]) {
    const { page, problems, context } = await app.openPage(`?step=${steps[0].slug}`, { viewport: { width, height: 800 } });
    await appReady(page);
    for (const step of steps) {
      await page.goto(`${app.baseUrl}${mapQuery(step)}`);
      await appReady(page);
      const voteId = step.compare[1] ?? step.vote ?? '3c-2019';
      // The signature record's glyphs: ✓ signed, ✕ not signed, ○ no
      // signature on record, ? status unknown.
      const signatures = voteId === 'signatures';
      const rows = signatures ? signatureSlots() : votes(voteId);
      const glyphs = signatures ? { ...GLYPH, abstain: '○', absent: '?' } : GLYPH;
      const labels = await page.$$eval('.stage-figure .label-layer .map-label', (gs) => gs
        .filter((g) => g.getBoundingClientRect().width > 0)
        .map((g) => {
          const r = g.querySelector('text').getBoundingClientRect();
          const map = g.closest('.map-frame').getBoundingClientRect();
          return { iso3: g.dataset.labelFor, text: g.textContent, inside: r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1, height: r.height };
        }));
      // A map 480 px wide or less labels the step's first four states only.
      const mapWidth = await page.$eval('.stage-figure .map-frame', (f) => f.getBoundingClientRect().width);
      const labelled = mapWidth <= 480 ? step.highlight.slice(0, 4) : step.highlight;
      assert.deepEqual(labels.map((l) => l.iso3).sort(), [...labelled].sort(), `${step.slug} at ${width}: one visible label per highlighted state (map ${mapWidth} px wide)`);
      assert.ok(labels.length <= 4 || mapWidth > 480, `${step.slug} at ${width}: at most four labels on a narrow map`);
      for (const l of labels) {
        const vote = rows.find((r) => r.iso3 === l.iso3).vote;
        assert.ok(l.text.endsWith(glyphs[vote]), `${step.slug}: ${l.iso3}'s label "${l.text}" ends with the glyph of ${vote}`);
        assert.ok(l.inside, `${step.slug} at ${width}: ${l.iso3}'s label is inside the map`);
        assert.ok(l.height >= 10, `${step.slug} at ${width}: ${l.iso3}'s label is at least 10 px high (${l.height.toFixed(1)})`);
      }
      // Labels never overlap one another.
      const boxes = await page.$$eval('.stage-figure .label-layer .map-label text', (ts) => ts
        .map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0)
        .map((r) => [r.left, r.top, r.right, r.bottom]));
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
          assert.ok(!overlap, `${step.slug} at ${width}: labels ${i} and ${j} overlap`);
        }
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** The on-screen box of a member state's shape on the stage map. */
async function stateBox(page, iso3) {
  return page.$eval(`.stage-figure g.state[data-iso3="${iso3}"] path`, (p) => {
    const r = p.getBoundingClientRect();
    return { w: r.width, h: r.height };
  });
}

test("a step's focus region zooms the map, stepping on zooms back out, and markers keep their size", async () => {
  // A step that frames a region on its map (the Budapest step shows its
  // own figure instead).
  const withFocus = steps.find((s) => s.focus.length > 0 && !s.figure);
  assert.ok(withFocus, 'a step names a focus region for its map');
  const before = steps[withFocus.number - 2];
  const { page, problems, context } = await app.openPage(mapQuery(before), { reducedMotion: 'reduce' });
  await appReady(page);
  const transform = () => page.$eval('.stage-figure .map-focus g.zoom', (g) => getComputedStyle(g).transform);
  const marker = () => page.$eval('.stage-figure g.state[data-iso3="MLT"] circle.marker', (c) => c.getBoundingClientRect().width);
  assert.equal(await transform(), 'none', 'the whole world before');
  const worldGermany = await stateBox(page, 'DEU');
  const worldMarker = await marker();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector(`article[data-step="${withFocus.slug}"]`);
  await stageAt(page, `${withFocus.slug}`);
  assert.notEqual(await transform(), 'none', 'zoomed on the focus step');
  const zoomedGermany = await stateBox(page, 'DEU');
  assert.ok(zoomedGermany.w > worldGermany.w * 1.8, `Germany is drawn larger (${worldGermany.w.toFixed(0)} -> ${zoomedGermany.w.toFixed(0)} px)`);
  assert.ok(Math.abs((await marker()) - worldMarker) < 1, 'a small state\'s marker keeps its size on screen');
  // The label layer zooms with the map.
  assert.equal(await page.$eval('.stage-figure .label-layer g.zoom', (g) => getComputedStyle(g).transform), await transform());
  // Selecting a state outside the region shows the whole world again.
  await page.goto(`${app.baseUrl}?step=${withFocus.slug}&country=BRA`);
  await appReady(page);
  assert.equal(await transform(), 'none', 'Brazil selected: the whole world');
  // Stepping on (or back, from the last step) leaves the region.
  const [key, other] = withFocus.number < steps.length
    ? ['ArrowRight', steps[withFocus.number]] : ['ArrowLeft', steps[withFocus.number - 2]];
  await page.keyboard.press(key);
  await page.waitForSelector(`article[data-step="${other.slug}"]`);
  await stageAt(page, `${other.slug}`);
  assert.equal(await transform(), 'none', 'the next step shows the world again');
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a wide screen the reader zooms the map to Europe or the Caribbean: small states' markers spread apart, labels keep clear, the next step shows the world", async () => {
  const first = steps.find((s) => s.vote && !s.figure && !s.focus.length);
  const { page, problems, context } = await app.openPage(`?step=${first.slug}`, { reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  await appReady(page);
  const transform = () => page.$eval('.stage-figure .map-focus g.zoom', (g) => getComputedStyle(g).transform);
  const centres = (codes) => page.$$eval('.stage-figure g.state circle.marker', (cs, codes) => Object.fromEntries(cs
    .filter((c) => codes.includes(c.closest('g.state').dataset.iso3))
    .map((c) => { const r = c.getBoundingClientRect(); return [c.closest('g.state').dataset.iso3, [r.x + r.width / 2, r.y + r.height / 2, r.width]]; })), codes);
  const nearest = (points) => {
    const list = Object.values(points);
    let gap = Infinity;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) gap = Math.min(gap, Math.hypot(list[i][0] - list[j][0], list[i][1] - list[j][1]));
    return gap;
  };
  const pressed = () => page.$$eval('.map-zoom button', (bs) => bs.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.region));
  assert.equal(await transform(), 'none');
  assert.deepEqual(await pressed(), []);
  for (const [region, small] of [['europe', ['AND', 'MCO', 'SMR', 'LIE', 'MLT']], ['caribbean', ['ATG', 'KNA', 'DMA', 'LCA', 'VCT', 'GRD', 'BRB']]]) {
    await page.click(`.map-zoom button[data-region="${region}"]`);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.stage-figure .map-focus g.zoom')).transform !== 'none');
    await settled(page);
    assert.deepEqual(await pressed(), [region]);
    const zoomed = await centres(small);
    assert.equal(Object.keys(zoomed).length, small.length, `${region}: every small state has its marker`);
    await page.click('.map-zoom button[data-region="world"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.stage-figure .map-focus g.zoom')).transform === 'none');
    const world = await centres(small);
    assert.ok(nearest(zoomed) >= 2 * nearest(world), `${region}: the nearest two markers ${nearest(world).toFixed(1)} px apart on the world map, ${nearest(zoomed).toFixed(1)} px zoomed`);
    for (const code of small) assert.ok(Math.abs(zoomed[code][2] - world[code][2]) < 1, `${code}'s marker keeps its size`);
    await page.click(`.map-zoom button[data-region="${region}"]`);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.stage-figure .map-focus g.zoom')).transform !== 'none');
    await settled(page);
    // Every label is inside the map, apart from the zoom's buttons, and names
    // a state whose centre is in view.
    const clash = await page.evaluate(() => {
      const map = document.querySelector('.stage-figure .map-focus svg').getBoundingClientRect();
      const buttons = document.querySelector('.map-zoom').getBoundingClientRect();
      const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...document.querySelectorAll('.stage-figure .labels-wide [data-label-for] text')].map((t) => t.getBoundingClientRect())
        .filter((r) => overlap(r, buttons) || r.left < map.left - 1 || r.right > map.right + 1 || r.top < map.top - 1 || r.bottom > map.bottom + 1).length;
    });
    assert.equal(clash, 0, `${region}: labels clear of the buttons and inside the map`);
  }
  // The explorer's controls sit under the figure, on the first screen.
  const inView = await page.$$eval('.explore-tools .view-switch, .explore-tools .country-search input, .explore-tools select', (els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  }));
  assert.deepEqual(inView, [true, true, true], 'view switch, search and vote picker in view at 1280x800');
  // The zoom belongs to its step: the next step shows its own frame.
  await page.keyboard.press('ArrowRight');
  await stageAt(page, steps[first.number].slug);
  if (!steps[first.number].focus.length) assert.equal(await transform(), 'none', 'the next step shows the world');
  assert.deepEqual(await pressed(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the colour change and the zoom are short transitions, and none under reduced motion', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, problems, context } = await app.openPage('?step=budapest&vote=3c-2019', { reducedMotion });
    await appReady(page);
    const durations = await page.evaluate(() => {
      const ms = (el) => Math.max(...getComputedStyle(el).transitionDuration.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
      return {
        fill: ms(document.querySelector('.stage-figure g.state path')),
        zoom: ms(document.querySelector('.stage-figure g.zoom')),
      };
    });
    if (reducedMotion === 'reduce') {
      assert.deepEqual(durations, { fill: 0, zoom: 0 }, 'no transitions under reduced motion');
    } else {
      assert.ok(durations.fill > 0 && durations.fill <= 300, `fill transition ${durations.fill} ms`);
      assert.ok(durations.zoom > 0 && durations.zoom <= 300, `zoom transition ${durations.zoom} ms`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("while two votes are compared, the legend is the comparison's key with a count for each colour", async () => {
  const [a, b] = ['ga-73-27', 'ga-73-266'];
  const va = votes(a);
  const vb = votes(b);
  const byIso = (rows) => Object.fromEntries(rows.map((r) => [r.iso3, r.vote]));
  const [pa, pb] = [byIso(va), byIso(vb)];
  const expected = { 'yes-both': 0, same: 0, yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const m of members) {
    const [x, y] = [pa[m.iso3], pb[m.iso3]];
    if (x === y) expected[x === 'yes' ? 'yes-both' : 'same'] += 1;
    else expected[y] += 1;
  }
  const { page, problems, context } = await app.openPage(`?step=1&compare=${a},${b}`);
  await appReady(page);
  const legend = await page.$$eval('.stage-figure .legend li', (lis) => Object.fromEntries(lis
    .filter((li) => li.querySelector('.legend-count'))
    .map((li) => [li.dataset.choice, Number(li.querySelector('.legend-count').textContent)])));
  assert.deepEqual(legend, expected);
  assert.equal(Object.values(legend).reduce((s, n) => s + n, 0), members.length);
  // What the map draws in green is exactly the "yes on both" count.
  const green = await page.$$eval('.stage-figure g.state[data-shift="same"][data-vote="yes"]', (gs) => gs.length);
  assert.equal(green, expected['yes-both']);
  assert.match(await page.textContent('.stage-figure .stage-title'), /Comparing A\/RES\/73\/27 .* with A\/RES\/73\/266/);
  // Stopping the comparison brings back the vote's own legend.
  await page.evaluate(() => document.querySelector('#explore').scrollIntoView());
  await page.click('text=Stop comparing');
  await page.waitForSelector('.stage-figure .legend li[data-choice="non-member"]');
  assert.equal(await page.$$eval('.stage-figure .legend li[data-choice="yes-both"]', (l) => l.length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Each member state's vote as the stage's map shows it, by ISO3. */
const mapVotes = (page) => page.$$eval('.stage-figure .world-map g.state', (gs) => Object.fromEntries(gs.map((g) => [g.dataset.iso3, g.dataset.vote])));
const csvVotes = (id) => Object.fromEntries(votes(id).map((r) => [r.iso3, r.vote]));

test("a key press paints the new step's words first, and the stage follows in the next frame", async () => {
  // Two neighbouring steps with different votes, neither comparing.
  const i = steps.findIndex((s, k) => s.vote && steps[k + 1]?.vote && s.vote !== steps[k + 1].vote && !s.compare.length && !steps[k + 1].compare.length);
  assert.ok(i >= 0, 'two neighbouring steps show different votes');
  const [from, to] = [steps[i], steps[i + 1]];
  const { page, problems, context } = await app.openPage(`?step=${from.slug}`);
  await appReady(page);
  assert.deepEqual(await mapVotes(page), csvVotes(from.vote));
  // What the first frame after the key press draws, read in that frame.
  await page.evaluate(() => {
    addEventListener('keydown', () => requestAnimationFrame(() => {
      window.firstFrame = {
        text: document.querySelector('article[data-step]').dataset.step,
        stage: document.querySelector('.app .stage-figure').dataset.stageStep,
      };
    }), { capture: true, once: true });
  });
  await page.keyboard.press('ArrowRight');
  await stageAt(page, to.slug);
  assert.deepEqual(await page.evaluate(() => window.firstFrame), { text: to.slug, stage: from.slug });
  assert.deepEqual(await mapVotes(page), csvVotes(to.vote), `the map shows ${to.vote}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two presses before a paint redraw the stage once, for the last step, with its own vote again', async () => {
  const i = steps.findIndex((s, k) => s.vote && steps[k + 2]?.vote && !s.compare.length && !steps[k + 1].compare.length && !steps[k + 2].compare.length);
  assert.ok(i >= 0, 'three steps in a row without a comparison');
  const [from, to] = [steps[i], steps[i + 2]];
  const picked = VOTE_IDS.find((id) => id !== to.vote && id !== from.vote);
  const { page, problems, context } = await app.openPage(`?step=${from.slug}&vote=${picked}`);
  await appReady(page);
  assert.deepEqual(await mapVotes(page), csvVotes(picked), 'the picked vote shows first');
  const changes = await page.evaluate(() => {
    window.stageChanges = [];
    const stage = document.querySelector('.app .stage-figure');
    new MutationObserver(() => window.stageChanges.push(stage.dataset.stageStep)).observe(stage, { attributes: true, attributeFilter: ['data-stage-step'] });
    const press = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    press();
    press();
  });
  assert.equal(changes, undefined);
  await stageAt(page, to.slug);
  await settled(page);
  assert.deepEqual(await page.evaluate(() => window.stageChanges), [to.slug], 'one redraw of the stage');
  assert.deepEqual(await mapVotes(page), csvVotes(to.vote), `the step's own vote (${to.vote}) shows again`);
  assert.doesNotMatch(page.url(), /vote=/, 'the picked vote has left the address');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a step that compares two votes shows the comparison, and the next step its own vote', async () => {
  // A comparing step followed by one that shows a single vote.
  const comparing = steps.find((s) => s.compare.length === 2 && steps[s.number]?.compare.length === 0);
  assert.ok(comparing, 'some step compares two votes and the next does not');
  const { page, problems, context } = await app.openPage(`?step=${comparing.slug}`);
  await appReady(page);
  assert.equal(await page.$eval('.stage-figure .world-map', (f) => f.classList.contains('comparing')), true);
  assert.doesNotMatch(page.url(), /compare=/, "the step's own comparison is not written into its link");
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector(`article[data-step="${steps[comparing.number].slug}"]`);
  await stageAt(page, `${steps[comparing.number].slug}`);
  assert.equal(await page.$eval('.stage-figure .world-map', (f) => f.classList.contains('comparing')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, keyboard focus never lands behind the sticky figure or the pinned navigation', async () => {
  const { page, problems, context } = await app.openPage('?step=budapest&vote=3c-2019', { viewport: { width: 375, height: 667 } });
  await appReady(page);
  await page.focus('#step-title');
  for (let i = 0; i < 14; i += 1) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.closest('.stage-figure, .step-nav')) return null;
      // A link over several lines: the middle of its first line.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + Math.min(r.width, 40) / 2, 0), window.innerWidth - 1);
      const y = r.top + r.height / 2;
      if (y < 0 || y > window.innerHeight) return `${el.outerHTML.slice(0, 60)} is off screen`;
      const hit = document.elementFromPoint(x, y);
      return hit === el || el.contains(hit) ? null : `${el.outerHTML.slice(0, 60)} is covered by ${hit?.className}`;
    });
    assert.equal(hidden, null);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// ------------------------------------------------ fit and finish on the stage (issue #16, items 1, 2, 6, 8)

/** The step title's top relative to the clear part of the screen (below a pinned figure). */
function titlePlace(page) {
  return page.evaluate(() => {
    const t = document.querySelector('.app:not([hidden]) #step-title').getBoundingClientRect();
    const f = document.querySelector('.app:not([hidden]) .stage-figure').getBoundingClientRect();
    // The clear area starts below the figure where it is above the title:
    // pinned at the top, or still in its place above the words.
    const above = f.left < t.right && t.left < f.right && f.bottom <= t.top + 1 && f.bottom > 0;
    const clearTop = (f.top <= 1 && f.left < t.right && t.left < f.right) || above ? f.bottom : 0;
    return { top: t.top, clearTop, height: window.innerHeight, focus: document.activeElement?.textContent?.trim() ?? '' };
  });
}

for (const [width, height] of [[375, 667], [768, 1024]]) {
  test(`at ${width}x${height}, once the stage has followed, every new step's title is still clear of the pinned figure`, async () => {
    const { page, problems, context } = await app.openPage('', { viewport: { width, height } });
    await appReady(page);
    for (const next of steps.slice(1)) {
      // From the end of the step's text, as a reader pressing → would be.
      await scrollTextToEnd(page);
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('ArrowRight');
      await stageAt(page, next.slug);
      await settled(page);
      const p = await titlePlace(page);
      assert.ok(p.top >= p.clearTop - 1 && p.top < p.height, `${next.slug} at ${width}: the title's top is at ${p.top.toFixed(0)} px; the clear area starts at ${p.clearTop.toFixed(0)} px`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [width, height] of [[1280, 800], [375, 667]]) {
  test(`at ${width}x${height}, a new step shows from its title, whichever way the reader moves, and focus stays put`, async () => {
    const { page, problems, context } = await app.openPage(`?step=3`, { viewport: { width, height } });
    await appReady(page);
    const moves = [
      ['Next', async () => page.click('nav.step-nav button:has-text("Next")')],
      ['Previous', async () => page.click('nav.step-nav button:has-text("Previous")')],
      ['the → key', async () => { await page.evaluate(() => document.activeElement?.blur()); await page.keyboard.press('ArrowRight'); }],
    ];
    for (const [how, move] of moves) {
      // Scroll to the end of the step's text first, as a reader pressing Next would be.
      await scrollTextToEnd(page);
      const before = await page.getAttribute('article[data-step]', 'data-step');
      await move();
      await page.waitForFunction((b) => document.querySelector('article[data-step]').dataset.step !== b, before);
      // As the reader sees it: in the frame that first draws the new step.
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => drawn())));
      const p = await titlePlace(page);
      assert.ok(p.top >= p.clearTop - 1 && p.top <= p.clearTop + (p.height - p.clearTop) / 2, `${how} at ${width}: the title's top is at ${p.top.toFixed(0)} px; the clear area starts at ${p.clearTop.toFixed(0)} px`);
      if (how === 'Next') assert.match(p.focus, /Next/, 'focus stays on Next');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`at ${width}x${height}, picking a country from the search shows it on the map and its card at once`, async () => {
    const { page, problems, context } = await app.openPage('?step=1', { viewport: { width, height } });
    await appReady(page);
    await page.fill("#country-search-input", "Brazil");
    await page.keyboard.press('Enter');
    await page.waitForSelector('.card-slot .country-card');
    const seen = await page.evaluate(() => {
      const vh = window.innerHeight;
      const state = document.querySelector('.stage-figure g.state[data-iso3="BRA"]');
      const s = state.getBoundingClientRect();
      const card = document.querySelector('.card-slot .country-card').getBoundingClientRect();
      return {
        selected: state.getAttribute('aria-selected'),
        stateInView: s.top >= 0 && s.bottom <= vh && s.width > 0,
        cardTop: card.top,
        vh,
      };
    });
    assert.equal(seen.selected, 'true', 'Brazil is selected on the map');
    assert.ok(seen.stateInView, 'Brazil is on screen on the map');
    assert.ok(seen.cardTop >= 0 && seen.cardTop < seen.vh - 40, `the card's top (${seen.cardTop.toFixed(0)} px) is on screen`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('during a comparison, "How the groups split" names the vote it shows, the one the map colours by', async () => {
  const { page, problems, context } = await app.openPage('?step=1&compare=ga-73-27,ga-73-266');
  await appReady(page);
  await page.click('.group-split summary');
  const caption = await page.waitForSelector('.group-split table caption');
  assert.equal(await caption.isVisible(), true, 'the caption is visible');
  assert.match(await caption.textContent(), /A\/RES\/73\/266/);
  // The counts are those of the second vote (the one the map shows).
  const weog = votes('ga-73-266').filter((r) => members.find((m) => m.iso3 === r.iso3).regional_group === 'WEOG');
  const yes = weog.filter((r) => r.vote === 'yes').length;
  assert.equal(Number(await page.textContent('.group-split tr[data-group="WEOG"] td[data-choice="yes"]')), yes);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every disclosure shows a cue that it opens, which turns when open', async () => {
  const { page, problems, context } = await app.openPage('?step=swing-states&compare=ga-73-27,ga-73-266');
  await appReady(page);
  await page.waitForSelector('.group-split');
  const cues = await page.$$eval('.app details > summary', (ss) => ss.map((s) => ({
    text: s.textContent.trim().slice(0, 30),
    cue: getComputedStyle(s, '::before').content,
  })));
  assert.ok(cues.length >= 5, `disclosures found: ${cues.map((c) => c.text)}`);
  for (const c of cues) assert.equal(c.cue, '"▸"', `"${c.text}" has the ▸ cue`);
  const turned = await page.$eval('.app details.group-split > summary', (s) => {
    s.parentElement.open = true;
    return getComputedStyle(s, '::before').transform;
  });
  assert.notEqual(turned, 'none', 'the cue turns when open');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone map, a tap lands: a large state directly, a lone small state by reach, several small states offer a short list', async () => {
  const { page, problems, context } = await app.openPage('?step=1', { viewport: { width: 375, height: 667 }, hasTouch: true });
  await appReady(page);
  const centreOf = (iso3) => page.$eval(`.stage-figure g.state[data-iso3="${iso3}"] ${iso3 === 'BRA' ? 'path' : 'circle.marker'}`, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const selected = () => page.$eval('.stage-figure g.state[aria-selected="true"]', (g) => g.dataset.iso3).catch(() => null);
  // Brazil is large: a tap on it selects it.
  const bra = await centreOf('BRA');
  await page.touchscreen.tap(bra.x, bra.y);
  await page.waitForFunction(() => document.querySelector('.stage-figure g.state[aria-selected="true"]')?.dataset.iso3 === 'BRA');
  // Among the Leeward Islands a tap reaches several states: a list, nearest first.
  const kna = await centreOf('KNA');
  await page.touchscreen.tap(kna.x, kna.y);
  await page.waitForSelector('.tap-choices button[data-pick]');
  const offered = await page.$$eval('.tap-choices button[data-pick]', (bs) => bs.map((b) => b.textContent));
  assert.ok(offered.length >= 2 && offered.length <= 5, `offered: ${offered}`);
  assert.match(offered[0], /Saint Kitts and Nevis/);
  assert.equal(await selected(), 'BRA', 'nothing new is selected until the reader chooses');
  const box = await (await page.$('.tap-choices button[data-pick]')).boundingBox();
  assert.ok(box.height >= 24, 'each choice is at least 24 px high');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.querySelector('.stage-figure g.state[aria-selected="true"]')?.dataset.iso3 === 'KNA');
  assert.equal(await page.$$eval('.tap-choices', (l) => l.length), 0, 'the list closes');
  // Every small state's marker: a tap on it selects it when it stands alone
  // within reach, or offers it in a short list.
  const markers = await page.$$eval('.stage-figure g.state circle.marker', (cs) => cs.map((c) => {
    const r = c.getBoundingClientRect();
    return { iso3: c.closest('g.state').dataset.iso3, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }));
  assert.ok(markers.length > 20);
  const names = Object.fromEntries(members.map((m) => [m.iso3, m.un_name.replace(/^"|"$/g, '')]));
  let direct = 0;
  for (const { iso3 } of markers) {
    // Where it is now, once the last selection has settled.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = { iso3, ...(await centreOf(iso3)) };
    await page.touchscreen.tap(m.x, m.y);
    await page.waitForFunction((iso3) => document.querySelector('.stage-figure g.state[aria-selected="true"]')?.dataset.iso3 === iso3
      || document.querySelector('.tap-choices button[data-pick]'), m.iso3);
    const list = await page.$$eval('.tap-choices button[data-pick]', (bs) => bs.map((b) => b.textContent));
    if (list.length === 0) direct += 1;
    else {
      // Markers can overlap (Bahrain and Qatar): the tapped state is among
      // the choices, and choosing it selects it.
      const at = list.findIndex((text) => text.startsWith(names[m.iso3]));
      assert.ok(at >= 0, `${m.iso3}: offered among ${list}`);
      const b = await (await page.$$('.tap-choices button[data-pick]'))[at].boundingBox();
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
      await page.waitForSelector('.tap-choices', { state: 'detached' });
    }
    assert.equal(await selected(), m.iso3, `${m.iso3} is selected after its tap`);
  }
  assert.ok(direct >= 1, `some small state stands alone and is selected at once (${direct})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the timeline marks the current step's events only, and opening its cards brings the current one into the row", async () => {
  const { page, problems, context } = await app.openPage('step-swing-states.html?vote=ga-74-29', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await appReady(page);
  const marks = () => page.evaluate(() => ({
    items: [...document.querySelectorAll('li.timeline-event')].map((li) => li.classList.contains('current')),
    current: [...document.querySelectorAll('li.timeline-event a[aria-current="step"]')].map((a) => a.getAttribute('href')),
    dots: [...document.querySelectorAll('circle.event-dot')].map((c) => c.classList.contains('current') && c.getAttribute('r') === '7'),
    big: [...document.querySelectorAll('circle.event-dot')].filter((c) => c.getAttribute('r') !== '4.5').length,
  }));
  // Step 12 to step 13 and back: the mark follows, and nothing else stays marked.
  for (const [key, slug] of [['ArrowRight', steps[12].slug], ['ArrowLeft', steps[11].slug]]) {
    await page.keyboard.press(key);
    await page.waitForFunction((s) => document.querySelector('article[data-step]').dataset.step === s, slug);
    const m = await marks();
    assert.ok(m.current.length > 0, `some event opens ${slug}`);
    assert.ok(m.current.every((href) => href === `?step=${slug}` || href === `step-${slug}.html`), `${slug}: ${m.current}`);
    assert.deepEqual(m.dots, m.items, 'each dot is marked exactly when its card is');
    assert.equal(m.big, m.items.filter(Boolean).length, 'only the current dots are enlarged');
  }
  await page.click('.timeline-cards summary');
  await page.waitForFunction(() => {
    const list = document.querySelector('ol.timeline-events');
    const card = list.querySelector('.timeline-event.current');
    const l = list.getBoundingClientRect(), c = card.getBoundingClientRect();
    return c.left >= l.left - 1 && c.right <= l.right + 1;
  }, null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [folder, width, height] of [['', 1280, 800], ['', 375, 667], ['ar/', 1280, 800], ['ar/', 375, 667]]) {
  test(`${folder || 'en/'} at ${width} px: the timeline's cards open within the page, the current step's card in view`, async () => {
    const { page, problems, context } = await app.openPage(`${folder}step-swing-states.html`, { viewport: { width, height }, reducedMotion: 'reduce' });
    await appReady(page);
    await page.click('.timeline-cards summary');
    await page.waitForFunction(() => {
      const list = document.querySelector('ol.timeline-events');
      const card = list?.querySelector('.timeline-event.current');
      if (!card) return false;
      const l = list.getBoundingClientRect(), c = card.getBoundingClientRect();
      return c.left >= Math.max(l.left, 0) - 1 && c.right <= Math.min(l.right, innerWidth) + 1;
    }, null, { timeout: 5000 });
    const { scrollWidth, inner } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, inner: innerWidth }));
    assert.ok(scrollWidth <= inner, `the page is ${scrollWidth} px wide in a ${inner} px window`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
