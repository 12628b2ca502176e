// Runs after `trunk build`: writes dist/_headers with the site's strict
// Content-Security-Policy, allowing Trunk's one inline bootstrap script by
// its SHA-256 hash (computed here, because Trunk writes it at build time).
// Hosts that read _headers (Netlify, Cloudflare Pages, and scripts/static-server.mjs)
// send it; elsewhere, copy the policy into the host's configuration.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(`${dist}/index.html`, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

export const POLICY = [
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

writeFileSync(`${dist}/_headers`, `/*
  Content-Security-Policy: ${POLICY}
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`);
console.log(`wrote ${dist}/_headers (${hashes.length} inline script hash${hashes.length === 1 ? '' : 'es'})`);
