// The accessibility sweep of issue #7: axe over every step × view × theme ×
// viewport; contrast measured from the page's computed colours (text 4.5:1,
// non-text 3:1, both themes); a keyboard-only walk over every step and every
// member state; reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, appReady, axeResults, formatViolations, settled } from './harness.mjs';
import { steps } from './steps.mjs';
import { members } from './data.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const VIEWS = ['map', 'grid', 'table'];
const THEMES = ['light', 'dark'];
const VIEWPORTS = [{ width: 375, height: 667 }, { width: 1280, height: 800 }];
const CHOICES = ['yes', 'no', 'abstain', 'absent'];

// ------------------------------------------------------------ contrast maths

/** WCAG 2 relative luminance of [r, g, b] in 0-255. */
function luminance([r, g, b]) {
  const lin = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` (with alpha) painted over the opaque colour `below`. */
function over(top, below) {
  const a = top[3] ?? 1;
  return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
}

/** The lowest ratio of `fg` over every colour that may lie behind it. */
function worst(fg, backs) {
  assert.ok(backs.length > 0, 'no background found');
  return Math.min(...backs.map((b) => ratio(over(fg, b), b)));
}

/** Text at least 24 px, or 18.66 px and bold, is large (3:1); the rest 4.5:1. */
function textMinimum({ fontSize, fontWeight }) {
  return fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700) ? 3 : 4.5;
}

// ----------------------------------------------- colours as the page paints them

/** Installs `window.__a11y` in the page: computed colours, resolved to RGBA,
 * and the colours that lie behind an element, including SVG fills, hatching
 * patterns and CSS gradients. */
function installColourReader() {
  if (window.__a11y) return;
  const ctx = document.createElement('canvas').getContext('2d');
  // Any CSS colour to [r, g, b, a], parsed by the browser itself.
  function rgba(css) {
    ctx.fillStyle = '#000000';
    ctx.fillStyle = css;
    const v = ctx.fillStyle;
    ctx.fillStyle = '#ffffff';
    ctx.fillStyle = css;
    if (ctx.fillStyle !== v) throw new Error(`unparsed colour: ${css}`);
    if (v.startsWith('#')) {
      const n = parseInt(v.slice(1), 16);
      return [n >> 16, (n >> 8) & 255, n & 255, 1];
    }
    const p = v.match(/\(([^)]*)\)/)[1].split(',').map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  }
  // The colour stops of every gradient in a background-image.
  function gradientStops(image) {
    if (!image || image === 'none') return [];
    return (image.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi) ?? []).map(rgba);
  }
  // A paint (fill or stroke): solid, none, or a pattern's colours.
  function paint(el, prop) {
    const cs = getComputedStyle(el);
    const value = cs[prop];
    const opacity = Number(cs[`${prop}Opacity`] ?? 1) * Number(cs.opacity);
    if (value === 'none') return { kind: 'none', colours: [] };
    const url = value.match(/url\("?#([^")]+)"?\)/);
    if (url) {
      const pattern = document.getElementById(url[1]);
      if (!pattern) throw new Error(`missing paint server ${url[1]}`);
      const parts = [...pattern.children].map((c) => ({
        tag: c.tagName,
        fill: paint(c, 'fill').colours[0],
        stroke: paint(c, 'stroke').colours[0],
      }));
      const ground = parts.find((p) => p.tag === 'rect')?.fill;
      const lines = parts.filter((p) => p.tag === 'line').map((p) => p.stroke);
      return { kind: 'pattern', ground, lines, colours: [ground, ...lines].filter(Boolean) };
    }
    const c = rgba(value);
    return { kind: 'solid', colours: [[c[0], c[1], c[2], c[3] * opacity]] };
  }
  // The colours one element paints behind its content: background colour
  // under gradient stops, or an SVG shape's fill (several for a pattern).
  function ownLayer(el) {
    if (el instanceof SVGTextContentElement || el instanceof SVGSVGElement || el instanceof SVGGElement) return [];
    if (el instanceof SVGGraphicsElement) {
      return paint(el, 'fill').colours.filter((c) => c[3] > 0);
    }
    const cs = getComputedStyle(el);
    const colour = rgba(cs.backgroundColor);
    const stops = gradientStops(cs.backgroundImage);
    if (stops.length) return stops.map((s) => (colour[3] > 0 ? over(s, colour) : s));
    return colour[3] > 0 ? [colour] : [];
  }
  function over(top, below) {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(Math.max(a, below[3]));
  }
  // Layers (topmost first) painted bottom-up from the first opaque one:
  // every colour that can end up behind the content.
  function compose(layers) {
    const bottom = layers.findIndex((l) => l.length && l.every((c) => c[3] >= 1));
    if (bottom < 0) throw new Error('no opaque background');
    let alts = layers[bottom];
    for (const layer of layers.slice(0, bottom).reverse()) {
      if (layer.length) alts = layer.flatMap((c) => alts.map((b) => over(c, b)));
    }
    return alts;
  }
  // The colours behind `el` (and its own background unless `self` is false),
  // in paint order at its centre: ancestors, and whatever else is drawn
  // under it there (an SVG shape beneath a label, for instance). Elements
  // that take no pointer events are not hit-tested: then only ancestors count.
  function behind(el, { self = true } = {}) {
    let rect = el.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight) {
      el.scrollIntoView({ block: 'center' });
      rect = el.getBoundingClientRect();
    }
    let hits = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    // Clipped by a box that scrolls (a step's figure pinned on a phone):
    // brought into view there first, as a reader would scroll to it.
    if (!hits.includes(el)) {
      el.scrollIntoView({ block: 'center' });
      rect = el.getBoundingClientRect();
      hits = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    }
    const at = hits.indexOf(el);
    const chain = [];
    for (let n = self ? el : el.parentElement; n; n = n.parentElement) chain.push(n);
    const order = at < 0 ? chain : [...(self ? [el] : []), ...hits.slice(at + 1).filter((h) => !el.contains(h))];
    const layers = [];
    for (const n of order) {
      layers.push(ownLayer(n));
      if (layers.at(-1).length && layers.at(-1).every((c) => c[3] >= 1)) break;
    }
    return compose(layers);
  }
  // What contrast needs to know about one text element. SVG text is painted
  // by its fill and drawn at its font size times the SVG's scale.
  function text(el) {
    const cs = getComputedStyle(el);
    let opacity = 1;
    for (let n = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
    const svgText = el instanceof SVGElement;
    const fg = svgText ? paint(el, 'fill').colours[0] : rgba(cs.color);
    const scale = svgText ? el.getScreenCTM().a : 1;
    return {
      fg: [fg[0], fg[1], fg[2], fg[3] * opacity],
      backs: behind(el),
      fontSize: parseFloat(cs.fontSize) * scale,
      fontWeight: Number(cs.fontWeight),
    };
  }
  window.__a11y = { rgba, paint, behind, text, ownLayer };
}

async function reader(page) {
  await page.evaluate(installColourReader);
}

// ------------------------------------------------------------------- 1. axe

/** Shows one step in one view and waits until the app has drawn it and
 * nothing is still fading. By loading the page, or with `reload: false` as
 * Back and Forward do (new URL, then popstate), which the app reads the same
 * way and which spares the sweep a reload and axe's re-injection each time. */
async function show(page, slug, view, { reload = true } = {}) {
  const query = `?step=${slug}&view=${view}`;
  if (reload) await page.goto(app.baseUrl + query);
  else await page.evaluate((q) => { history.pushState(null, '', q); dispatchEvent(new PopStateEvent('popstate')); }, query);
  await appReady(page);
  await page.waitForFunction(([slug, view]) => {
    const sel = { map: '.world-map g.state', grid: '.tile-grid .tile', table: '.vote-table tbody tr' }[view];
    return !document.getElementById('prerender') && document.querySelector('article[data-step]')?.dataset.step === slug
      && document.querySelectorAll(sel).length === 193 && document.getAnimations().length === 0;
  }, [slug, view]);
  await settled(page);
}

test(`axe: ${steps.length} steps × ${VIEWS.length} views × ${THEMES.length} themes × ${VIEWPORTS.length} viewports, no violations`, async (t) => {
  const started = Date.now();
  const failures = new Map(); // problem -> the combinations that show it
  const fail = (problem, where) => failures.set(problem, [...(failures.get(problem) ?? []), where]);
  const incomplete = new Map(); // "target [reason]" -> { combos, worst ratio }
  let combos = 0;
  // One context per theme × viewport; two run side by side (one per core).
  const runs = THEMES.flatMap((colorScheme) => VIEWPORTS.map((viewport) => ({ colorScheme, viewport })));
  async function sweep({ colorScheme, viewport }) {
    const { page, problems, context } = await app.openPage(null, { viewport, colorScheme });
    let loaded = false;
    for (const view of VIEWS) {
      for (const { slug } of steps) {
        const where = `${colorScheme} ${viewport.width}x${viewport.height} ?step=${slug}&view=${view}`;
        await show(page, slug, view, { reload: !loaded });
        loaded = true;
        const result = await axeResults(page);
        combos += 1;
        for (const v of formatViolations(result.violations)) fail(v, where);
        // axe could not decide these (text over gradients, SVG, overlaps):
        // measure each one from the computed colours instead.
        const nodes = result.incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? [];
        if (!nodes.length) continue;
        await reader(page);
        const targets = nodes.map((n) => n.target.join(' '));
        const measured = await page.evaluate((ts) => ts.map((sel) => window.__a11y.text(document.querySelector(sel))), targets);
        nodes.forEach((node, i) => {
          const m = measured[i];
          const reason = node.any[0]?.data?.messageKey ?? 'unknown';
          const r = worst(m.fg, m.backs);
          const key = `${targets[i]} [${reason}]`;
          const seen = incomplete.get(key) ?? { combos: 0, ratio: Infinity };
          incomplete.set(key, { combos: seen.combos + 1, ratio: Math.min(seen.ratio, r) });
          if (r < textMinimum(m)) fail(`text contrast below ${textMinimum(m)} at ${targets[i]} (axe: incomplete, ${reason})`, where);
        });
      }
    }
    for (const p of problems) fail(p, `${colorScheme} ${viewport.width}x${viewport.height}`);
    await context.close();
  }
  const queue = [...runs];
  await Promise.all([0, 1].map(async () => { while (queue.length) await sweep(queue.shift()); }));
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`${combos} combinations in ${seconds.toFixed(1)} s`);
  for (const [key, { combos: n, ratio: r }] of incomplete) t.diagnostic(`axe incomplete, measured: ${key} in ${n} combinations, worst ${r.toFixed(2)}:1`);
  assert.equal(combos, steps.length * VIEWS.length * THEMES.length * VIEWPORTS.length);
  assert.deepEqual([...failures].map(([problem, where]) => `${problem}, in ${where.length}: ${where.join('; ')}`), []);
});

// -------------------------------------------------------------- 2. contrast

/** Collects measured ratios; `failed` lists those under their minimum, and
 * `summary` the worst of each kind (many tab stops share one name). */
function ledger() {
  const rows = [];
  const add = (what, r, min) => rows.push({ what, r, min });
  return {
    check: add,
    /** The worst of `a` against each of `bs` (all opaque after compositing). */
    pair(what, a, bs, min = 3) { add(what, Math.min(...bs.map((b) => ratio(over(a, b), b))), min); },
    /** Something that is missing outright. */
    missing(what) { add(what, 0, 1); },
    failed() { return rows.filter((x) => !(x.r >= x.min)).map((x) => `${x.what}: ${x.r.toFixed(2)} < ${x.min}`); },
    summary() {
      const worstOf = new Map();
      for (const x of rows) worstOf.set(x.what, Math.min(worstOf.get(x.what) ?? Infinity, x.r));
      return [...worstOf].map(([what, r]) => `${what} ${r.toFixed(2)}`);
    },
  };
}

/** The map's fills, hatching, borders, markers and non-member places. */
async function mapColours(page) {
  return page.evaluate((choices) => {
    const A = window.__a11y;
    const svg = document.querySelector('.world-map svg');
    const out = { page: A.behind(svg, { self: false }), votes: {} };
    for (const c of choices) {
      const path = document.querySelector(`.world-map g.state[data-vote="${c}"]:not(.highlighted):not(.focused):not([aria-selected="true"]) path`);
      out.votes[c] = { fill: A.paint(path, 'fill'), edge: A.paint(path, 'stroke').colours[0] };
    }
    const marker = document.querySelector('.world-map g.state:not(.highlighted):not(.focused) .marker');
    out.marker = A.paint(marker, 'stroke').colours[0];
    const other = document.querySelector('.world-map .other-place path');
    out.other = { fill: A.paint(other, 'fill').colours[0], stroke: A.paint(other, 'stroke').colours[0] };
    return out;
  }, CHOICES);
}

/** The colour a state's own area shows: its fill, or its pattern's ground. */
const areaOf = (paint) => (paint.kind === 'pattern' ? paint.ground : paint.colours[0]);

/** Every tab stop's focus outline, read while it has keyboard focus. */
async function tabStops(page) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const stops = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.dataset.a11yStop ??= String(Math.random());
      const cs = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      return {
        key: el.dataset.a11yStop,
        name,
        style: cs.outlineStyle,
        width: parseFloat(cs.outlineWidth),
        colour: window.__a11y.rgba(cs.outlineColor),
        around: window.__a11y.behind(el, { self: false }),
      };
    });
    if (!s || stops.some((x) => x.key === s.key)) break; // back to the start
    stops.push(s);
  }
  return stops;
}

test('contrast: non-text at least 3:1 and text over patterns at least 4.5:1, light and dark', async (t) => {
  const highlightSteps = steps.filter((s) => s.highlight.length > 0);
  const failed = [];
  for (const colorScheme of THEMES) {
    const L = ledger();
    const { page, problems, context } = await app.openPage(null, { colorScheme });

    // The map: each vote's area against the page and the borders between
    // states; hatching against its ground (the cue that is not colour).
    await show(page, 'committee-vote', 'map');
    await reader(page);
    const map = await mapColours(page);
    for (const c of CHOICES) {
      const { fill, edge } = map.votes[c];
      L.pair(`map ${c} area vs page`, areaOf(fill), map.page);
      L.pair(`map ${c} area vs border between states`, areaOf(fill), map.page.map((b) => over(edge, b)));
      if (c === 'abstain' || c === 'absent') {
        assert.equal(fill.kind, 'pattern', `${c} is hatched`);
        assert.ok(fill.lines.length > 0, `${c} has hatch lines`);
        for (const line of fill.lines) L.pair(`map ${c} hatching vs its ground`, line, [fill.ground]);
      }
    }
    L.pair('map marker outline vs page', map.marker, map.page);
    L.pair('non-member outline vs page', map.other.stroke, map.page);
    L.pair('non-member outline vs its fill', map.other.stroke, [map.other.fill]);

    // The keyboard cursor and the selection on the map, against the area they
    // outline, for a state of each vote (reached with the arrow keys).
    await page.focus('.map-focus');
    for (const c of CHOICES) {
      let iso3;
      for (let i = 0; i < 193 && !iso3; i += 1) {
        await page.keyboard.press('ArrowRight');
        const id = await page.getAttribute('.map-focus', 'aria-activedescendant');
        const drawn = await page.$eval(`#${id}`, (g) => ({ vote: g.dataset.vote, shape: g.querySelector('path') !== null }));
        if (drawn.vote === c && drawn.shape) iso3 = id.slice('map-'.length);
      }
      assert.ok(iso3, `a ${c} state on the map`);
      const ring = (sel) => page.$eval(sel, (p) => ({ ring: window.__a11y.paint(p, 'stroke').colours[0], area: window.__a11y.paint(p, 'fill') }));
      const focused = await ring(`#map-${iso3}.focused path`);
      L.pair(`map focus outline vs ${c} area`, focused.ring, [areaOf(focused.area)]);
      await page.keyboard.press('Enter');
      await page.waitForFunction((iso3) => new URLSearchParams(location.search).get('country') === iso3, iso3);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const selected = await ring(`#map-${iso3}[aria-selected="true"]:not(.focused) path`);
      L.pair(`map selection outline vs ${c} area`, selected.ring, [areaOf(selected.area)]);
    }

    // Highlighted states, on every step that has them.
    for (const s of highlightSteps) {
      await show(page, s.slug, 'map');
      await reader(page);
      const rings = await page.$$eval('.world-map g.state.highlighted', (gs) => gs.map((g) => {
        const p = g.querySelector('path') ?? g.querySelector('.marker');
        return { iso3: g.dataset.iso3, vote: g.dataset.vote, ring: window.__a11y.paint(p, 'stroke').colours[0], area: window.__a11y.paint(p, 'fill') };
      }));
      assert.deepEqual(rings.map((r) => r.iso3).sort(), [...s.highlight].sort(), s.slug);
      for (const r of rings) L.pair(`map highlight outline vs ${r.vote} area (${s.slug} ${r.iso3})`, r.ring, [areaOf(r.area)]);
    }

    // Tally bars (step figure and vote summary): each segment against what
    // touches it, a separating stroke if there is one, else its neighbours
    // and the bar's frame.
    await show(page, 'committee-vote', 'map');
    await reader(page);
    const bars = await page.$$eval('svg.tally-bar', (svgs) => svgs.map((svg) => ({
      where: svg.closest('.step-figure') ? 'step figure' : 'vote summary',
      frame: window.__a11y.rgba(getComputedStyle(svg).borderTopColor),
      around: window.__a11y.behind(svg, { self: false }),
      segments: [...svg.querySelectorAll('rect')].filter((r) => r.width.baseVal.value > 0).map((r) => ({
        choice: r.getAttribute('class').replace('fill-', ''),
        fill: window.__a11y.paint(r, 'fill').colours[0],
        stroke: window.__a11y.paint(r, 'stroke').colours[0],
        strokeWidth: parseFloat(getComputedStyle(r).strokeWidth),
      })),
    })));
    assert.equal(bars.length, 2);
    for (const bar of bars) {
      assert.equal(bar.segments.length, 4, `${bar.where}: four segments`);
      bar.segments.forEach((seg, i) => {
        const touching = seg.stroke && seg.strokeWidth > 0
          ? bar.around.map((b) => over(seg.stroke, b))
          : [bar.segments[i - 1]?.fill, bar.segments[i + 1]?.fill, bar.frame].filter(Boolean).flatMap((c) => bar.around.map((b) => over(c, b)));
        L.pair(`tally bar (${bar.where}) ${seg.choice} vs what touches it`, seg.fill, touching);
      });
    }

    // Legend swatches: a border (or the swatch itself) against the page, and
    // the glyph inside against every colour behind it (hatching included).
    const swatches = await page.$$eval('.legend .key, .tally-legend .swatch', (els) => els.map((el) => {
      const cs = getComputedStyle(el);
      const glyph = el.querySelector('.key-glyph') ?? (el.textContent.trim() ? el : null);
      return {
        name: `${el.closest('.tally-legend') ? 'tally legend' : 'map legend'} ${el.className}`,
        border: cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0 ? window.__a11y.rgba(cs.borderTopColor) : null,
        own: window.__a11y.ownLayer(el),
        around: window.__a11y.behind(el, { self: false }),
        glyph: glyph && window.__a11y.text(glyph),
      };
    }));
    assert.ok(swatches.length >= 9, 'legend swatches found');
    for (const s of swatches) {
      if (s.border) L.pair(`${s.name}: border vs page`, s.border, s.around);
      else for (const c of s.own) L.pair(`${s.name}: swatch vs page`, c, s.around);
      if (s.glyph) L.check(`${s.name}: glyph text`, worst(s.glyph.fg, s.glyph.backs), textMinimum(s.glyph));
    }

    // Glyphs in vote chips (the step figure's highlighted states).
    for (const g of await page.$$eval('.glyph', (els) => els.filter((e) => e.getClientRects().length).map((e) => ({ name: e.parentElement.className, ...window.__a11y.text(e) })))) {
      L.check(`${g.name} glyph text`, worst(g.fg, g.backs), textMinimum(g));
    }

    // The tile grid: each tile's border against the page, its code and glyph
    // against every colour of its (striped) background, and the keyboard
    // cursor and selection outlines against the page.
    await show(page, 'committee-vote', 'grid');
    await reader(page);
    for (const c of CHOICES) {
      const tile = await page.$eval(`.tile[data-vote="${c}"]`, (el) => {
        const cs = getComputedStyle(el);
        return {
          border: window.__a11y.rgba(cs.borderTopColor),
          around: window.__a11y.behind(el, { self: false }),
          code: window.__a11y.text(el.querySelector('.tile-code')),
          glyph: window.__a11y.text(el.querySelector('.tile-glyph')),
        };
      });
      L.pair(`tile ${c}: border vs page`, tile.border, tile.around);
      L.check(`tile ${c}: code text`, worst(tile.code.fg, tile.code.backs), textMinimum(tile.code));
      L.check(`tile ${c}: glyph text`, worst(tile.glyph.fg, tile.glyph.backs), textMinimum(tile.glyph));
    }
    await page.focus('.grid-focus');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    const tileRings = await page.$$eval('.tile.focused, .tile[aria-selected="true"]', (els) => els.map((el) => {
      const cs = getComputedStyle(el);
      return { name: el.classList.contains('focused') ? 'focused' : 'selected', style: cs.outlineStyle, colour: window.__a11y.rgba(cs.outlineColor), around: window.__a11y.behind(el, { self: false }) };
    }));
    assert.equal(tileRings.length, 2);
    for (const r of tileRings) {
      assert.notEqual(r.style, 'none', `${r.name} tile has an outline`);
      L.pair(`tile ${r.name} outline vs page`, r.colour, r.around);
    }

    // Focus indicators: every tab stop, in each view, shows an outline of
    // at least 2 px that reaches 3:1 against what surrounds it.
    for (const view of VIEWS) {
      await show(page, 'committee-vote', view);
      await reader(page);
      const stops = await tabStops(page);
      assert.ok(stops.length > 20, `${view}: tab stops found (${stops.length})`);
      for (const s of stops) {
        if (s.style === 'none' || s.width < 2) L.missing(`${view}: ${s.name} has no focus outline of 2 px or more (${s.style} ${s.width}px)`);
        else L.pair(`${view} focus outline of ${s.name}`, s.colour, s.around);
      }
    }

    // Form controls: inputs, selects and bordered buttons show their edge
    // at 3:1 (by border or by fill). Only link-style text buttons and the
    // view switch's buttons (inside a bordered group) draw no edge of their own.
    const TEXT_ONLY = ['link-button', 'sort', 'switch'];
    for (const view of ['map', 'table']) {
      await show(page, 'committee-vote', view);
      await reader(page);
      const controls = await page.$$eval('input:not([type=checkbox]):not([type=radio]), select, textarea, button, .view-switch', (els) => els
        .filter((el) => el.getClientRects().length && !el.disabled && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          const cs = getComputedStyle(el);
          const sides = ['Top', 'Right', 'Bottom', 'Left']
            .filter((s) => cs[`border${s}Style`] !== 'none' && parseFloat(cs[`border${s}Width`]) > 0)
            .map((s) => window.__a11y.rgba(cs[`border${s}Color`]));
          return {
            name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.name ? `[name=${el.name}]` : ''}.${[...el.classList].join('.')}`,
            classes: [...el.classList],
            borders: sides,
            own: window.__a11y.ownLayer(el),
            around: window.__a11y.behind(el, { self: false }),
          };
        }));
      const names = controls.map((c) => c.name).join(' ');
      for (const must of view === 'map' ? ['#country-search-input', '[name=vote]', 'button.button.primary', '.view-switch'] : ['input[name=q]', '[name=group-filter]']) {
        assert.ok(names.includes(must), `${view}: ${must} measured`);
      }
      for (const c of controls) {
        const edges = [...c.borders, ...c.own];
        const best = Math.max(0, ...edges.map((e) => Math.min(...c.around.map((b) => ratio(over(e, b), b)))));
        if (best < 3 && c.borders.length === 0 && c.classes.some((k) => TEXT_ONLY.includes(k))) continue;
        L.check(`${view} control edge of ${c.name}`, best, 3);
      }
    }

    for (const line of L.summary()) t.diagnostic(`${colorScheme}: ${line}`);
    failed.push(...L.failed().map((f) => `${colorScheme}: ${f}`));
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.deepEqual(failed, []);
});

// ------------------------------------------------------- 3. keyboard only

/** Presses Tab until `selector` has focus; returns how many presses it took. */
async function tabTo(page, selector, limit = 300) {
  for (let i = 1; i <= limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return i;
  }
  throw new Error(`${selector} not reached in ${limit} presses of Tab`);
}

const currentStep = (page) => page.getAttribute('article[data-step]', 'data-step');

test('keyboard only: every step in turn, then every member state selected once from the map', async () => {
  const { page, problems, context } = await app.openPage('');
  await appReady(page);
  assert.equal(await currentStep(page), steps[0].slug);

  // Every step, with the Next button.
  await tabTo(page, '.step-nav .button.primary');
  for (const s of steps.slice(1)) {
    await page.keyboard.press('Enter');
    await page.waitForFunction((slug) => document.querySelector('article[data-step]')?.dataset.step === slug, s.slug);
  }
  assert.equal(await currentStep(page), steps.at(-1).slug);
  // At the end Next is disabled and focus goes to the heading, not the void.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-title');

  // Every member state: Tab to the map (one stop), then arrows and Enter.
  await tabTo(page, '.map-focus');
  const names = new Map(members.map((m) => [m.iso3, m.un_name]));
  const selected = [];
  for (let i = 0; i < members.length; i += 1) {
    await page.keyboard.press('ArrowRight');
    const iso3 = (await page.getAttribute('.map-focus', 'aria-activedescendant')).replace('map-', '');
    await page.keyboard.press('Enter');
    await page.waitForFunction((iso3) => new URLSearchParams(location.search).get('country') === iso3
      && document.querySelector('.country-card')?.dataset.cardFor === iso3, iso3);
    assert.equal((await page.textContent('.country-card h3')).trim(), names.get(iso3), iso3);
    assert.equal(await page.evaluate(() => document.activeElement.className), 'map-focus', `focus stays on the map after ${iso3}`);
    selected.push(iso3);
  }
  assert.equal(new Set(selected).size, members.length, 'no state selected twice');
  assert.deepEqual([...selected].sort(), members.map((m) => m.iso3).sort());
  assert.equal(await currentStep(page), steps.at(-1).slug, 'the map kept the arrow keys to itself');
  assert.deepEqual(problems, []);
  await context.close();
});

// ---------------------------------------------------------- 4. reduced motion

/** Selectors in style/main.css whose rules move things (transitions,
 * animations, smooth scrolling), outside the reduced-motion override. */
function movingSelectors() {
  const css = readFileSync('style/main.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const found = new Set();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const moves = [...body.matchAll(/(transition|animation)(?:-[a-z-]+)?\s*:\s*([^;]+)/g)].some(([, , v]) => !/^\s*none\b/.test(v))
      || /scroll-behavior\s*:\s*smooth/.test(body);
    if (moves) for (const s of selectors.split(',')) found.add(s.trim().replace(/::?[a-z-]+(\([^)]*\))?/g, '') || '*');
  }
  return [...found];
}

test('reduced motion: what moves in style/main.css stands still when the reader asks for less motion', async () => {
  const selectors = movingSelectors();
  assert.ok(selectors.length >= 3, `moving rules found in main.css: ${selectors}`);
  const motion = (selectors) => {
    const moving = [];
    const seen = new Set();
    for (const sel of selectors) {
      for (const el of document.querySelectorAll(sel)) {
        seen.add(sel);
        const cs = getComputedStyle(el);
        const long = (v) => v.split(',').some((d) => parseFloat(d) > 0);
        if (long(cs.transitionDuration) && cs.transitionProperty !== 'none') moving.push(`${sel}: transition ${cs.transitionProperty} ${cs.transitionDuration}`);
        if (cs.animationName !== 'none' && long(cs.animationDuration)) moving.push(`${sel}: animation ${cs.animationName}`);
        if (cs.scrollBehavior === 'smooth') moving.push(`${sel}: smooth scrolling`);
      }
    }
    return { moving: [...new Set(moving)], seen: [...seen] };
  };
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, problems, context } = await app.openPage(null, { reducedMotion });
    const seen = new Set();
    const moving = new Set();
    for (const view of VIEWS) {
      await show(page, 'committee-vote', view);
      const r = await page.evaluate(motion, selectors);
      r.seen.forEach((s) => seen.add(s));
      r.moving.forEach((m) => moving.add(m));
      if (reducedMotion === 'reduce') {
        // And nothing else on the page moves either.
        const all = await page.evaluate(motion, ['*']);
        all.moving.forEach((m) => moving.add(m));
      }
    }
    assert.deepEqual(selectors.filter((s) => !seen.has(s)), [], 'every moving selector matches something in some view');
    if (reducedMotion === 'reduce') assert.deepEqual([...moving], []);
    // Without the preference the same selectors do move: the check sees motion.
    else for (const s of selectors) assert.ok([...moving].some((m) => m.startsWith(`${s}:`)), `${s} moves without the preference`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
