/**
 * A command's output reaches the log line by line (common.md §2), however the pipe cut
 * it: each line indented once, a line split over chunks kept whole.
 */
import { describe, expect, it } from 'vitest';
import { BuildLog } from '../../src/log/build-log.js';
import { runCommand } from '../../src/exec/run.js';

function logOf(): { log: BuildLog; text: () => string } {
  let text = '';
  const log = new BuildLog({ out: (t) => (text += t), err: (t) => (text += t) });
  return { log, text: () => text };
}

/** Feeds `chunks` to one output stream and ends it. */
function shown(chunks: readonly string[]): string {
  const { log, text } = logOf();
  const lines = log.outputLines();
  for (const c of chunks) lines.write(c);
  lines.end();
  return text();
}

const I = '       ';

describe('BuildLog.outputLines', () => {
  it.each<[string, string[], string]>([
    ['whole lines in one chunk', ['a\nb\n'], `${I}a\n${I}b\n`],
    ['a line cut after its first word (npm WARN deprecated)', ['npm ', 'WARN deprecated x\n'], `${I}npm WARN deprecated x\n`],
    ['a line cut in the middle of a word', ['sh: 1: svel', 'te-kit: not found\n'], `${I}sh: 1: svelte-kit: not found\n`],
    ['a chunk ending right after a newline', ['one\n', 'two\n'], `${I}one\n${I}two\n`],
    ['a chunk that is only the newline', ['one', '\n', 'two', '\n'], `${I}one\n${I}two\n`],
    ['one character per chunk', [...'ab\ncd\n'], `${I}ab\n${I}cd\n`],
    ['empty chunks in between', ['', 'a', '', '\n', ''], `${I}a\n`],
    ['empty lines stay empty (no trailing spaces)', ['a\n\n', '\nb\n'], `${I}a\n\n\n${I}b\n`],
    ['an unterminated last line is written at the end', ['done', ' (no newline)'], `${I}done (no newline)\n`],
    ['several lines and an open one in one chunk', ['a\nb\nc', 'd\n'], `${I}a\n${I}b\n${I}cd\n`],
    ['nothing at all', [], ''],
  ])('%s', (_name, chunks, expected) => {
    expect(shown(chunks)).toBe(expected);
  });

  it('writes whole lines as they complete, holding only the open one', () => {
    const { log, text } = logOf();
    const lines = log.outputLines();
    lines.write('first\nsec');
    expect(text()).toBe(`${I}first\n`);
    lines.write('ond\n');
    expect(text()).toBe(`${I}first\n${I}second\n`);
  });

  it('two streams keep their own open line', () => {
    const { log, text } = logOf();
    const out = log.outputLines();
    const err = log.outputLines();
    out.write('npm ');
    err.write('warning: x\n');
    out.write('WARN y\n');
    out.end();
    err.end();
    expect(text()).toBe(`${I}warning: x\n${I}npm WARN y\n`);
  });

  it('a line without end (a progress bar) is shown in pieces, not held without bound', () => {
    const { log, text } = logOf();
    const lines = log.outputLines();
    for (let i = 0; i < 100; i++) lines.write('.'.repeat(1024));
    expect(text().length).toBeGreaterThan(64 * 1024);
    lines.end();
    expect(text().replace(/[ \n]/g, '').length).toBe(100 * 1024);
  });
});

describe('runCommand shows output by line', () => {
  it('a line the command writes in pieces is indented once; stdout and stderr lines stay whole', async () => {
    const { log, text } = logOf();
    const script = "printf 'npm '; sleep 0.05; printf 'WARN deprecated x\\n'; printf 'sh: 1: ' >&2; sleep 0.05; printf 'svelte-kit: not found\\n' >&2; printf 'last'";
    const r = await runCommand(['sh', '-c', script], { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '' }, log });
    expect(r.ok).toBe(true);
    expect(text()).toBe(`${I}$ sh -c ${script}\n${I}npm WARN deprecated x\n${I}sh: 1: svelte-kit: not found\n${I}last\n`);
  });
});

describe('lines left out of the log', () => {
  it('a line matching the pattern is not shown, however the pipe cut it, and is counted; the rest is shown as usual', () => {
    const { log, text } = logOf();
    let hidden = 0;
    const lines = log.outputLines({ pattern: /^Deprecation Notice: /, onHidden: () => void hidden++ });
    for (const c of ['Installing\nDeprecation No', 'tice: x in phar://c\nDone\nDeprecation Notice: y']) lines.write(c);
    lines.end();
    expect(text()).toBe(`${I}Installing\n${I}Done\n`);
    expect(hidden).toBe(2);
  });

  it('runCommand says how many it left out; its output (for the error) keeps them', async () => {
    const { log, text } = logOf();
    const r = await runCommand(['sh', '-c', 'echo "Deprecation Notice: a"; echo kept; echo "Deprecation Notice: b" >&2'], {
      cwd: process.cwd(), env: { PATH: process.env.PATH ?? '' }, log, hideLines: { pattern: /^Deprecation Notice: /, what: 'notices' },
    });
    expect(text()).toBe(`${I}$ sh -c echo "Deprecation Notice: a"; echo kept; echo "Deprecation Notice: b" >&2\n${I}kept\n${I}(2 notices not shown)\n`);
    expect(r.output).toContain('Deprecation Notice: b');
  });
});

describe('a hidden line\'s opening blank line', () => {
  it('goes with it (PHP opens each displayed notice with one); other blank lines stay', () => {
    const { log, text } = logOf();
    let hidden = 0;
    const lines = log.outputLines({ pattern: /^Deprecated: /, onHidden: () => void hidden++ });
    lines.write('a\n\nDeprecated: x\n\nb\n');
    lines.end();
    expect(text()).toBe(`${I}a\n\n${I}b\n`);
    expect(hidden).toBe(1);
  });
});
