/**
 * `.profile.d/php.sh` sourced for real (dash and bash, plain and `set -eu`), and the
 * Composer wrapper it puts on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER_WRAPPER_PATH, PHP_PROFILE_PATH, renderComposerWrapper, renderPhpProfile } from '../../src/php/boot.js';
import { parseSetNames } from '../nodejs/profile-harness.js';

const hasDash = spawnSync('sh', ['-c', 'command -v dash'], { stdio: 'ignore' }).status === 0;
const SHELLS = hasDash ? ['dash', 'bash'] : ['sh', 'bash'];
if (!hasDash) console.warn('php-profile.test: dash not found, sourcing with sh');

const MODES = [
  { label: 'plain', prelude: '' },
  { label: 'set -eu', prelude: 'set -eu' },
] as const;

const PHP_INI = 'extension_dir = "@APP_DIR@/.scalingo/php/lib/php/extensions"\nsession.save_path = "@RUN_DIR@/sessions"\n; @PORT@ stays\n';
const ENV_MARKER = '----- exported env -----';

let root: string;
let counter = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'php-profile-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh app dir (its name may hold sed specials) with the profile and, by default, php.ini. */
async function makeApp(name: string, opts: { phpIni?: boolean } = {}): Promise<string> {
  const app = join(root, String(counter++), name);
  await mkdir(join(app, '.scalingo/php-app/conf.d'), { recursive: true });
  await mkdir(join(app, '.profile.d'), { recursive: true });
  await writeFile(join(app, PHP_PROFILE_PATH), renderPhpProfile());
  if (opts.phpIni !== false) await writeFile(join(app, '.scalingo/php-app/php.ini'), PHP_INI);
  return app;
}

