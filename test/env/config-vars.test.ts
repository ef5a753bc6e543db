import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { knobsFrom, MAX_ENV_STRING_BYTES, parseConfigVars, readEnvDir } from '../../src/env/config-vars.js';
import { tempDir } from '../support/harness.js';
import { thrown } from '../support/thrown.js';
import { determineStack } from '../../src/env/stack.js';

describe('parseConfigVars', () => {
  it('strips trailing newlines, skips hidden files, denies dangerous names, warns on bad names', () => {
    const { vars, problems } = parseConfigVars([
      { name: 'NPM_TOKEN', content: 'abc\n' },
      { name: 'MULTI', content: 'a\nb\n\n' },
      { name: '.hidden', content: 'x' },
      { name: 'PATH', content: '/evil' },
      { name: 'LD_PRELOAD', content: '/evil.so' },
      { name: 'BUILD_DIR', content: '/x' },
      { name: 'not-valid', content: 'x' },
      { name: '1ABC', content: 'x' },
      { name: 'EMPTY', content: '' },
    ]);
    expect(vars).toEqual({ NPM_TOKEN: 'abc', MULTI: 'a\nb', EMPTY: '' });
    expect(problems.map((p) => p.id).sort()).toEqual([
      'engine/config-var-denied', 'engine/config-var-denied', 'engine/config-var-denied',
      'engine/config-var-name', 'engine/config-var-name',
    ]);
  });
});

describe('knobs', () => {
  it('config vars win over the platform environment', () => {
    const k = knobsFrom({ NODE_BINARY_URL: 'a' }, { NODE_BINARY_URL: 'b', NPM_CONFIG_REGISTRY: 'r' });
    expect(k.get('NODE_BINARY_URL')).toBe('a');
    expect(k.get('NPM_CONFIG_REGISTRY')).toBe('r');
    expect(k.sourceOf('NPM_CONFIG_REGISTRY')).toBe('build environment');
    expect(k.flag('X')).toBe(false);
    expect(knobsFrom({ X: 'TRUE' }, {}).flag('X')).toBe(false);
    expect(knobsFrom({ X: 'true' }, {}).flag('X')).toBe(true);
  });
});

describe('determineStack', () => {
  it('defaults to scalingo-26, warns on scalingo-22, rejects unknown', () => {
    expect(determineStack(undefined).stack.value).toBe('scalingo-26');
    expect(determineStack('scalingo-24').problems).toEqual([]);
    expect(determineStack('scalingo-22').problems.map((p) => p.id)).toEqual(['engine/deprecated-stack']);
    expect(() => determineStack('heroku-24')).toThrowError(expect.objectContaining({ id: 'engine/unsupported-stack' }));
  });
});

describe('config vars the kernel or the log cannot take', () => {
  it('a NUL byte is an error naming the variable, not its value', () => {
    const e = thrown(() => parseConfigVars([{ name: 'BLOB', content: 'secret-part\0rest' }]));
    expect(e.id).toBe('engine/config-var-nul');
    expect(e.title).toBe('Config var BLOB contains a NUL byte');
    expect(`${e.title}${e.body}`).not.toContain('secret-part');
    expect(e.body).not.toContain('package.json');
  });

  it('NAME=value over the 128 KiB an environment string may take is E2BIG: named up front', () => {
    const fits = 'x'.repeat(MAX_ENV_STRING_BYTES - 'OK'.length - 2);
    expect(parseConfigVars([{ name: 'OK', content: fits }]).vars.OK).toBe(fits);
    const e = thrown(() => parseConfigVars([{ name: 'OK', content: `${fits}y` }]));
    expect(e.id).toBe('engine/config-var-too-large');
    expect(e.title).toContain('OK');
    expect(e.body).toContain('E2BIG');
  });
});

describe('readEnvDir', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
  });
  async function envDir(): Promise<string> {
    const d = await tempDir('envdir');
    dirs.push(d);
    return d;
  }
  async function rejection(p: Promise<unknown>) {
    try {
      await p;
    } catch (e) {
      return e as { id: string; title: string; body: string };
    }
    throw new Error('expected a rejection');
  }

  it('reads regular files, ignores directories and hidden files', async () => {
    const d = await envDir();
    await fs.writeFile(path.join(d, 'A'), 'one\n');
    await fs.mkdir(path.join(d, 'SUB'));
    await fs.writeFile(path.join(d, '.hidden'), 'x');
    expect(await readEnvDir(d)).toEqual({ entries: [{ name: 'A', content: 'one\n' }], problems: [] });
    expect(await readEnvDir(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('an ENV_DIR that does not exist: no config var, and a warning saying so', async () => {
    const missing = path.join(await envDir(), 'missing');
    const r = await readEnvDir(missing);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([{ id: 'engine/env-dir-missing', message: expect.stringContaining(`ENV_DIR ${missing} does not exist: the build runs without any config var.`) }]);
  });

  it('a var file linking to /etc/passwd is refused by name, never read', async () => {
    const d = await envDir();
    await fs.symlink('/etc/passwd', path.join(d, 'DATABASE_URL'));
    const e = await rejection(readEnvDir(d));
    expect(e.id).toBe('engine/config-var-unreadable');
    expect(e.title).toContain('DATABASE_URL');
    expect(`${e.title}${e.body}`).not.toContain('root:x');
  });

  it('a FIFO is refused at once', async () => {
    const d = await envDir();
    execFileSync('mkfifo', [path.join(d, 'PIPE')]);
    expect((await rejection(readEnvDir(d))).title).toBe('Config var PIPE could not be read');
  });

  it('a file over the kernel limit is refused without being read; ENV_DIR a file is said', async () => {
    const d = await envDir();
    await fs.writeFile(path.join(d, 'HUGE'), 'x'.repeat(300 * 1024));
    expect((await rejection(readEnvDir(d))).id).toBe('engine/config-var-too-large');
    const file = path.join(d, 'HUGE');
    const e = await rejection(readEnvDir(file));
    expect(e.id).toBe('engine/env-dir-invalid');
    expect(e.body).toContain('a regular file');
  });
});
