// Prints an nginx snippet that sends the same headers as dist/_headers (read
// by Netlify and Cloudflare Pages), for serving dist/ from nginx:
//   node scripts/nginx-conf.mjs dist > /etc/nginx/snippets/uncyber.conf
// then `include snippets/uncyber.conf;` in the server block that serves
// dist/ (docs/deploy.md). The policy names the build's inline scripts by
// their hashes, so the snippet belongs to one build: write it again after
// every build.
import { fileURLToPath } from 'node:url';
import { readHeadersFile } from './static-server.mjs';

/** The snippet for the site built in `dist`. */
export function nginxConf(dist = 'dist') {
  const headers = readHeadersFile(dist);
  if (Object.keys(headers).length === 0) throw new Error(`${dist}/_headers is missing or names no header for /*; build first`);
  const lines = Object.entries(headers).map(([name, value]) => {
    if (/["\\$]/.test(value)) throw new Error(`${name}: the value needs escaping for nginx`);
    // `always`: error pages (404) carry the policy too.
    return `add_header ${name} "${value}" always;`;
  });
  return `# Written by scripts/nginx-conf.mjs from ${dist}/_headers; write it again after every build.
# add_header applies only where a block sets none of its own: include this
# in the block that serves the site, and add no other add_header there.
${lines.join('\n')}

# Older nginx releases map no type to .wasm; browsers compile a module as it
# downloads only when it comes as application/wasm.
location ~* \\.wasm$ {
    types { }
    default_type application/wasm;
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(nginxConf(process.argv[2] ?? 'dist'));
}
