// The CPU-time bench's arithmetic on a made-up trace: which tasks a window
// counts, and an interaction's figure in frame floors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floorRatios, tasksAndMarkers, windowCpuMs } from '../../bench/cpu-time.mjs';

const task = (ts, dur, tdur, tid = 1) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 1, tid, ts, dur, tdur });
const marker = (ts, text) => ({ name: 'TimeStamp', pid: 1, tid: 1, ts, args: { data: { message: `cpu-time:${text}` } } });

test('a window counts the top-level tasks between the tasks holding its markers, on the markers\' thread', () => {
  const events = [
    task(0, 10, 9000), marker(5, 'start 0'), // holds the start marker: not counted
    task(20, 10, 4000),
    task(22, 2, 1500), // nested in the task before: not counted twice
    task(40, 10, 2500),
    task(45, 5, 7000, 2), // another thread: not counted
    task(60, 10, 8000), marker(65, 'end 0'), // holds the end marker: not counted
  ];
  const { tasks, markers } = tasksAndMarkers(events);
  const at = (t) => markers.find((m) => m.text === t).ts;
  assert.equal(windowCpuMs(tasks, at('start 0'), at('end 0')), 6.5);
});

test('an interaction\'s figure is its median over the frame floor\'s median', () => {
  const samples = (...ms) => ms.map((x) => ({ ms: x }));
  const ratios = floorRatios({
    floor: samples(1, 2, 9, 2), // median 2
    byKind: { 'vote switch': samples(8, 12, 10), 'map hover': samples(3, 100, 4, 5) },
  });
  assert.deepEqual(ratios, { 'vote switch': 5, 'map hover': 2.25 });
});
