// A small static file server for dist/: correct MIME types (application/wasm
// matters for streaming compilation), gzip like any real static host (so
// the benchmarks see real transfer sizes), no directory listing, loopback
// only. Used by scripts/serve.sh, the end-to-end tests and the benchmarks.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.csv', '.txt']);
const gzipped = new Map(); // path -> { mtimeMs, body }

/** The file's gzip -9 bytes, made once per version of the file. */
function gzipOf(path, mtimeMs, body) {
  const hit = gzipped.get(path);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const zipped = gzipSync(body, { level: 9 });
  gzipped.set(path, { mtimeMs, body: zipped });
  return zipped;
}

/** Reads the headers for all paths (`/*`) from a Netlify-style `_headers` file. */
export function readHeadersFile(root) {
  let text;
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let inAll = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    const at = line.indexOf(':');
    if (inAll && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** Starts serving `root`; resolves to the listening server. The headers in
 * `root/_headers` are sent unless `siteHeaders` is false. With a `prefix`
 * (e.g. `/some/sub/path/`), `root` is served under that path only and every
 * other path is 404, as on a host that puts the site in a folder. */
export async function startServer({ root, host = '127.0.0.1', port = 0, headers = {}, siteHeaders = true, prefix = '/' }) {
  const base = resolve(root);
  const fromFile = siteHeaders ? readHeadersFile(base) : {};
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix ${prefix}: must start and end with /`);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (!url.pathname.startsWith(prefix)) throw new Error('outside the prefix');
      let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
      if (path !== base && !path.startsWith(base + sep)) throw new Error('outside root');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const zip = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (zip) body = gzipOf(path, (await stat(path)).mtimeMs, body);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(zip ? { 'Content-Encoding': 'gzip' } : {}),
        ...fromFile,
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', host = '127.0.0.1', port = '8080', prefix = '/'] = process.argv.slice(2);
  const server = await startServer({ root, host, port: Number(port), prefix });
  const { port: actual } = server.address();
  console.log(`Serving ${root}/ at http://${host}:${actual}${prefix}  (Ctrl-C to stop)`);
}
