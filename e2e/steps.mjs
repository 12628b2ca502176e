// Reads the story steps straight from content/steps/*.toml, in file-name
// order (the order the reader sees), so the tests compare the page with the
// content files rather than with the app's own output. Simple line parsing of
// the few top-level fields the tests need; it is not a TOML parser.
import { readdirSync, readFileSync } from 'node:fs';

const DIR = 'content/steps';

/** Undoes the escapes a TOML basic string may contain. */
function unescapeBasic(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|["\\bfnrt])/g, (_, e) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { '"': '"', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e];
  });
}

/** The value of a one-line `key = "…"` string field, or undefined. */
function stringField(text, key) {
  const m = text.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*(?:#.*)?$`, 'm'));
  return m ? unescapeBasic(m[1]) : undefined;
}

/** The items of a one-line `key = ["…", …]` array of strings, or []. */
function arrayField(text, key) {
  const m = text.match(new RegExp(`^${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm'));
  if (!m) return [];
  return [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => unescapeBasic(x[1]));
}

function readSteps() {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.toml')).sort();
  return files.map((file, i) => {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    // Only the part before the first table ([[sources]]) holds the step's own fields.
    const head = text.split(/^\[/m)[0];
    const step = {
      file,
      number: i + 1,
      slug: stringField(head, 'slug'),
      title: stringField(head, 'title'),
      vote: stringField(head, 'vote'),
      highlight: arrayField(head, 'highlight'),
      focus: arrayField(head, 'focus'),
      compare: arrayField(head, 'compare'),
      figure: stringField(head, 'figure'),
    };
    if (!step.slug || !step.title) throw new Error(`${DIR}/${file}: no slug or title found`);
    return step;
  });
}

/** Every step, in order: { file, number, slug, title, vote?, highlight[], focus[], compare[], figure? }. */
export const steps = readSteps();

/** The query that opens `step` with its map on the stage: a step with a
 * figure of its own shows the figure until the reader picks the step's
 * vote ("Show the map instead"). */
export function mapQuery(step) {
  return `?step=${step.slug}` + (step.figure ? `&vote=${step.vote ?? '3c-2019'}` : '');
}

/** The site title that follows the step title in document.title. */
export const SITE_TITLE = 'Countering cybercrime, or controlling the Internet?';
