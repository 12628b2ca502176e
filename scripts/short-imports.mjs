// wasm-bindgen names each function the wasm imports from its JavaScript glue
// after the function plus a 16-digit hash (`__wbg_setattribute_0123…cdef`),
// and writes every name twice: in the wasm's import section and as a key of
// the glue's import object. The hashes are random digits gzip cannot shrink:
// about 3 KB gzip in the wasm and 2 KB in the glue, shipped to every reader.
// `shortenImports` renames them to short names (`a`, `b`, … `aa`, …) in both
// files at once; nothing else changes. Used by scripts/postbuild.mjs.

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

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return [...leb(utf8.length), ...utf8];
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
  const bytes = Uint8Array.from(wasm);
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== '\0asm') throw new Error('not a wasm module');
  const renamed = [];
  let at = 8;
  const out = [bytes.subarray(0, 8)];
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
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
    out.push(Uint8Array.from([2, ...leb(body.length), ...body]));
    at = end;
  }
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
  return { wasm: Buffer.concat(out), js: text, renamed };
}
