// Where elements sit on screen, for checking that the app's takeover of the
// static page moves nothing.

/** The rounded [x, y, width, height] of the first match of each selector
 * inside `root`, or null when absent; `target` is a page or a frame. */
export async function boxesOf(target, root, selectors) {
  return target.evaluate(({ root, selectors }) => Object.fromEntries(selectors.map((s) => {
    const el = document.querySelector(`${root} ${s}`);
    if (!el) return [s, null];
    const r = el.getBoundingClientRect();
    return [s, [r.x, r.y, r.width, r.height].map(Math.round)];
  })), { root, selectors });
}

/** Fails naming the first element whose box differs between two readings
 * (an element on neither page is skipped; `required` ones must be there). */
export function assertSameBoxes(assert, before, after, required, label) {
  for (const s of required) assert.ok(before[s] && after[s], `${label}: ${s} is missing`);
  for (const s of Object.keys(before)) {
    if (before[s] === null && after[s] === null) continue;
    assert.deepEqual(after[s], before[s], `${label}: ${s} moved`);
  }
}