async function source(shell: string, app: string, opts: { prelude?: string; epilogue?: string; env?: Record<string, string> } = {}) {
  const code = [opts.prelude ?? '', `. "${join(app, PHP_PROFILE_PATH)}"`, opts.epilogue ?? '', `printf '%s\\n' '${ENV_MARKER}'`, 'env'].join('\n');
  const r = await execa(shell, ['-c', code], {
    env: { HOME: app, PATH: '/usr/bin:/bin', ...opts.env },
    extendEnv: false,
    stdin: 'ignore',
    reject: false,
    stripFinalNewline: false,
  });
  const stdout = String(r.stdout);
  const at = stdout.indexOf(ENV_MARKER);
  const exported: Record<string, string> = {};
  for (const line of (at === -1 ? '' : stdout.slice(at + ENV_MARKER.length + 1)).split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) exported[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { stdout: at === -1 ? stdout : stdout.slice(0, at), stderr: String(r.stderr), exitCode: r.exitCode, exported };
}

describe.each(SHELLS)('php.sh sourced in %s', (shell) => {
  describe.each(MODES)('$label', ({ prelude }) => {
    it.each(['app', 'my app & co|x\\y'])('sets PATH, PHP_INI_SCAN_DIR and a rendered PHPRC (app dir %j)', async (name) => {
      const app = await makeApp(name);
      const r = await source(shell, app, { prelude });
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('');
      expect(r.exported['PATH']).toBe(
        `${app}/.scalingo/php-app/bin:${app}/.scalingo/php/bin:${app}/.scalingo/php/sbin:${app}/.scalingo/nginx/sbin:${app}/.scalingo/composer/bin:${app}/vendor/bin:/usr/bin:/bin`,
      );
      expect(r.exported['PHP_INI_SCAN_DIR']).toBe(`${app}/.scalingo/php-app/conf.d`);
      const run = `${app}/.scalingo/php-app/run`;
      expect(r.exported['PHPRC']).toBe(`${run}/php-cli.ini`);
      expect(await readFile(`${run}/php-cli.ini`, 'utf8')).toBe(
        `extension_dir = "${app}/.scalingo/php/lib/php/extensions"\nsession.save_path = "${run}/sessions"\n; @PORT@ stays\n`,
      );
      // No temp file left behind.
      expect(await readdir(run)).toEqual(['php-cli.ini']);
    });
  });

  it('sourcing again re-renders (e.g. after a new php.ini)', async () => {
    const app = await makeApp('app');
    await source(shell, app);
    await writeFile(join(app, '.scalingo/php-app/php.ini'), 'memory_limit = 256M ; @APP_DIR@\n');
    const r = await source(shell, app);
    expect(await readFile(r.exported['PHPRC'] ?? '', 'utf8')).toBe(`memory_limit = 256M ; ${app}\n`);
  });

  it('without php.ini: a warning, no PHPRC, the shell goes on', async () => {
    const app = await makeApp('app', { phpIni: false });
    const r = await source(shell, app, { prelude: 'set -eu', epilogue: 'echo still-here' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('still-here\n');
    expect(r.stderr).toBe(`php.sh: no php.ini in ${app}/.scalingo/php-app: PHP runs without the app's configuration\n`);
    expect(r.exported['PHPRC']).toBeUndefined();
    expect(r.exported['PHP_INI_SCAN_DIR']).toBe(`${app}/.scalingo/php-app/conf.d`);
  });

  it('when the run dir cannot be written: a warning, no PHPRC, the shell goes on', async () => {
    const app = await makeApp('app');
    await writeFile(join(app, '.scalingo/php-app/run'), 'not a directory');
    const r = await source(shell, app, { prelude: 'set -eu', epilogue: 'echo still-here' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('still-here\n');
    expect(r.stderr).toContain("php.sh: cannot write");
    expect(r.exported['PHPRC']).toBeUndefined();
  });

  it('leaks no helper variables or functions', async () => {
    const app = await makeApp('a&b');
    const before = join(app, 'set-before');
    const after = join(app, 'set-after');
    const helpers = [...new Set(renderPhpProfile().match(/__php_[A-Za-z0-9_]+/g) ?? [])];
    expect(helpers.length).toBeGreaterThan(4);
    const r = await source(shell, app, {
      prelude: `set -u; set >"${before}"`,
      epilogue: [
        `set >"${after}"`,
        `for __n in ${helpers.join(' ')}; do`,
        `  if eval "[ -n \\"\\\${$__n+x}\\" ]" || command -v "$__n" >/dev/null 2>&1; then echo "LEAK $__n"; fi`,
        'done',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('LEAK');
    const beforeNames = parseSetNames(await readFile(before, 'utf8'));
    const afterNames = parseSetNames(await readFile(after, 'utf8'));
    const added = [...afterNames].filter((n) => !beforeNames.has(n) && n !== '_').sort();
    expect(added).toEqual(['PHPRC', 'PHP_INI_SCAN_DIR']);
  });
});

describe('rendered profile', () => {
  it('never exits the sourcing shell', () => {
    expect(renderPhpProfile()).not.toMatch(/\bexit\b/);
  });

  it('php.sh', () => {
    expect(renderPhpProfile()).toMatchSnapshot();
  });

  it('composer wrapper', () => {
    expect(renderComposerWrapper()).toMatchSnapshot();
  });
});

describe.each(SHELLS)('composer wrapper in %s', (shell) => {
  it('`composer` on PATH runs the Composer script with the app’s php', async () => {
    const app = await makeApp('my app');
    const wrapper = join(app, COMPOSER_WRAPPER_PATH);
    await mkdir(join(wrapper, '..'), { recursive: true });
    await writeFile(wrapper, renderComposerWrapper());
    await chmod(wrapper, 0o755);
    // A stand-in php that prints how it was called; Composer's script is never executable here.
    await mkdir(join(app, '.scalingo/php/bin'), { recursive: true });
    await writeFile(join(app, '.scalingo/php/bin/php'), '#!/bin/sh\nprintf "php:%s\\n" "$@"\n');
    await chmod(join(app, '.scalingo/php/bin/php'), 0o755);
    await mkdir(join(app, '.scalingo/composer/bin'), { recursive: true });
    await writeFile(join(app, '.scalingo/composer/bin/composer'), '#!/usr/bin/php\n<?php // Composer\n');

    const r = await source(shell, app, { epilogue: 'command -v composer; cd /; composer install --no-dev "two words"' });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(wrapper);
    expect(lines.slice(1)).toEqual([
      `php:${app}/.scalingo/php-app/bin/../../../.scalingo/composer/bin/composer`,
      'php:install',
      'php:--no-dev',
      'php:two words',
    ]);
  });
});
