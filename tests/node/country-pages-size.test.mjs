// The country pages' weight in the bench report (bench/country-pages.mjs),
// on a made-up folder: which files count as what, raw and gzip -9 summed
// per file, the largest page, and the names index apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countryPageRows, measureCountryPages } from '../../bench/country-pages.mjs';

const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

test('each kind of country file is summed raw and gzip -9, file by file, and the largest page named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'country-pages-'));
  const files = {
    'country-ken.html': '<p>Kenya</p>'.repeat(50),
    'country-usa.html': '<p>United States of America</p>'.repeat(80),
    'country-ken.png': 'PNGDATA1',
    'country-ken.csv': 'ISO3\nKEN\n',
    'country-ken.json': '{"members": []}\n',
    'search-names.txt': 'KEN\tKenya\n',
    // Not country files: the full downloads, a step page, an odd name.
    'un-cyber-votes.csv': 'x'.repeat(999),
    'step-intro.html': 'x'.repeat(999),
    'country-kenya.html': 'x'.repeat(999),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const m = measureCountryPages(dir);
  const sum = (...names) => ({
    count: names.length,
    raw: names.reduce((t, n) => t + Buffer.byteLength(files[n]), 0),
    gzip: names.reduce((t, n) => t + gz(files[n]), 0),
  });
  assert.deepEqual(m.kinds.pages, sum('country-ken.html', 'country-usa.html'));
  assert.deepEqual(m.kinds.pictures, sum('country-ken.png'));
  assert.deepEqual(m.kinds.downloads, sum('country-ken.csv', 'country-ken.json'));
  assert.deepEqual(m.total, sum('country-ken.html', 'country-usa.html', 'country-ken.png', 'country-ken.csv', 'country-ken.json'));
  assert.equal(m.largest.file, 'country-usa.html');
  assert.equal(m.largest.raw, Buffer.byteLength(files['country-usa.html']));
  assert.deepEqual(m.names, { raw: Buffer.byteLength(files['search-names.txt']), gzip: gz(files['search-names.txt']) });
  const rows = countryPageRows(m);
  assert.equal(rows.length, 6);
  assert.match(rows[0][0], /^country pages: 2 files/);
  assert.match(rows[4][1], /^country-usa\.html: /);
});

test('a folder without country files reports none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'country-pages-'));
  const m = measureCountryPages(dir);
  assert.equal(m.total.count, 0);
  assert.equal(m.largest, null);
  assert.equal(m.names, null);
  assert.deepEqual(countryPageRows(m).slice(4).map(([, v]) => v), ['none', 'none']);
});
