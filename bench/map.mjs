// The map's payload: the generated path data (raw and gzip), which ships
// inside the wasm, and the whole generated module (target: under 60 KB gzip).
// Run after a release build: `node bench/map.mjs`. It prints; it never fails on a target.
// How fast the map answers (a hover, a vote switch) is measured once, as
// main-thread CPU time, by bench/cpu-time.mjs, which bench/budgets.mjs judges.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const source = readFileSync('src/generated/map.rs', 'utf8');
// The path data: the strings of the generated `*_PATHS` arrays.
const arrays = [...source.matchAll(/pub static \w+_PATHS: &\[&str\] = &\[([^\]]*)\]/g)].map((m) => m[1]);
if (!arrays.length) throw new Error('src/generated/map.rs: no *_PATHS arrays found; update bench/map.mjs');
const paths = arrays.flatMap((a) => [...a.matchAll(/"([^"]*)"/g)].map((m) => m[1])).join('');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`payload: path data ${kb(paths.length)} raw, ${kb(gzipSync(paths, { level: 9 }).length)} gzip; whole generated module ${kb(source.length)} raw, ${kb(gzipSync(source, { level: 9 }).length)} gzip (target: under 60 KB gzip)`);
