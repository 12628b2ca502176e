// The bench report: the budget table of one bench/budgets.mjs run, written as
// markdown to target/bench-report.md (or $UNCYBER_BENCH_REPORT), with the
// date and the commit the bench ran on. Today's figures live there and in the
// test log; the README states only the budgets.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const REPORT_PATH = resolve(process.env.UNCYBER_BENCH_REPORT ?? `${REPO}target/bench-report.md`);

const git = (...args) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The checkout's commit, marked when tracked files differ from it. */
export function currentCommit() {
  try {
    const hash = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The report as markdown. Each row is { metric, budget, measured, status, gates }
 * as bench/budgets.mjs builds them; `lines` are the run's closing lines. */
export function formatBenchReport({ rows, mode, build, browser, lines = [], date = new Date(), commit = currentCommit() }) {
  const out = [
    '# Bench report',
    '',
    `Written by \`node bench/budgets.mjs${mode ? ` ${mode}` : ''}\` on ${date.toISOString()}, at commit ${commit}, against the build in \`${build}\`${browser ? `, in Chromium ${browser}` : ''}.`,
    '',
    '| budget | limit (noise margin) | measured | verdict | gates the test command |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.metric)} | ${cell(r.budget)} | ${cell(r.measured)} | ${cell(r.status)} | ${r.status === 'reported' ? '—' : r.gates ? 'yes' : 'no (--check only)'} |`),
    '',
    ...lines.flatMap((line) => [line, '']),
  ];
  return `${out.join('\n').trimEnd()}\n`;
}

/** Writes the report to `path` (default REPORT_PATH); returns the path. */
export function writeBenchReport(report, path = REPORT_PATH) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatBenchReport(report));
  return path;
}
