import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/exec/run.js';
import { BuildLog } from '../../src/log/build-log.js';

const log = new BuildLog({ out: () => undefined, err: () => undefined });
const run = (argv: string[]) => runCommand(argv, { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '' }, log, quiet: true });

describe('runCommand: how the command ended', () => {
  it.each<[string, string[], object, boolean]>([
    ['exit 0', ['sh', '-c', 'echo hi'], { code: 0 }, true],
    ['exit 3', ['sh', '-c', 'echo boom >&2; exit 3'], { code: 3 }, false],
    ['a signal', ['sh', '-c', 'kill -KILL $$'], { signal: 'SIGKILL' }, false],
    ['not on PATH', ['engine-test-no-such-command'], { notStarted: 'spawn engine-test-no-such-command ENOENT' }, false],
  ])('%s', async (_name, argv, exit, ok) => {
    const r = await run(argv);
    expect([r.exit, r.ok]).toEqual([exit, ok]);
  });

  it('keeps the tail of the output, indented; none when there was none', async () => {
    expect((await run(['sh', '-c', 'echo one; echo two >&2; exit 1'])).tail).toBe('  one\n  two');
    expect((await run(['sh', '-c', 'exit 1'])).tail).toBe('');
  });

  it('a tail that would start at blank lines starts at the first line with text (no empty first line in the error)', async () => {
    const r = await run(['sh', '-c', 'echo first; echo; echo "   "; i=0; while [ $i -lt 18 ]; do echo y$i; i=$((i+1)); done; exit 1']);
    expect(r.tail.split('\n')).toEqual(Array.from({ length: 18 }, (_, i) => `  y${i}`));
  });
});
