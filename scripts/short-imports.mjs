// wasm-bindgen names each function the wasm imports from its JavaScript glue
// after the function plus a 16-digit hash (`__wbg_setattribute_0123…cdef`),
// and writes every name twice: in the wasm's import section and as a key of
// the glue's import object. The hashes are random digits gzip cannot shrink:
// about 3 KB gzip in the wasm and 2 KB in the glue, shipped to every reader.
// `shortenImports` renames them to short names (`a`, `b`, … `aa`, …) in both
// files at once; nothing else changes. Used by scripts/postbuild.mjs.

import { leb, name, readLeb, readName, rewriteSections } from './wasm-binary.mjs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th short name: a … Z, then aa, ab, … (valid JavaScript property names). */
export function shortName(n) {
  let name = '';
  let i = n;
  do {
    name = LETTERS[i % LETTERS.length] + name;
    i = Math.floor(i / LETTERS.length) - 1;
  } while (i >= 0);
  return name;
}

// The bytes after an import's names: what it imports (function, table, memory, global, tag).
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import of unknown kind ${kind} at byte ${at - 1}`);
  }
}

/**
 * Renames the functions that `wasm` (bytes) imports from the module `module`
 * (the glue, e.g. "./uncyber_bg.js") to short names, in the wasm and in `js`
 * (the glue's text, where each must be defined exactly once as `name:`).
 * Returns { wasm, js, renamed: [[old, new], …] }. Throws, changing nothing, if
 * the glue does not define some import exactly once.
 */
export function shortenImports(wasm, js, module) {
  const renamed = [];
  const importSection = (bytes, start, end) => {
    let p = start;
    let count;
    [count, p] = readLeb(bytes, p);
    const body = [...leb(count)];
    for (let i = 0; i < count; i++) {
      let from;
      let field;
      [from, p] = readName(bytes, p);
      [field, p] = readName(bytes, p);
      const descriptionEnd = skipImportDescription(bytes, p);
      const newName = from === module ? shortName(renamed.length) : field;
      if (from === module) renamed.push([field, newName]);
      body.push(...name(from), ...name(newName), ...bytes.subarray(p, descriptionEnd));
      p = descriptionEnd;
    }
    if (p !== end) throw new Error('import section did not parse to its end');
    return body;
  };
  const renamedWasm = rewriteSections(wasm, { 2: importSection });
  let text = js;
  for (const [old, short] of renamed) {
    const key = new RegExp(`(?<![\\w$])${old.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
    const found = text.match(key)?.length ?? 0;
    const anywhere = text.split(old).length - 1;
    if (found !== 1 || anywhere !== 1) {
      throw new Error(`the glue defines the import ${old} ${found} times and names it ${anywhere} times (expected once each)`);
    }
    text = text.replace(key, short);
  }
  return { wasm: renamedWasm, js: text, renamed };
}
