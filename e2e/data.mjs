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
  return rows(`data/votes/${id}.csv`);
}

export function tally(id) {
  const t = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const r of votes(id)) t[r.vote] += 1;
  return t;
}

export const VOTE_IDS = ['3c-2019', 'ga-74-247', '3c-2018', 'ga-73-187', 'ga-73-27', 'ga-73-266', 'ga-74-28', 'ga-74-29', 'ga-75-32', 'ga-75-240'];
