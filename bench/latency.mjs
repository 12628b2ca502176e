// Shared timing for the latency benchmarks: run an action in the page and
// time it until a condition holds, as two numbers:
//   update - until the DOM shows the change and style and layout are done
//            (main-thread work: what the app controls);
//   frame  - until the next animation frame after that (adds waiting for
//            the display's next vsync, up to one frame).

/** Runs in the page: `act()` then waits for `done()`; resolves { update, frame }. */
export function timeInPage(page, { act, done, arg }) {
  return page.evaluate(
    ({ act, done, arg }) =>
      new Promise((resolve, reject) => {
        const action = new Function('arg', act);
        const check = new Function('arg', done);
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no change within 10 s')); }, 10_000);
        let t0 = 0;
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          void document.body.offsetHeight; // style and layout
          const update = performance.now() - t0;
          requestAnimationFrame(() => resolve({ update, frame: performance.now() - t0 }));
        };
        const observer = new MutationObserver(() => { if (check(arg)) finish(); });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        t0 = performance.now();
        action(arg);
        if (check(arg)) finish();
      }),
    { act, done, arg },
  );
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A markdown table row: name, median/min/max of update and frame, target. */
export function row(name, samples, target) {
  const u = samples.map((s) => s.update), f = samples.map((s) => s.frame);
  const n = (x) => x.toFixed(1).padStart(6);
  return `| ${name.padEnd(12)} | ${n(median(u))} | ${n(Math.min(...u))} | ${n(Math.max(...u))} | ${n(median(f))} | ${String(target).padStart(6)} |`;
}

export const HEADER = [
  '| measure      | update median ms | min | max | to next frame, median ms | target ms (update) |',
  '|--------------|--------|--------|--------|--------|--------|',
];
