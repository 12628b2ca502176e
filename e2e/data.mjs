// Reads the project's data files directly, so the tests compare what the page
// shows with the source of truth rather than with the app's own output.
import { readFileSync } from 'node:fs';

function rows(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => {
    // The vote files have no quoted fields; members.csv quotes only its last column.
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
  });
}

export const members = rows('data/members.csv');

export function votes(id) {
  // The signature record is not a vote: its rows carry the slot its map
  // draws each status in (see signatureSlots).
  if (id === 'signatures') return signatureSlots();
  return rows(`data/votes/${id}.csv`);
}

export function tally(id) {
  const t = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const r of votes(id)) t[r.vote] += 1;
  return t;
}

export const VOTE_IDS = ['3c-2019', 'ga-74-247', '3c-2018', 'ga-73-187', 'ga-73-27', 'ga-73-266', 'ga-74-28', 'ga-74-29', 'ga-75-32', 'ga-75-240'];

/** CSV rows with quoted fields (the signature file quotes commas). */
export function csvRows(text) {
  return text.trim().split(/\r?\n/).map((line) => {
    const out = [''];
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') { out[out.length - 1] += '"'; i += 1; }
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) out.push('');
      else out[out.length - 1] += c;
    }
    return out;
  });
}

/** The slot the map draws each status in. */
export const SIGNATURE_SLOT = { signed: 'yes', 'not-signed': 'no', 'no-record': 'abstain', unknown: 'absent' };

/** The 2024 Convention's signatures (not a vote), one object per row with
 * the file's columns, `shown` (a `not-signed` row resting only on a name
 * missing from a list seen in part, evidence inferred-official*, is shown as
 * `no-record`) and `vote`, the slot the map draws it in. */
export function signatureSlots() {
  const [header, ...cells] = csvRows(readFileSync('data/signatures/2025-convention.csv', 'utf8'));
  return cells.map((row) => {
    const r = Object.fromEntries(header.map((k, i) => [k, row[i]]));
    const shown = r.status === 'not-signed' && r.evidence.startsWith('inferred-official') ? 'no-record' : r.status;
    return { ...r, shown, vote: SIGNATURE_SLOT[shown] };
  });
}

/** The date the signature record as a whole is true as of, as the data
 * spells it: the latest date its rows were checked to ("2026-07"). */
export function signatureRecordDate() {
  const dates = signatureSlots().map((r) => (r.status === 'signed' ? r.date : r.as_of)).filter(Boolean);
  const latest = dates.reduce((a, b) => (b.replace('>=', '') > a.replace('>=', '') ? b : a));
  return latest.replace('>=', '').split('/')[0];
}

/** A table of content/<code>/labels.toml (`[timeline]`, `[treaty]`,
 * `[evidence]`, `[places]`…): English -> the language's words. */
export function labelTable(code, table) {
  const text = readFileSync(`content/${code}/labels.toml`, 'utf8');
  const body = text.split(/^\[/m).find((part) => part.startsWith(`${table}]`)) ?? '';
  const quoted = '"(?:[^"\\\\]|\\\\.)*"';
  return new Map([...body.matchAll(new RegExp(`^(${quoted}) = (${quoted})$`, 'gm'))].map((m) => [JSON.parse(m[1]), JSON.parse(m[2])]));
}
