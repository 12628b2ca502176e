// The smoke test (e2e/engines.mjs) in Firefox: Debian's firefox-esr, driven
// by puppeteer-core over WebDriver BiDi. Fails if firefox-esr is missing
// (scripts/install-tools.sh --for-tests installs it); nothing is downloaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startProbedSite, smoke } from './engines.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Firefox's own traffic (updates, telemetry, safe browsing, remote
// settings, captive-portal and connectivity checks, DNS over HTTPS,
// prefetching) is switched off; what puppeteer's profile already turns off
// is left to it. Whatever is still aimed off loopback goes through a proxy
// on a closed loopback port, so Firefox looks up no host name either.
const QUIET = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1, 127.0.0.2',
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.newtabpage.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.unified': false,
};

let browser;
let site;
before(async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is installed (scripts/install-tools.sh --for-tests)`);
  site = await startProbedSite();
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: QUIET,
    // Release builds honour services.settings.server only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The driver interface of e2e/engines.mjs over a puppeteer page. Waits are
 * polled from here: puppeteer's waitForFunction compiles its predicate with
 * Function(), which the app's policy refuses. */
function driverFor(page, problems) {
  let target = page;
  return {
    async open(url) { target = page; await page.goto(url, { waitUntil: 'load' }); },
    evaluate: (fn, arg) => target.evaluate(fn, arg),
    async element(fn) {
      const handle = await target.evaluateHandle(fn);
      const element = handle.asElement();
      if (!element) await handle.dispose();
      return element;
    },
    click: (element) => element.click(),
    // page.goBack waits for a new document, which a pushState entry never
    // loads: go back as the browser's button does, and let the caller wait.
    back: () => page.evaluate(() => history.back()),
    async enterFrame(selector) {
      const frame = await (await page.waitForSelector(selector)).contentFrame();
      assert.ok(frame, `${selector} has a frame`);
      target = frame;
    },
    async leaveFrame() { target = page; },
    problems,
  };
}

test('Firefox: the first step, Next and Back, every member state on the map, a country card and a cross-origin embed, without errors', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1' && hostname !== '127.0.0.2') problems.push(`request off loopback: ${request.url()}`);
  });
  await smoke(driverFor(page, problems), site);
  assert.deepEqual(problems, []);
  await page.close();
});
