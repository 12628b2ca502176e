// Writes data/names/collation.csv: each member state's place in an
// alphabetical list of the member states' names in each of the six
// languages, as the Unicode Collation Algorithm with CLDR's rules for that
// language sorts them (Chinese by pinyin). The build reads it (the app
// carries no collation rules); tests/node/name-collation.test.mjs checks
// that it is current. English sorts data/members.csv's names (the app's),
// the others the UN M49 names of data/names/un-names-6.csv.
//
//   node scripts/name-collation.mjs          writes the file
//   node scripts/name-collation.mjs --check  exits 1 if the file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
export const OUT = 'data/names/collation.csv';

/** Splits one CSV line (quoted fields allowed). */
function fields(line) {
  const out = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let end = at + 1;
      let value = '';
      for (;;) {
        const q = line.indexOf('"', end);
        value += line.slice(end, q);
        if (line[q + 1] === '"') { value += '"'; end = q + 2; } else { at = q + 2; break; }
      }
      out.push(value);
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return out;
}

function table(file) {
  const [head, ...rows] = readFileSync(`${root}${file}`, 'utf8').trim().split('\n').map(fields);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** The file's text, from today's names. */
export function collationCsv() {
  const members = table('data/members.csv');
  const un = new Map(table('data/names/un-names-6.csv').map((r) => [r.iso3, r]));
  const names = (lang) => members.map((m) => (lang === 'en' ? m.un_name : un.get(m.iso3)?.[lang]));
  const ranks = {};
  for (const lang of LANGS) {
    const list = names(lang);
    const missing = members.filter((_, i) => !list[i]).map((m) => m.iso3);
    if (missing.length) throw new Error(`no ${lang} name for ${missing.join(', ')} in data/names/un-names-6.csv`);
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans' : lang, { sensitivity: 'base', numeric: true });
    const order = list.map((_, i) => i).sort((a, b) => collator.compare(list[a], list[b]) || a - b);
    ranks[lang] = new Array(list.length);
    order.forEach((member, rank) => { ranks[lang][member] = rank; });
  }
  const lines = [`iso3,${LANGS.join(',')}`];
  members.forEach((m, i) => lines.push([m.iso3, ...LANGS.map((l) => ranks[l][i])].join(',')));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = collationCsv();
  if (process.argv.includes('--check')) {
    const now = readFileSync(`${root}${OUT}`, 'utf8');
    if (now !== text) {
      console.error(`${OUT} is stale: run node scripts/name-collation.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(`${root}${OUT}`, text);
  }
}
