import { describe, expect, it } from 'vitest';
import { commandFailedError, commandOutcome, exitSummary, type CommandExit } from '../../src/errors/command-failed.js';
import { nodeErrors } from '../../src/nodejs/errors.js';
import { phpErrors } from '../../src/php/errors.js';

describe('one wording for how a command ended', () => {
  it.each<[CommandExit, string, string]>([
    [{ code: 3 }, 'exit code 3', '`make` exited with code 3.'],
    [{ code: 0 }, 'exit code 0', '`make` exited with code 0.'],
    [{ signal: 'SIGKILL' }, 'killed by signal SIGKILL', '`make` was killed by signal SIGKILL.'],
    [{ notStarted: 'spawn make ENOENT' }, 'could not start', '`make` could not start: spawn make ENOENT.'],
  ])('%j: %s', (exit, summary, outcome) => {
    expect(exitSummary(exit)).toBe(summary);
    expect(commandOutcome('make', exit, '')).toBe(outcome);
    expect(commandOutcome('make', exit, '  boom')).toBe(`${outcome}\nLast lines of its output:\n  boom`);
  });

  it('the error: title with the exit, then the command, its exit, its tail, and the hints given', () => {
    const e = commandFailedError('x/y', { what: 'The thing', command: 'make', exit: { signal: 'SIGTERM' }, tail: '  out', hint: [undefined, 'Fix it.'] });
    expect([e.id, e.title, e.body]).toEqual(['x/y', 'The thing failed (killed by signal SIGTERM)', '`make` was killed by signal SIGTERM.\nLast lines of its output:\n  out\nFix it.']);
  });

  // The two executors' failures read the same way: only the id, what failed and the fix differ.
  it.each<[string, (exit: CommandExit) => { id: string; title: string; body: string }, string, string]>([
    ['nodejs/script-failed', (exit) => nodeErrors.scriptFailed('build', 'npm run build', exit, '  boom'), 'The build script', 'npm run build'],
    ['php/compile-command-failed', (exit) => phpErrors.compileCommandFailed('exit 3', 'compile command extra.paas.compile[0]', exit, '  boom'),
      'The compile command extra.paas.compile[0]', 'exit 3'],
    ['php/compile-command-failed', (exit) => phpErrors.compileCommandFailed('php bin/console cache:warmup', 'Symfony cache warmup (framework symfony)', exit, '  boom'),
      'The Symfony cache warmup (framework symfony)', 'php bin/console cache:warmup'],
  ])('%s: %s', (id, make, what, command) => {
    for (const exit of [{ code: 3 }, { signal: 'SIGKILL' }, { notStarted: 'spawn sh ENOENT' }] as const) {
      const e = make(exit);
      expect(e.id).toBe(id);
      expect(e.title).toBe(`${what} failed (${exitSummary(exit)})`);
      expect(e.body.startsWith(`${commandOutcome(command, exit, '  boom')}\n`)).toBe(true);
    }
  });
});
