// The Lighthouse config for bench/lighthouse.mjs: the performance category
// of the default (mobile, simulated throttling) preset, and two small
// gatherers of our own.
//
// LcpElement: which element the LCP is. Lighthouse 12.2.3's own audit of it
// (largest-contentful-paint-element) fails with Chromium 156: its trace
// engine throws "Cannot read properties of undefined (reading
// 'frame_sequence')" in the RootCauses gatherer it depends on. This one reads
// the last largestContentfulPaint::Candidate event of the trace and describes
// that node from the live document.
//
// NoJavaScript (only with `javaScript: false`): the page with scripts off.
// Lighthouse 12 has no option for it, and Chromium's own switches do not work
// with it: with --blink-settings=scriptEnabled=false Lighthouse's first step,
// Debugger.enable on about:blank, fails ("Script execution is prohibited"),
// and blocking JavaScript by a content setting stalls its in-page probes.
// So the gatherer turns scripts off for the tab through the DevTools protocol
// (Emulation.setScriptExecutionDisabled, what DevTools' "Disable JavaScript"
// does) in its startInstrumentation phase: after Lighthouse has set up the
// tab, before it navigates. The page's scripts never run (the <noscript>
// text shows; the module script and the inline bootstrap are skipped), while
// Lighthouse's own probes still work. Lighthouse logs (harmlessly) that it
// cannot re-enable its debugger after the navigation: its async stacks
// attribute script initiators, of which a page without scripts has none.
//
// Each gatherer comes with an informative audit of no weight, only because
// Lighthouse drops every artifact that no selected audit asks for.
import { Audit, Gatherer } from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';

/** Runs in the page on the LCP node: a short description of its element. */
function describeNode() {
  const el = this.nodeType === Node.ELEMENT_NODE ? this : this.parentElement;
  if (!el) return null;
  const path = [];
  for (let e = el; e && e !== document.body && path.length < 4; e = e.parentElement) {
    path.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + [...e.classList].map((c) => `.${c}`).join(''));
  }
  return { selector: path.join(' > '), text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60), connected: el.isConnected };
}

class LcpElement extends Gatherer {
  meta = { supportedModes: ['navigation'], dependencies: { Trace: Trace.symbol } };

  async getArtifact(context) {
    const events = context.dependencies.Trace.traceEvents
      .filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.args?.data?.isOutermostMainFrame);
    const last = events.at(-1)?.args.data;
    if (!last) return null;
    const found = { type: last.type, nodeName: last.nodeName, size: last.size, candidates: events.length };
    const session = context.driver.defaultSession;
    try {
      await session.sendCommand('DOM.getDocument', { depth: 0 });
      const { object } = await session.sendCommand('DOM.resolveNode', { backendNodeId: last.nodeId });
      const { result } = await session.sendCommand('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: describeNode.toString(),
        returnByValue: true,
      });
      return { ...found, ...result.value };
    } catch {
      return { ...found, selector: null }; // the node is gone from the document
    }
  }
}

class NoJavaScript extends Gatherer {
  meta = { supportedModes: ['navigation'] };

  async startInstrumentation(context) {
    await context.driver.defaultSession.sendCommand('Emulation.setScriptExecutionDisabled', { value: true });
  }

  /** Whether the app stayed out: it never rendered its story. */
  async getArtifact(context) {
    const mounted = await context.driver.executionContext.evaluate(
      () => document.querySelector('article[data-step]') !== null,
      { args: [] },
    );
    return { appMounted: mounted };
  }
}

/** An informative audit that hands the artifact `id` through to the report. */
function passThrough(id, artifact, title) {
  return class extends Audit {
    static get meta() {
      return { id, title, description: title, scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE, requiredArtifacts: [artifact] };
    }

    static audit(artifacts) {
      return { score: null, details: { type: 'debugdata', value: artifacts[artifact] } };
    }
  };
}

/** The config: performance only; with `javaScript: false`, scripts are off. */
export function lighthouseConfig({ javaScript }) {
  const artifacts = [{ id: 'LcpElement', gatherer: { instance: new LcpElement() } }];
  const audits = [{ implementation: passThrough('bench-lcp-element', 'LcpElement', 'LCP element from the trace') }];
  const onlyAudits = ['bench-lcp-element'];
  // The full-page screenshot is not needed here (and with scripts off, it waits out a timeout).
  const settings = { onlyCategories: ['performance'], onlyAudits, disableFullPageScreenshot: true };
  if (!javaScript) {
    artifacts.push({ id: 'NoJavaScript', gatherer: { instance: new NoJavaScript() } });
    audits.push({ implementation: passThrough('bench-no-javascript', 'NoJavaScript', 'Audited with JavaScript off') });
    onlyAudits.push('bench-no-javascript');
    // Lighthouse's wait for a quiet CPU asks the page, which cannot answer with
    // scripts off (it would wait out its 45 s limit); without scripts there
    // are no long tasks to wait for.
    settings.cpuQuietThresholdMs = 0;
  }
  return { extends: 'lighthouse:default', settings, artifacts, audits };
}
