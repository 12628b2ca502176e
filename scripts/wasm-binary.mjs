// The few pieces of the wasm binary format the post-build steps read and
// write (scripts/short-imports.mjs, scripts/unused-classes.mjs): LEB128
// numbers, names, and the walk over a module's sections.

/** Reads the unsigned LEB128 number at `at`; returns [value, the byte after it]. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** Reads the name (length, then UTF-8) at `at`; returns [text, the byte after it]. */
export function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

/** `text` as a name's bytes. */
export function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return [...leb(utf8.length), ...utf8];
}

/**
 * Rebuilds the module `wasm` (bytes) with the body of each section whose id
 * `rewrite` has a function for replaced by what it returns (an array of
 * bytes), given the section's bytes and where its body starts and ends.
 * Every other section is kept byte for byte.
 */
export function rewriteSections(wasm, rewrite) {
  const bytes = Uint8Array.from(wasm);
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== '\0asm') throw new Error('not a wasm module');
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    const body = rewrite[id]?.(bytes, start, end);
    out.push(body ? Uint8Array.from([id, ...leb(body.length), ...body]) : bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(out);
}
