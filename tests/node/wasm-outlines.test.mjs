// The app reads the map's outlines back from the page it starts on, so the
// release wasm must not carry them too (they would ship twice to every
// reader). Checks the built dist/ against the generated outlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DIST = process.env.UNCYBER_DIST ?? 'dist';

test('the release wasm carries none of the map outlines the pages carry', () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, `a wasm file in ${DIST}/`);
  const bytes = readFileSync(`${DIST}/${wasm}`).toString('latin1');
  const generated = readFileSync('src/generated/map.rs', 'utf8');
  const paths = [...generated.split('pub static MEMBER_PATHS')[1].matchAll(/"(M[^"]{40,})"/g)].map((m) => m[1]);
  assert.ok(paths.length > 100, 'the generated outlines were found');
  const inWasm = paths.filter((d) => bytes.includes(d.slice(0, 40)));
  assert.deepEqual(inWasm.map((d) => d.slice(0, 20)), []);
  // And the pages do carry them: the first screen of index.html draws the map.
  const index = readFileSync(`${DIST}/index.html`, 'utf8');
  assert.ok(paths.slice(0, 20).every((d) => index.includes(d)), 'index.html carries the outlines');
});

// Nor the member states' names: the app reads them from the table of every
// member state that each page it runs in carries (src/browser/page_words.rs).
// A few names stay, inside other words the app writes ("territory of
// France", "Canada's announcement"); a compiled-in list would bring all 193.
test("each language's release wasm carries no list of the member states' names", () => {
  const [head, ...rows] = readFileSync('data/names/un-names-6.csv', 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
  const folders = [['en', ''], ...['fr', 'es', 'ru', 'zh', 'ar'].map((code) => [code, `${code}/`])]
    .filter(([, folder]) => readdirSync(`${DIST}/${folder || '.'}`).some((f) => f.endsWith('.wasm')));
  assert.ok(folders.length >= 1);
  for (const [code, folder] of folders) {
    const wasm = readdirSync(`${DIST}/${folder || '.'}`).find((f) => f.endsWith('.wasm'));
    const bytes = readFileSync(`${DIST}/${folder}${wasm}`);
    const names = rows.map((r) => r[head.indexOf(code)].replaceAll('’', "'"));
    const inWasm = names.filter((name) => bytes.includes(Buffer.from(name)));
    assert.ok(inWasm.length <= 20, `${code}: ${inWasm.length} of ${names.length} names in the wasm: ${inWasm.slice(0, 30).join(', ')}`);
    // The page the app starts on names every one of them.
    const index = readFileSync(`${DIST}/${folder}index.html`, 'utf8');
    const named = [...index.matchAll(/<tr data-iso3="([A-Z]{3})"[^>]*><th>([^<]+)<td>/g)];
    assert.equal(new Set(named.map((m) => m[1])).size, names.length, `${code}: index.html's table names every member`);
  }
});

// Nor the steps' titles, the timeline's events or the standfirst: the page
// the app starts on carries them too (src/data/page_words.rs).
test("each language's release wasm leaves the steps' titles, the timeline and the standfirst to its page", () => {
  const unescape = (s) => s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  const folders = ['', 'fr/', 'es/', 'ru/', 'zh/', 'ar/'].filter((folder) => readdirSync(`${DIST}/${folder || '.'}`).some((f) => f.endsWith('.wasm')));
  assert.ok(folders.length >= 1);
  for (const folder of folders) {
    const wasm = readdirSync(`${DIST}/${folder || '.'}`).find((f) => f.endsWith('.wasm'));
    const bytes = readFileSync(`${DIST}/${folder}${wasm}`);
    const index = readFileSync(`${DIST}/${folder}index.html`, 'utf8');
    const contents = index.match(/<nav class="contents"[\s\S]*?<\/nav>/)?.[0] ?? '';
    const titles = [...contents.matchAll(/<li><a href="step-[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => unescape(m[1]));
    const timeline = index.match(/<section class="timeline"[\s\S]*?<\/section>/)?.[0] ?? '';
    const events = [...timeline.matchAll(/<span class="event-label">([^<]+)<\/span>/g)].map((m) => unescape(m[1]));
    const standfirst = unescape(index.match(/<p class="standfirst">([^<]+)<\/p>/)?.[1] ?? '');
    assert.equal(titles.length, 18, `${folder || 'en'}: the page lists every step`);
    assert.ok(events.length >= 20, `${folder || 'en'}: the page lists the timeline's events`);
    assert.ok(standfirst.length > 40, `${folder || 'en'}: the page has its standfirst`);
    const inWasm = [...titles, ...events, standfirst].filter((text) => bytes.includes(Buffer.from(text)));
    assert.deepEqual(inWasm, [], `${folder || 'en'}: in the wasm`);
  }
});
