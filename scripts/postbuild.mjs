// Runs after `trunk build` and the prerender: drops the wasm preload from
// every page and writes dist/_headers with the site's strict
// Content-Security-Policy, allowing the inline scripts (Trunk's bootstrap,
// the embed-mode script) by their SHA-256 hashes, computed here.
// Hosts that read _headers (Netlify, Cloudflare Pages, and scripts/static-server.mjs)
// send it; elsewhere, copy the policy into the host's configuration.
// Every page also carries the policy in a <meta http-equiv>, for hosts that
// cannot send headers at all (GitHub Pages, a plain file server).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Every page, in the site's root and in its languages' folders (fr/story.html). */
const htmlPages = (root) => readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.html'));
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';
import { dropUnusedClasses } from './unused-classes.mjs';

const dist = process.argv[2] ?? 'dist';

// The second optimisation, after Trunk's `-Oz --converge`: control flow
// flattened and rebuilt (`--rereloop`), then shrunk twice, gives a wasm
// about 1 KB gzip smaller than `-Oz` alone (measured on the Russian build:
// 170.4 -> 169.4 KB). The producers and target features sections name the
// tools that made it and serve only other tools: no browser reads them.
const WASM_OPT = ['--flatten', '--rereloop', '-Oz', '-Oz', '--strip-producers', '--strip-target-features'];

// Trunk's own minifier gives up on wasm-bindgen's glue ("Failed to minify
// JS"), which then ships at twice its size: minify it here (and where a
// page carries an integrity hash for it, give it the new file's).
// The wasm's imports get short names, in the wasm and its glue alike
// (scripts/short-imports.mjs): about 5 KB gzip of random hash digits less.
// Before that, the classes of a dependency the app never uses leave the
// glue and the wasm, whose code for them wasm-opt then sweeps
// (scripts/unused-classes.mjs): about 2 KB gzip.
// Each language's build has its own wasm and glue: the root's (English)
// and each language folder's (fr/, ar/ …).
const appFolders = [dist, ...readdirSync(dist, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(`${dist}/${e.name}`).some((f) => f.endsWith('_bg.wasm')))
  .map((e) => `${dist}/${e.name}`)];
for (const folder of appFolders) {
  const wasmFile = readdirSync(folder).find((f) => f.endsWith('_bg.wasm'));
  const glueFile = wasmFile?.replace(/_bg\.wasm$/, '.js');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.js') && !f.startsWith('public'))) {
    const source = readFileSync(`${folder}/${file}`, 'utf8');
    let glue = source;
    if (file === glueFile) {
      const module = source.match(/"(\.\/[\w-]+_bg\.js)"\s*:\s*import0\b/)?.[1];
      if (!module) throw new Error(`${file}: no import object found; update scripts/short-imports.mjs`);
      const unused = dropUnusedClasses(readFileSync(`${folder}/${wasmFile}`), source);
      writeFileSync(`${folder}/${wasmFile}`, unused.wasm);
      // Trunk's own level; wasm-opt comes from npm's binaryen (scripts/env.sh).
      const wasmPath = `${folder}/${wasmFile}`;
      execFileSync('wasm-opt', [...WASM_OPT, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
      console.log(`${folder}/${wasmFile}: ${unused.exports.length} unused exports dropped`);
      const short = shortenImports(readFileSync(`${folder}/${wasmFile}`), unused.js, module);
      writeFileSync(`${folder}/${wasmFile}`, short.wasm);
      glue = short.js;
      console.log(`${folder}/${wasmFile}: ${short.renamed.length} imports renamed`);
    }
    const { code } = await minify(glue, { module: true, compress: true, mangle: true });
    writeFileSync(`${folder}/${file}`, code);
    const integrity = (text) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
    const [before, after] = [integrity(source), integrity(code)];
    for (const page of htmlPages(folder)) {
      const html = readFileSync(`${folder}/${page}`, 'utf8');
      if (html.includes(before)) writeFileSync(`${folder}/${page}`, html.replaceAll(before, after));
    }
  }
}

// No page preloads the wasm: the static copy of the step is readable first,
// readers without JavaScript never download it, and the text's paint does
// not wait behind 250 KB. The app's module script fetches it as it starts.
const WASM_PRELOAD = /<link(?=[^>]*\brel="?preload\b)(?=[^>]*\.wasm\b)[^>]*>/g;
// Trunk's bootstrap starts fetching the wasm only after the static copy has
// been painted once: the text a reader came for is never queued behind it.
const START = 'const wasm = await init(';
const AFTER_PAINT = 'await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n';
for (const file of htmlPages(dist)) {
  // index.html asks Trunk for no integrity hashes (data-integrity="none"):
  // same-origin files under the page's own policy, and 128 bytes of
  // incompressible digits on every first load; Trunk copies the attribute
  // itself onto the style sheet's tag.
  const page = readFileSync(`${dist}/${file}`, 'utf8').replaceAll(' data-integrity=none', '').replaceAll(' data-integrity="none"', '');
  // Pages without the app (the glossary, the country pages) have nothing to start.
  if (!page.includes('<script')) {
    writeFileSync(`${dist}/${file}`, page);
    continue;
  }
  if (!page.includes(START)) throw new Error(`${file}: Trunk's bootstrap changed; update scripts/postbuild.mjs`);
  writeFileSync(`${dist}/${file}`, page.replace(WASM_PRELOAD, '').replace(START, AFTER_PAINT + START));
}
/** The inline scripts' hashes of `folder`'s app page (each language's
 * bootstrap names its own build's files). */
const scriptHashes = (folder) => {
  const html = readFileSync(`${folder}/index.html`, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
};
const policy = (hashes) => [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');
// The header's policy allows every language's scripts: a host sends every
// matching rule's headers, and two policies would each block the other's.
// Each page's own <meta> copy allows only its folder's.
const hashes = [...new Set(appFolders.flatMap(scriptHashes))];
export const POLICY = policy(hashes);

writeFileSync(`${dist}/_headers`, `/*
  Content-Security-Policy: ${POLICY}
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`);
console.log(`wrote ${dist}/_headers (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'})`);

// A policy in a <meta> element ignores these three (and browsers report
// each as an error), so the pages' copy leaves them out; the rest is the
// header's policy, word for word.
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'sandbox']);
const metaPolicy = (folder) => {
  const text = policy(scriptHashes(folder)).split('; ').filter((d) => !NOT_IN_META.has(d.split(' ')[0])).join('; ');
  if (/["&<>]/.test(text)) throw new Error('the policy needs escaping to go in an attribute');
  return text;
};
// A meta policy governs only what comes after it: it goes right after the
// charset, which must stay first, before any script, style or link.
const CHARSET = /<meta charset="?utf-8"?>/i;
const pages = htmlPages(dist);
for (const file of pages) {
  const page = readFileSync(`${dist}/${file}`, 'utf8');
  const charset = page.match(CHARSET);
  if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the policy after`);
  const end = charset.index + charset[0].length;
  if (/<(script|style|link|base)\b/i.test(page.slice(0, end))) throw new Error(`${file}: a script, style or link comes before the charset`);
  const folder = appFolders.find((f) => f !== dist && `${dist}/${file}`.startsWith(`${f}/`)) ?? dist;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(folder)}">`;
  writeFileSync(`${dist}/${file}`, page.slice(0, end) + meta + page.slice(end));
}
console.log(`put the policy in a <meta> element in ${pages.length} pages`);
