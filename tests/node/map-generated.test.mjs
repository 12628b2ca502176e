// The committed map must be what the generator writes today: a change to the
// generator, to data/members.csv or to the world-atlas version must be
// followed by `node scripts/map/generate.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from '../../scripts/map/generate.mjs';

test('src/generated/map.rs and other-places.csv are up to date with their generator', () => {
  const { map, places } = generate();
  assert.ok(readFileSync('src/generated/map.rs', 'utf8') === map, 'src/generated/map.rs is stale: run `node scripts/map/generate.mjs`');
  assert.ok(readFileSync('src/generated/other-places.csv', 'utf8') === places, 'src/generated/other-places.csv is stale: run `node scripts/map/generate.mjs`');
});

test("each place that is not a member state has one name and note, in the map's order", () => {
  const { map, places } = generate();
  const rows = places.trim().split('\n').slice(1).map((l) => l.split(','));
  const drawn = [...map.matchAll(/OtherPlace \{ centre/g)].length;
  assert.equal(rows.length, drawn);
  assert.ok(rows.every((r) => r.length === 2 && r[0] && r[1]), 'name,note on every row');
  assert.ok(rows.some(([name, note]) => name === 'Taiwan' && note === 'not a UN member state'));
  // Names in full, as UN M49 writes them, never Natural Earth's abbreviations ("Fr. S. Antarctic Lands").
  assert.deepEqual(rows.map(([name]) => name).filter((name) => /\b[A-Z][a-z]{0,3}\./.test(name)), []);
  assert.ok(rows.some(([name]) => name === 'French Southern Territories'));
});

test('the generated map has one shape per member state', () => {
  const members = readFileSync('data/members.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0]);
  const shapes = [...generate().map.matchAll(/MemberShape \{ iso3: "([A-Z]{3})"/g)].map((m) => m[1]);
  assert.deepEqual(shapes, members);
});
