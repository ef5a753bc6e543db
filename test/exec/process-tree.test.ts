import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { descendantsOf, parentPidOf, runningBelow } from '../../src/exec/process-tree.js';

describe('parentPidOf', () => {
  it.each([
    ['1234 (node) S 1200 1234 1200 0 -1', 1200],
    ['77 (sh -c (x) y) R 5 77 5 0', 5], // a command name with spaces and parentheses
    ['1 (init) S 0 1 1', 0],
    ['garbage', undefined],
    ['9 (x) S abc', undefined],
  ])('%j → %j', (stat, ppid) => {
    expect(parentPidOf(stat)).toBe(ppid);
  });
});

describe('descendantsOf', () => {
  const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 11], [20, 1], [21, 20], [14, 13]]);
  it('every level below the roots, parents first; other trees left alone', () => {
    expect(descendantsOf(parents, [10])).toEqual([11, 12, 13, 14]);
    expect(descendantsOf(parents, [20, 12])).toEqual([21]);
    expect(descendantsOf(parents, [99])).toEqual([]);
  });
  it('a cycle (pids reused while reading /proc) ends', () => {
    expect(descendantsOf(new Map([[2, 3], [3, 2]]), [2])).toEqual([3]);
  });
});

describe('runningBelow', () => {
  it('finds a grandchild in /proc', async () => {
    const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const sleepPid = Number(await new Promise<string>((ok) => sh.stdout!.once('data', (d: Buffer) => ok(d.toString()))));
    try {
      expect(runningBelow([sh.pid!])).toEqual([sleepPid]);
      expect(runningBelow([process.pid])).toEqual(expect.arrayContaining([sh.pid, sleepPid]));
    } finally {
      process.kill(sleepPid, 'SIGKILL');
      sh.kill('SIGKILL');
    }
  });
});
