// The weight of the member states' own pages (issue #26): the 193
// `country-<iso3>.html`, their preview pictures (`.png`) and their own
// downloads (`.csv`, `.json`), raw and gzip -9 (each file compressed on its
// own, as each is its own response), per kind and in all, with the largest
// page; and the names index for search (`search-names.txt`), which the app
// is to fetch when needed. bench/budgets.mjs reports these in the table and
// judges none: no reader loads them all, and no budget for them is set.
// `node bench/country-pages.mjs [dist]` prints them alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The kinds of file, by extension. */
export const KINDS = [
  ['pages', ['html']],
  ['pictures', ['png']],
  ['downloads', ['csv', 'json']],
];
export const NAMES_INDEX = 'search-names.txt';
const COUNTRY_FILE = /^country-[a-z]{3}\.(html|png|csv|json)$/;

const sizes = (body) => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
const empty = () => ({ count: 0, raw: 0, gzip: 0 });
const add = (to, s) => {
  to.count += 1;
  to.raw += s.raw;
  to.gzip += s.gzip;
};

/** Measures the country files in `root`: { kinds: { pages, pictures, downloads:
 * { count, raw, gzip } }, total, largest: { file, raw, gzip } | null,
 * names: { raw, gzip } | null }. */
export function measureCountryPages(root) {
  const kinds = Object.fromEntries(KINDS.map(([kind]) => [kind, empty()]));
  const total = empty();
  let largest = null;
  let names = null;
  for (const file of readdirSync(root).sort()) {
    if (file === NAMES_INDEX) names = sizes(readFileSync(join(root, file)));
    if (!COUNTRY_FILE.test(file)) continue;
    const ext = file.slice(file.lastIndexOf('.') + 1);
    const [kind] = KINDS.find(([, exts]) => exts.includes(ext));
    const s = sizes(readFileSync(join(root, file)));
    add(kinds[kind], s);
    add(total, s);
    if (kind === 'pages' && (!largest || s.raw > largest.raw)) largest = { file, ...s };
  }
  return { kinds, total, largest, names };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const both = (s) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;

/** The report's rows, as [metric, measured]. */
export function countryPageRows(m) {
  const rows = KINDS.map(([kind]) => [`country ${kind}: ${m.kinds[kind].count} files, total`, both(m.kinds[kind])]);
  rows.push([`country pages, pictures and downloads: ${m.total.count} files, total`, both(m.total)]);
  rows.push(['largest country page', m.largest ? `${m.largest.file}: ${both(m.largest)}` : 'none']);
  rows.push([`names index for search (${NAMES_INDEX})`, m.names ? both(m.names) : 'none']);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.env.UNCYBER_DIST ?? 'dist';
  for (const [metric, measured] of countryPageRows(measureCountryPages(root))) console.log(`${metric}: ${measured}`);
}
