// The committed map must be what the generator writes today: a change to the
// generator, to data/members.csv or to the world-atlas version must be
// followed by `node scripts/map/generate.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate } from '../../scripts/map/generate.mjs';

test('src/generated/map.rs is up to date with its generator', () => {
  const committed = readFileSync('src/generated/map.rs', 'utf8');
  assert.ok(committed === generate(), 'src/generated/map.rs is stale: run `node scripts/map/generate.mjs`');
});

test('the generated map has one shape per member state', () => {
  const members = readFileSync('data/members.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0]);
  const shapes = [...generate().matchAll(/MemberShape \{ iso3: "([A-Z]{3})"/g)].map((m) => m[1]);
  assert.deepEqual(shapes, members);
});
