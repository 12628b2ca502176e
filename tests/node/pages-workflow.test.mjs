// The GitHub Pages workflow (.github/workflows/pages.yml) runs the README's
// build and publishes its output: checked here against the repository, so
// that renaming the script, the output folder or the Rust floor breaks a
// test rather than the next deployment. (Actions cannot run here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const workflow = readFileSync('.github/workflows/pages.yml', 'utf8');
const trunkDist = readFileSync('Trunk.toml', 'utf8').match(/^dist\s*=\s*"([^"]+)"/m)?.[1];

test('the Pages workflow is valid YAML whose build job runs scripts/build.sh and uploads dist/', () => {
  const doc = parse(workflow, { strict: true, uniqueKeys: true });
  const steps = doc.jobs.build.steps;
  const build = steps.find((s) => s.run?.trim() === 'scripts/build.sh');
  assert.ok(build, 'a step runs scripts/build.sh');
  assert.match(build.env.SITE_URL, /^\$\{\{ steps\.pages\.outputs\.base_url \}\}\/$/);
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.equal(upload.with.path, trunkDist);
  assert.ok(doc.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')), 'a deploy job');
});

test('the Pages workflow builds with scripts/build.sh and SITE_URL from the Pages address', () => {
  assert.match(workflow, /^\s+run: scripts\/build\.sh\s*$/m);
  accessSync('scripts/build.sh', constants.X_OK);
  assert.match(workflow, /- id: pages\s+uses: actions\/configure-pages@v\d+/);
  // configure-pages gives the address without its last slash.
  assert.match(workflow, /SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\/\s*$/m);
  assert.match(workflow, /runs-on: ubuntu-/);
});

test('the Pages workflow installs a Rust at or above the crate\'s floor, with the wasm target', () => {
  const floor = readFileSync('Cargo.toml', 'utf8').match(/^rust-version\s*=\s*"([\d.]+)"/m)[1];
  const pinned = workflow.match(/rustup toolchain install (\d+\.\d+\.\d+) [^\n]*--target wasm32-unknown-unknown/)?.[1];
  assert.ok(pinned, 'rustup installs a pinned toolchain with the wasm target');
  assert.match(workflow, new RegExp(`rustup default ${pinned.replaceAll('.', '\\.')}`));
  const [a, b] = [pinned, floor].map((v) => v.split('.').map(Number));
  assert.ok(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]), `${pinned} >= rust-version ${floor}`);
});

test('the Pages workflow uploads the build\'s output folder and deploys it with the rights Pages needs', () => {
  assert.equal(trunkDist, 'dist');
  assert.match(workflow, /uses: actions\/upload-pages-artifact@v\d+\s+with:\s+path: dist\s*$/m);
  assert.match(workflow, /uses: actions\/deploy-pages@v\d+/);
  const deploy = workflow.slice(workflow.indexOf('\n  deploy:'));
  assert.match(deploy, /needs: build/);
  assert.match(deploy, /pages: write/);
  assert.match(deploy, /id-token: write/);
  assert.match(deploy, /name: github-pages/);
});
