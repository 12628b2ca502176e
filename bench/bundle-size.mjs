// Prints the release bundle in dist/: each file's raw and gzip (level 9) size
// and the total. Run after a release build: `node bench/bundle-size.mjs`.
// It measures; it does not judge (budgets live in the benchmark, not tests).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(root)
  .map((path) => {
    const body = readFileSync(path);
    return { file: relative(root, path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);

const width = Math.max(...rows.map((r) => r.file.length), 5);
console.log(`| ${'file'.padEnd(width)} | raw KB   | gzip KB  |`);
console.log(`|${'-'.repeat(width + 2)}|----------|----------|`);
for (const r of rows) console.log(`| ${r.file.padEnd(width)} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`| ${'total'.padEnd(width)} | ${kb(total.raw)} | ${kb(total.gzip)} |`);
