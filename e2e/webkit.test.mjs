// The smoke test (e2e/engines.mjs) in WebKit: Debian's WebKitWebDriver
// (webkit2gtk-driver) starting WebKitGTK's MiniBrowser on an Xvfb display
// (xvfb-run), driven over classic W3C WebDriver with plain fetch. Fails if
// any of them is missing (scripts/install-tools.sh --for-tests installs them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { startProbedSite, smoke } from './engines.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
// MiniBrowser ships with libwebkit2gtk-4.1-0, under the architecture's lib folder.
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? readdirSync('/usr/lib', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/usr/lib/${d.name}/webkit2gtk-4.1/MiniBrowser`)
  .find((path) => existsSync(path));
// W3C WebDriver's key for an element reference.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port for the driver to listen on. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

let driverProcess;
let driverUrl;
let session;
let site;

/** One WebDriver command; returns its value, or throws the driver's error. */
async function command(method, path, body) {
  const response = await fetch(`${driverUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}
const sessionCommand = (method, path, body) => command(method, `/session/${session}${path}`, body);

before(async () => {
  for (const path of [DRIVER, XVFB_RUN]) assert.ok(existsSync(path), `${path} is installed (scripts/install-tools.sh --for-tests)`);
  assert.ok(MINIBROWSER, 'WebKitGTK\'s MiniBrowser is installed (with webkit2gtk-driver)');
  site = await startProbedSite();
  const port = await freePort();
  driverUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so that closing ends Xvfb, the driver and the browser together.
  driverProcess = spawn(XVFB_RUN, ['-a', DRIVER, `--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: 'ignore' });
  const exited = new Promise((_, fail) => driverProcess.once('exit', (code) => fail(new Error(`WebKitWebDriver exited (${code})`))));
  exited.catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await Promise.race([command('GET', '/status').then((s) => s.ready, () => false), exited]);
    if (ready) break;
    assert.ok(Date.now() < deadline, 'WebKitWebDriver is ready within 20 s');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const created = await command('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        pageLoadStrategy: 'normal',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          // No DNS prefetching, and a private session: nothing kept or fetched between pages.
          args: ['--automation', '--enable-dns-prefetching=false', '--private'],
        },
      },
    },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await command('DELETE', `/session/${session}`).catch(() => {});
  if (driverProcess?.exitCode === null) {
    try { process.kill(-driverProcess.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  await site?.close();
});

/** The driver interface of e2e/engines.mjs over the WebDriver session. */
const driver = {
  async open(url) { await sessionCommand('POST', '/url', { url }); },
  evaluate: (fn, arg) => sessionCommand('POST', '/execute/sync', {
    script: `return (${fn}).apply(null, arguments);`,
    args: arg === undefined ? [] : [arg],
  }),
  async element(fn) {
    const found = await sessionCommand('POST', '/execute/sync', { script: `return (${fn})();`, args: [] });
    return found?.[ELEMENT] ?? null;
  },
  click: (id) => sessionCommand('POST', `/element/${id}/click`, {}),
  back: () => sessionCommand('POST', '/back', {}),
  async enterFrame(selector) {
    const frame = await sessionCommand('POST', '/element', { using: 'css selector', value: selector });
    await sessionCommand('POST', '/frame', { id: frame });
  },
  leaveFrame: () => sessionCommand('POST', '/frame', { id: null }),
};

test('WebKit: the first step, Next and Back, every member state on the map, a country card and a cross-origin embed, without errors', async () => {
  await smoke(driver, site);
});
