// The interactions the work-count and CPU-time benchmarks repeat, in the same
// order every run, so their numbers can be compared run to run:
//   step change   ArrowRight pressed (a real key press, through the DevTools
//                 protocol) from step 1 to the last step: every forward move
//   vote switch   the vote picker set to each vote in turn, in the picker's
//                 order, from the current one round to it again, with the
//                 change event a reader's choice fires
//   map hover     a pointerover on a state, after a pointerleave of the map
//                 (the leave is set-up, not part of the interaction)
// Each interaction is { kind, label, prepare, act, settled }: `prepare` runs
// before the measurement starts, `act` is the measured interaction and
// `settled` says, once the measurement has ended, whether the page shows its
// result (a run whose interaction did not take effect is an error, not a figure).
import { steps } from '../e2e/steps.mjs';

export const HOVER_STATES = ['BRA', 'IND', 'NRU', 'FRA', 'ZAF'];

const currentStep = (page) => page.getAttribute('article[data-step]', 'data-step');

/** Waits until the app shows step 1 and the explorer's map. */
export async function openAtFirstStep(page) {
  await page.waitForSelector(`article[data-step="${steps[0].slug}"]`, { timeout: 20_000 });
  await page.waitForSelector('.world-map g.state', { timeout: 20_000 });
}

/** Every forward step change, 1→2 … (n-1)→n. */
export function stepChanges(page) {
  return steps.slice(1).map((step, i) => ({
    kind: 'step change',
    label: `step ${step.number - 1}→${step.number}`,
    prepare: async () => {
      const at = await currentStep(page);
      if (at !== steps[i].slug) throw new Error(`expected step ${steps[i].slug}, the page shows ${at}`);
    },
    act: () => page.keyboard.press('ArrowRight'),
    // Done when the stage shows the step too, with its own figure filled
    // in from the step's page where it has one: the fetch's time must not
    // decide what is counted.
    settled: async () => (await currentStep(page)) === step.slug && page.evaluate(({ slug, figure }) => {
      const stage = document.querySelector('.app .stage-figure');
      return stage?.dataset.stageStep === slug && (!figure || !!stage.querySelector('.stage-chart [data-figure]'));
    }, { slug: step.slug, figure: Boolean(step.figure) }),
  }));
}

/** One switch to each vote in the picker's order, starting after the current one. */
export async function voteSwitches(page) {
  const { values, current } = await page.evaluate(() => {
    const s = document.querySelector('select[name=vote]');
    return { values: [...s.options].map((o) => o.value), current: s.value };
  });
  const start = values.indexOf(current);
  const order = values.map((_, i) => values[(start + 1 + i) % values.length]);
  let from = current;
  return order.map((to) => {
    const label = `vote ${from}→${to}`;
    from = to;
    return {
      kind: 'vote switch',
      label,
      prepare: async () => {},
      act: () => page.evaluate((value) => {
        const s = document.querySelector('select[name=vote]');
        s.value = value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      }, to),
      settled: async () => page.evaluate((value) => document.querySelector('select[name=vote]').value === value, to),
    };
  });
}

/** A hover on each of HOVER_STATES, each after the map was left. */
export function mapHovers(page) {
  return HOVER_STATES.map((iso3) => ({
    kind: 'map hover',
    label: `hover ${iso3}`,
    prepare: async () => {
      await page.dispatchEvent('.world-map svg', 'pointerleave');
      await page.waitForSelector('.world-map .state-tooltip', { state: 'detached' });
    },
    act: () => page.evaluate((iso3) => {
      (document.querySelector(`#map-${iso3} .hit`) ?? document.querySelector(`#map-${iso3} path`))
        .dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    }, iso3),
    settled: async () => page.evaluate((iso3) => {
      const t = document.querySelector('.world-map .state-tooltip');
      return !!t && t.textContent.length > 0 && document.querySelector(`#map-${iso3}`) !== null;
    }, iso3),
  }));
}

/** The three kinds, in the order they run; each makes its list when its
 * turn comes (the vote switches start from the vote the page shows then). */
export const KINDS = [stepChanges, voteSwitches, mapHovers];

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
