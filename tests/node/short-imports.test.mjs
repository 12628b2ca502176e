// scripts/short-imports.mjs renames the wasm's imports from its glue to short
// names in both files (scripts/postbuild.mjs): checked on a small module made
// here, and on the built dist/, whose wasm must import only short names that
// its glue defines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { shortName, shortenImports } from '../../scripts/short-imports.mjs';

const DIST = process.env.UNCYBER_DIST ?? 'dist';

const bytes = (text) => [text.length, ...Buffer.from(text, 'latin1')];
const leb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module with one function type, importing the functions `names` from `glue`, a memory from `env` and a global from `glue`. */
function module(glue, names) {
  const imports = [
    ...names.flatMap((n) => [...bytes(glue), ...bytes(n), 0, 0]),
    ...bytes('env'), ...bytes('memory'), 2, 1, 1, 2, // memory, min 1, max 2
    ...bytes(glue), ...bytes('__wbg_flag_00ff'), 3, 0x7f, 0, // global i32, immutable
  ];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [names.length + 2, ...imports]),
  ]);
}

test('short names are distinct and valid property names, one letter first', () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.deepEqual(names.slice(0, 3), ['a', 'b', 'c']);
  assert.equal(names[52], 'aa');
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
});

test('the imports from the glue are renamed in the wasm and the glue alike, nothing else', () => {
  const long = ['__wbg_setattribute_0123456789abcdef', '__wbg_get_fedcba9876543210'];
  const js = `const import0 = { __proto__: null, ${long[0]}: function(a) { return a; }, ${long[1]}: function() {}, __wbg_flag_00ff: 1 };\nconst out = { "./x_bg.js": import0 };`;
  const { wasm, js: glue, renamed } = shortenImports(module('./x_bg.js', long), js, './x_bg.js');
  assert.deepEqual(renamed, [[long[0], 'a'], [long[1], 'b'], ['__wbg_flag_00ff', 'c']]);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports.map((i) => [i.module, i.name, i.kind]), [
    ['./x_bg.js', 'a', 'function'],
    ['./x_bg.js', 'b', 'function'],
    ['env', 'memory', 'memory'],
    ['./x_bg.js', 'c', 'global'],
  ]);
  assert.equal(glue, js.replace(long[0], 'a').replace(long[1], 'b').replace('__wbg_flag_00ff', 'c'));
});

test('a glue that does not define an import exactly once is refused, naming it', () => {
  const name = '__wbg_missing_0123456789abcdef';
  assert.throws(() => shortenImports(module('./x_bg.js', [name]), 'const import0 = {};', './x_bg.js'), new RegExp(name));
  const twice = `const import0 = { ${name}: 1 }; const again = { ${name}: 2 };`;
  assert.throws(() => shortenImports(module('./x_bg.js', [name]), twice, './x_bg.js'), new RegExp(name));
});

test('the built wasm imports only short names, each defined by its glue', () => {
  const wasmFile = readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
  assert.ok(wasmFile, `a wasm file in ${DIST}/`);
  const glue = readFileSync(`${DIST}/${wasmFile.replace(/_bg\.wasm$/, '.js')}`, 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(`${DIST}/${wasmFile}`)));
  assert.ok(imports.length > 100, `${imports.length} imports`);
  const long = imports.filter((i) => i.name.length > 2).map((i) => i.name);
  assert.deepEqual(long, []);
  const undefinedInGlue = imports.filter((i) => !new RegExp(`[{,]${i.name}:`).test(glue)).map((i) => i.name);
  assert.deepEqual(undefinedInGlue, []);
});
