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

/** The 2024 Convention's signatures (not a vote) as { iso3, status, vote },
 * `vote` being the slot the map draws the status in; only the first three
 * columns are read (later ones are quoted). */
export function signatureSlots() {
  const SLOT = { signed: 'yes', 'not-signed': 'no', unknown: 'absent' };
  return readFileSync('data/signatures/2025-convention.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((line) => {
    const [iso3, , status] = line.split(',');
    return { iso3, status, vote: SLOT[status] };
  });
}
