// Leptos links server_fn for its server functions, and server_fn links
// wasm-streams, whose three #[wasm_bindgen] classes wasm-bindgen exports from
// every build: the wasm keeps their code alive for JavaScript to call, and
// the glue defines a class for each. This app calls no server function, so
// no stream ever crosses between the two. `dropUnusedClasses` takes the
// classes out of the glue and their exports out of the wasm; wasm-opt then
// sweeps the code only they reached (scripts/postbuild.mjs): about 1.8 KB
// gzip in the wasm and 0.4 KB in the glue.
import { leb, readLeb, readName, rewriteSections } from './wasm-binary.mjs';

/** wasm-streams' classes, which only a server function's stream would use. */
export const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

const escape = (text) => text.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&');

/** The pieces of wasm-bindgen's (unminified) glue that define `cls`: its
 * class, its disposer line and its finalization registry. */
const pieces = (cls) => [
  new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
  new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`, 'm'),
  new RegExp(`^const ${cls}Finalization = [\\s\\S]*?;\\n`, 'm'),
];

/**
 * Removes the classes `classes` from `js` (wasm-bindgen's glue, before
 * minifying) and the wasm functions they call from the exports of `wasm`
 * (bytes). Returns { wasm, js, exports: the names removed }; the wasm still
 * holds the functions' code until an optimiser sweeps it. Throws, changing
 * nothing, if the glue does not define a class the way this expects, if
 * anything else in the glue still names a class or one of its functions
 * (a class the wasm hands to JavaScript), or if the wasm lacks one.
 */
export function dropUnusedClasses(wasm, js, classes = UNUSED_CLASSES) {
  let text = js;
  const exports = new Set();
  for (const cls of classes) {
    for (const piece of pieces(cls)) {
      const found = text.match(new RegExp(piece.source, 'gm')) ?? [];
      if (found.length !== 1) throw new Error(`the glue has ${found.length} matches for ${piece} (expected one); update scripts/unused-classes.mjs`);
      for (const [, fn] of found[0].matchAll(/\bwasm\.(\w+)\(/g)) exports.add(fn);
      text = text.replace(piece, '');
    }
  }
  for (const word of [...classes, ...exports]) {
    if (new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`).test(text)) {
      throw new Error(`the glue still names ${word} after its class was removed: the app may use it`);
    }
  }
  const missing = new Set(exports);
  const exportSection = (bytes, start, end) => {
    let [count, p] = readLeb(bytes, start);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entryStart = p;
      let field;
      [field, p] = readName(bytes, p);
      [, p] = readLeb(bytes, p + 1); // kind, then index
      if (exports.has(field)) missing.delete(field);
      else kept.push(...bytes.subarray(entryStart, p));
    }
    if (p !== end) throw new Error('export section did not parse to its end');
    return [...leb(count - (exports.size - missing.size)), ...kept];
  };
  const trimmed = rewriteSections(wasm, { 7: exportSection });
  if (missing.size) throw new Error(`the wasm does not export ${[...missing].join(', ')}`);
  return { wasm: trimmed, js: text, exports: [...exports] };
}

