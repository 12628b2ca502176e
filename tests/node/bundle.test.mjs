// The release bundle (scripts/bundle.sh) of the built site: a zip named by
// Cargo.toml's version holding exactly dist/'s files, byte for byte, and a
// sha256sum file that verifies it. Run after a release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const DIST = 'dist';
const version = readFileSync('Cargo.toml', 'utf8').match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
const NAME = `uncyber-${version}.zip`;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? filesUnder(join(dir, entry.name), root)
    : [relative(root, join(dir, entry.name))]));
}

test('the bundle holds every file of dist/, byte for byte, and its SHA-256 sum verifies', () => {
  const out = mkdtempSync(join(tmpdir(), 'uncyber-bundle-'));
  try {
    execFileSync('bash', ['scripts/bundle.sh', out], { stdio: 'pipe' });
    assert.deepEqual(readdirSync(out).sort(), [NAME, `${NAME}.sha256`]);

    const listed = execFileSync('unzip', ['-Z1', join(out, NAME)], { encoding: 'utf8' }).trim().split('\n');
    const files = filesUnder(DIST);
    assert.ok(files.includes('index.html') && files.includes('_headers'), 'dist/ is built');
    assert.deepEqual([...listed].sort(), [...files].sort(), 'the zip lists exactly the files of dist/, at its top level');

    const unpacked = join(out, 'unpacked');
    execFileSync('unzip', ['-q', join(out, NAME), '-d', unpacked]);
    for (const file of files) {
      assert.ok(readFileSync(join(unpacked, file)).equals(readFileSync(join(DIST, file))), `${file}: the same bytes`);
    }

    const sums = readFileSync(join(out, `${NAME}.sha256`), 'utf8');
    assert.match(sums, new RegExp(`^[0-9a-f]{64}  ${NAME.replaceAll('.', '\\.')}\\n$`), 'sha256sum format');
    assert.equal(execFileSync('sha256sum', ['-c', `${NAME}.sha256`], { cwd: out, encoding: 'utf8' }), `${NAME}: OK\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a bundle whose zip was altered fails its sum', () => {
  const out = mkdtempSync(join(tmpdir(), 'uncyber-bundle-'));
  try {
    execFileSync('bash', ['scripts/bundle.sh', out], { stdio: 'pipe' });
    execFileSync('bash', ['-c', `printf x >> "${join(out, NAME)}"`]);
    assert.throws(() => execFileSync('sha256sum', ['-c', `${NAME}.sha256`], { cwd: out, stdio: 'pipe' }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
