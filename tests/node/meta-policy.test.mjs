// The policy in each built page's <meta http-equiv> (for hosts that cannot
// send headers) against the one dist/_headers sends: the same directives
// with the same values, less the three a meta policy cannot carry, placed
// before anything it governs, and allowing each page's inline scripts. The
// header allows every language's scripts (each language's build names its
// own files); a page's meta copy allows only its own folder's, a subset.
// Run after a release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.UNCYBER_DIST ?? 'dist';
// Browsers ignore these in a <meta> policy (CSP Level 3, section 6.1 and 4.2.3).
const NOT_IN_META = ['frame-ancestors', 'report-uri', 'sandbox'];

/** A policy as directive name -> its values in order. */
function directives(policy) {
  const map = new Map();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    assert.ok(!map.has(name), `${name} appears once`);
    map.set(name.toLowerCase(), values);
  }
  return map;
}

function headerPolicy() {
  const line = readFileSync(join(DIST, '_headers'), 'utf8').split('\n')
    .find((l) => /^\s+Content-Security-Policy:/.test(l));
  assert.ok(line, '_headers has a Content-Security-Policy');
  return directives(line.slice(line.indexOf(':') + 1));
}

const LANGUAGE_FOLDERS = ['fr', 'es', 'ru', 'zh', 'ar'].filter((l) => { try { return readdirSync(join(DIST, l)).includes('index.html'); } catch { return false; } });
const pages = [
  ...readdirSync(DIST).filter((f) => f.endsWith('.html')),
  ...LANGUAGE_FOLDERS.flatMap((l) => readdirSync(join(DIST, l)).filter((f) => f.endsWith('.html')).map((f) => `${l}/${f}`)),
];

test('the build has the index, a page per step, the glossary and the teacher\'s page', () => {
  for (const page of ['index.html', 'glossary.html', 'teach.html']) assert.ok(pages.includes(page), page);
  assert.ok(pages.filter((p) => /^step-.+\.html$/.test(p)).length >= 10, pages.join(' '));
});

test('every page carries the header\'s policy in one <meta>, less frame-ancestors, report-uri and sandbox', () => {
  const header = headerPolicy();
  const expected = new Map([...header].filter(([name]) => !NOT_IN_META.includes(name)));
  assert.ok(header.has('frame-ancestors'), 'the header keeps frame-ancestors');
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"\s*\/?>/gi)];
    assert.equal(metas.length, 1, `${page}: one policy <meta>`);
    const meta = directives(metas[0][1]);
    const sources = meta.get('script-src') ?? [];
    assert.ok(sources.every((v) => header.get('script-src').includes(v)), `${page}: its scripts' sources are among the header's`);
    assert.deepEqual(sources.filter((v) => !v.startsWith("'sha256-")), expected.get('script-src').filter((v) => !v.startsWith("'sha256-")), `${page}: the same script sources besides the hashes`);
    meta.delete('script-src');
    const others = new Map([...expected].filter(([name]) => name !== 'script-src'));
    assert.deepEqual(meta, others, `${page}: the meta policy is the header's`);
    for (const name of NOT_IN_META) assert.ok(!meta.has(name), `${page}: no ${name} in the meta policy`);
  }
});

test('each page\'s policy <meta> comes before every script, style and link, right after the charset', () => {
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const at = html.search(/<meta\s+http-equiv="?Content-Security-Policy"?/i);
    const head = html.slice(0, at);
    assert.ok(at > 0, `${page}: has the policy`);
    assert.doesNotMatch(head, /<(script|style|link|base)\b/i, `${page}: nothing it governs before it`);
    assert.match(head, /<meta charset="?utf-8"?>$/i, `${page}: right after the charset`);
    assert.ok(at < html.search(/<\/head>|<body\b/i) || html.search(/<\/head>|<body\b/i) < 0, `${page}: in the head`);
  }
});

test('every inline script of every page is allowed by its hash, in the header and the meta policy alike', () => {
  const allowed = headerPolicy().get('script-src');
  let scripts = 0;
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const meta = directives(html.match(/http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i)[1]).get('script-src');
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
      assert.ok(allowed.includes(hash), `${page}: ${body.slice(0, 40)}… is allowed by _headers`);
      assert.ok(meta.includes(hash), `${page}: ${body.slice(0, 40)}… is allowed by the meta policy`);
      scripts += 1;
    }
  }
  // The app's pages (index and the steps) carry two each; the glossary,
  // the teacher's page and the country pages carry none.
  const appPages = pages.filter((p) => /^(\w\w\/)?(index\.html|step-)/.test(p)).length;
  assert.ok(appPages >= 2 && scripts >= 2 * appPages, `${scripts} inline scripts checked on ${appPages} pages with the app`);
});
