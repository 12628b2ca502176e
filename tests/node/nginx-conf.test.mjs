// The nginx snippet (scripts/nginx-conf.mjs) sends exactly the headers of
// dist/_headers, value for value, on every response, and serves the wasm
// as application/wasm. Run after a release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `_headers`' block for /*, read here line by line: name -> value. */
function headersFile() {
  const lines = readFileSync('dist/_headers', 'utf8').split('\n');
  assert.equal(lines[0], '/*', '_headers starts with the block for every path');
  return new Map(lines.slice(1).filter((l) => l.trim()).map((l) => {
    const at = l.indexOf(':');
    return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
  }));
}

const snippet = execFileSync('node', ['scripts/nginx-conf.mjs', 'dist'], { encoding: 'utf8' });

test('the nginx snippet adds each header of _headers with the same value, always', () => {
  const added = [...snippet.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1], m[2]]);
  const lines = snippet.split('\n').filter((l) => /^\s*add_header\b/.test(l));
  assert.equal(added.length, lines.length, 'every add_header line has a quoted value and `always`');
  const expected = headersFile();
  assert.ok(expected.get('Content-Security-Policy')?.includes("default-src 'none'"), 'the build wrote the policy');
  assert.deepEqual(new Map(added), expected);
  assert.equal(added.length, expected.size, 'each header once');
});

test('the nginx snippet serves .wasm as application/wasm', () => {
  assert.match(snippet, /location ~\* \\\.wasm\$ \{\s*types \{ \}\s*default_type application\/wasm;\s*\}/);
  // Braces balance, so the snippet can be included in a server block.
  assert.equal((snippet.match(/\{/g) ?? []).length, (snippet.match(/\}/g) ?? []).length);
});
