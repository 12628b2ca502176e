// data/names/collation.csv (each member's place in each language's
// alphabetical order, which the build reads) is what
// scripts/name-collation.mjs writes from today's names, with this Node's
// ICU: the Unicode Collation Algorithm with CLDR's rules per language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { collationCsv, OUT, LANGS } from '../../scripts/name-collation.mjs';

const rows = () => readFileSync(OUT, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

test('the collation file is current', () => {
  assert.equal(readFileSync(OUT, 'utf8'), collationCsv(), 'run node scripts/name-collation.mjs');
});

test('each language puts each member once, in its own alphabet: Côte d\'Ivoire after Costa Rica in French, China by pinyin in Chinese', () => {
  const table = rows();
  const place = (iso3, lang) => Number(table.find((r) => r[0] === iso3)[1 + LANGS.indexOf(lang)]);
  for (const lang of LANGS) {
    const places = table.map((r) => Number(r[1 + LANGS.indexOf(lang)])).sort((a, b) => a - b);
    assert.deepEqual(places, places.map((_, i) => i), `${lang}: one place per member`);
  }
  assert.ok(place('CRI', 'fr') < place('CIV', 'fr') && place('CIV', 'fr') < place('HRV', 'fr'), 'Costa Rica, Côte d\'Ivoire, Croatie');
  // 阿富汗 (Afghanistan, ā) before 巴西 (Brazil, bā) before 中国 (China, zhōng).
  assert.ok(place('AFG', 'zh') < place('BRA', 'zh') && place('BRA', 'zh') < place('CHN', 'zh'));
  // Russian: Австралия (Australia) before Бразилия (Brazil) before Япония (Japan).
  assert.ok(place('AUS', 'ru') < place('BRA', 'ru') && place('BRA', 'ru') < place('JPN', 'ru'));
});
