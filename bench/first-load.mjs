// What a first visit downloads: opens a page of the release build in a fresh
// Chromium context (empty cache), waits until the app has rendered the story
// and the vote (e2e harness `appReady`) and the network has been idle for
// 500 ms, and lists every response the page received, with its body's size
// raw and gzip -9 (computed here from the bytes: the test server does not
// compress). Every request counts, favicon included, and a URL fetched twice
// counts twice. KB are 1024 bytes.
// Run after a release build: `node bench/first-load.mjs [path…]`
// (default: index.html and the first step's page). It prints; it never fails on a target.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { appReady, launch } from '../e2e/harness.mjs';

/** The slug of the step index.html opens at, read from the build itself. */
export function firstStepSlug(root = process.env.UNCYBER_DIST ?? 'dist') {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const slug = html.match(/<meta name="uncyber-step" content="([^"]+)">/)?.[1];
  if (!slug) throw new Error(`no <meta name="uncyber-step"> in ${root}/index.html`);
  return slug;
}

/** The languages' folders built beside the English (fr/ … ar/), each with its app. */
export function languageFolders(root = process.env.UNCYBER_DIST ?? 'dist') {
  return ['fr', 'es', 'ru', 'zh', 'ar'].filter((code) => existsSync(join(root, code, 'index.html'))).map((code) => `${code}/`);
}

/** The pages a first visit to the first step can start from, in each
 * language: each language's first load is judged on its own. */
export function firstStepPages(root) {
  const step = `step-${firstStepSlug(root)}.html`;
  return ['', ...languageFolders(root)].flatMap((folder) => [folder, `${folder}${step}`]);
}

/** Loads each of `paths`; returns per path { path, files: [{ url, type, status, raw, gzip }], raw, gzip }. */
export async function measureFirstLoad({ paths = firstStepPages() } = {}) {
  const app = await launch();
  try {
    const results = [];
    for (const path of paths) {
      const { page, context, problems } = await app.openPage(null);
      const pending = [];
      const order = new Map(); // request -> the order it was sent in
      page.on('request', (request) => order.set(request, order.size));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      page.on('requestfinished', (request) => {
        pending.push((async () => {
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          return {
            order: order.get(request),
            url: request.url().slice(app.baseUrl.length - 1) || '/',
            type: request.resourceType(),
            status: response?.status() ?? 0,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          };
        })());
      });
      await page.goto(app.baseUrl + path);
      await appReady(page);
      await page.waitForLoadState('networkidle');
      const files = (await Promise.all(pending)).sort((a, b) => a.order - b.order);
      await context.close();
      if (problems.length) throw new Error(`${path || 'index'}: ${problems.join('; ')}`);
      results.push({
        path: path || '/',
        files,
        raw: files.reduce((t, f) => t + f.raw, 0),
        gzip: files.reduce((t, f) => t + f.gzip, 0),
      });
    }
    return results;
  } finally {
    await app.close();
  }
}

/** Markdown rows of one page's files and its total. */
export function firstLoadTable(result) {
  const kb = (n) => (n / 1024).toFixed(1);
  const name = (f) => f.url.replace(/^\/([^?]*).*$/, (_, p) => `/${p.replace(/-[0-9a-f]{15,16}(?=[._])/, '-…')}`);
  const lines = [
    `First load of ${result.path}:`,
    '',
    '| file | type | status | raw KB | gzip KB |',
    '|---|---|---|---|---|',
    ...result.files.map((f) => `| \`${name(f)}\` | ${f.type} | ${f.status} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    `| **total, ${result.files.length} requests** | | | **${kb(result.raw)}** | **${kb(result.gzip)}** |`,
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = process.argv.length > 2 ? process.argv.slice(2) : firstStepPages();
  for (const result of await measureFirstLoad({ paths })) {
    console.log(firstLoadTable(result));
    console.log('');
  }
}
