// scripts/unused-classes.mjs takes wasm-streams' classes out of the glue and
// their functions out of the wasm's exports (scripts/postbuild.mjs): checked
// on a small module and glue made here, and on the built dist/, whose wasm
// and glue must carry none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dropUnusedClasses, UNUSED_CLASSES } from '../../scripts/unused-classes.mjs';

const DIST = process.env.UNCYBER_DIST ?? 'dist';

const bytes = (text) => [text.length, ...Buffer.from(text, 'latin1')];
const leb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module exporting one empty function under each of `names`. */
function module(names) {
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [1, 0]),
    ...section(7, [names.length, ...names.flatMap((n) => [...bytes(n), 0, 0])]),
    ...section(10, [1, 2, 0, 0x0b]),
  ]);
}

/** The glue wasm-bindgen writes for a class `Cls` whose functions are `cls_*`. */
const classGlue = (cls) => `export class ${cls} {
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_${cls.toLowerCase()}_free(ptr, 0);
    }
    pull(controller) {
        const ret = wasm.${cls.toLowerCase()}_pull(this.__wbg_ptr, controller);
        return ret;
    }
}
if (Symbol.dispose) ${cls}.prototype[Symbol.dispose] = ${cls}.prototype.free;
`;
const registry = (cls) => `const ${cls}Finalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_${cls.toLowerCase()}_free(ptr, 1));
`;
const exportsOf = (cls) => [`__wbg_${cls.toLowerCase()}_free`, `${cls.toLowerCase()}_pull`];
const kept = 'export function main() {\n    wasm.main();\n}\n';

test('a class, its disposer and its registry leave the glue, and its functions the exports; nothing else changes', () => {
  const js = `${classGlue('Source')}${kept}${registry('Source')}const other = 1;\n`;
  const wasm = module(['memory_stand_in', ...exportsOf('Source'), 'main']);
  const out = dropUnusedClasses(wasm, js, ['Source']);
  assert.equal(out.js, `${kept}const other = 1;\n`);
  assert.deepEqual(out.exports.sort(), exportsOf('Source').sort());
  const names = WebAssembly.Module.exports(new WebAssembly.Module(out.wasm)).map((e) => e.name);
  assert.deepEqual(names, ['memory_stand_in', 'main']);
});

test('a class the rest of the glue still uses is refused, naming it', () => {
  const js = `${classGlue('Source')}${registry('Source')}function wrap(ptr) { return Source.__wrap(ptr); }\n`;
  assert.throws(() => dropUnusedClasses(module(exportsOf('Source')), js, ['Source']), /still names Source/);
});

test('a glue that defines the class another way, or a wasm without its functions, is refused', () => {
  const changed = classGlue('Source').replace('export class', 'class');
  assert.throws(() => dropUnusedClasses(module(exportsOf('Source')), changed + registry('Source'), ['Source']), /0 matches/);
  const js = classGlue('Source') + registry('Source');
  assert.throws(() => dropUnusedClasses(module(['main']), js, ['Source']), /does not export __wbg_source_free, source_pull/);
});

test('every built wasm and glue is free of the unused classes and their functions', () => {
  const folders = [DIST, ...readdirSync(DIST, { withFileTypes: true })
    .filter((e) => e.isDirectory() && readdirSync(`${DIST}/${e.name}`).some((f) => f.endsWith('_bg.wasm')))
    .map((e) => `${DIST}/${e.name}`)];
  for (const folder of folders) {
    const wasmFile = readdirSync(folder).find((f) => f.endsWith('_bg.wasm'));
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(`${folder}/${wasmFile}`))).map((e) => e.name);
    assert.ok(exports.includes('main'), `${folder}: the wasm exports main`);
    const lower = UNUSED_CLASSES.map((c) => c.toLowerCase());
    assert.deepEqual(exports.filter((e) => lower.some((c) => e.includes(c))), [], folder);
    const glue = readFileSync(`${folder}/${wasmFile.replace(/_bg\.wasm$/, '.js')}`, 'utf8');
    assert.deepEqual(UNUSED_CLASSES.filter((c) => glue.includes(c)), [], folder);
  }
});
