// The app reads the map's outlines back from the page it starts on, so the
// release wasm must not carry them too (they would ship twice to every
// reader). Checks the built dist/ against the generated outlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DIST = process.env.UNCYBER_DIST ?? 'dist';

test('the release wasm carries none of the map outlines the pages carry', () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, `a wasm file in ${DIST}/`);
  const bytes = readFileSync(`${DIST}/${wasm}`).toString('latin1');
  const generated = readFileSync('src/generated/map.rs', 'utf8');
  const paths = [...generated.split('pub static MEMBER_PATHS')[1].matchAll(/"(M[^"]{40,})"/g)].map((m) => m[1]);
  assert.ok(paths.length > 100, 'the generated outlines were found');
  const inWasm = paths.filter((d) => bytes.includes(d.slice(0, 40)));
  assert.deepEqual(inWasm.map((d) => d.slice(0, 20)), []);
  // And the pages do carry them: the first screen of index.html draws the map.
  const index = readFileSync(`${DIST}/index.html`, 'utf8');
  assert.ok(paths.slice(0, 20).every((d) => index.includes(d)), 'index.html carries the outlines');
});
