// The built site under its own strict Content-Security-Policy (dist/_headers,
// sent by the test server): no violation anywhere, in any view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, appReady } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('_headers carries the strict policy, with a hash for the inline bootstrap', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const part of [
    "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-", "style-src 'self'",
    "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "base-uri 'none'",
    "form-action 'none'", 'frame-ancestors *',
  ]) assert.ok(headers.includes(part), part);
});

test('no CSP violation while using every view, the search, a comparison and the embed dialog', async () => {
  const { page, context, problems } = await app.openPage(null);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(`${app.baseUrl}?step=swing-states&vote=ga-74-29`);
  assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
  await appReady(page);
  await page.dispatchEvent('#map-BRA path', 'pointerover');
  await page.waitForSelector('.world-map .state-tooltip');
  await page.click('button[data-view=grid]');
  await page.dispatchEvent('#tile-NRU', 'pointerover');
  await page.waitForSelector('.tile-grid .state-tooltip');
  await page.click('button[data-view=table]');
  await page.fill('#country-search-input', 'ivory');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.country-card');
  await page.click('.step-figure button[data-compare]');
  await page.waitForSelector('table.transitions');
  await page.click('button:has-text("Embed this")');
  await page.waitForSelector('dialog.embed-dialog[open]');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('served without headers (as GitHub Pages does), every page loads under its <meta> policy, which refuses an inline script', async () => {
  const bare = await launch({ siteHeaders: false });
  try {
    // Every page, but of the 193 country pages (alike but for their words)
    // a sample: tests/node/meta-policy.test.mjs reads every one's policy.
    const all = readdirSync('dist').filter((f) => f.endsWith('.html'));
    const countries = all.filter((f) => f.startsWith('country-'));
    assert.ok(countries.length === 193, `${countries.length} country pages`);
    const pages = [...all.filter((f) => !f.startsWith('country-')), ...['country-afg.html', 'country-civ.html', 'country-usa.html', 'country-zwe.html']];
    assert.ok(pages.length > 10, pages.join(' '));
    for (const own of ['glossary.html', 'teach.html']) assert.ok(pages.includes(own), `${own} is checked`);
    for (const file of pages) {
      const { page, context, problems } = await bare.openPage(null);
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI}`));
      });
      const response = await page.goto(bare.baseUrl + file);
      assert.equal(response.headers()['content-security-policy'], undefined, `${file}: sent without the header`);
      // The glossary, the teacher's page and the country pages carry no app.
      if (await page.$('script[type=module]')) await appReady(page);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${file}: no violation`);
      // The policy is in force: a script added inline, as an injection would, does not run.
      const ran = await page.evaluate(() => new Promise((done) => {
        document.addEventListener('securitypolicyviolation', () => setTimeout(() => done(window.__injected === true)), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.head.append(script);
      }));
      assert.equal(ran, false, `${file}: the inline script was refused`);
      assert.deepEqual(await page.evaluate(() => window.__violations), ['script-src-elem: inline'], `${file}: refused by script-src`);
      // The refusal is logged as a console error; it is the one expected here.
      assert.deepEqual(problems.filter((p) => !/Content Security Policy/.test(p)), [], file);
      assert.ok(problems.length <= 1, `${file}: ${problems.join(' | ')}`);
      await context.close();
    }
  } finally {
    await bare.close();
  }
});
