import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNodeProfile, renderPnpProfile, renderWebConcurrencyProfile } from '../../src/nodejs/profile.js';
import { type FakeCgroup, ProfileSandbox, parseSetNames } from './profile-harness.js';

/**
 * The platform may source the scripts with bash or a POSIX sh, so every case
 * runs in bash and, when it is installed, in dash (the strictest common sh).
 * If dash is absent the dash cases are not generated at all rather than
 * passing vacuously; the printed note says so.
 */
const hasDash = spawnSync('sh', ['-c', 'command -v dash'], { stdio: 'ignore' }).status === 0;
const SHELLS = hasDash ? ['bash', 'dash'] : ['bash'];
if (!hasDash) console.warn('profile.test: dash not found, running the sourcing tests with bash only');

const GiB = 1024 ** 3;

let sandbox: ProfileSandbox;
beforeAll(async () => {
  sandbox = await ProfileSandbox.create();
});
afterAll(async () => {
  await sandbox.remove();
});

interface ConcurrencyCase {
  readonly name: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly cgroup?: FakeCgroup;
  readonly concurrency: string;
  readonly memory: string;
  /** Expected stderr; without it stderr must be empty. */
  readonly stderr?: RegExp;
}

const CASES: readonly ConcurrencyCase[] = [
  // MEMORY_AVAILABLE
  { name: 'explicit MEMORY_AVAILABLE', env: { MEMORY_AVAILABLE: '1024' }, concurrency: '2', memory: '1024' },
  {
    name: 'MEMORY_AVAILABLE wins over CONTAINER_SIZE and cgroups',
    env: { MEMORY_AVAILABLE: '2048', CONTAINER_SIZE: 'S' },
    cgroup: { v2: `${GiB}\n`, v1: `${GiB}\n` },
    concurrency: '4',
    memory: '2048',
  },
  {
    name: 'non-numeric MEMORY_AVAILABLE is skipped with a message',
    env: { MEMORY_AVAILABLE: '1g', CONTAINER_SIZE: 'L' },
    concurrency: '2',
    memory: '1024',
    stderr: /ignoring MEMORY_AVAILABLE='1g'/,
  },
  {
    name: 'MEMORY_AVAILABLE=0 is skipped with a message',
    env: { MEMORY_AVAILABLE: '0' },
    cgroup: { v2: `${2 * GiB}\n` },
    concurrency: '4',
    memory: '2048',
    stderr: /ignoring MEMORY_AVAILABLE='0'/,
  },
  {
    name: 'leading zeros are decimal, not octal',
    env: { MEMORY_AVAILABLE: '01024', WEB_MEMORY: '0256' },
    concurrency: '4',
    memory: '1024',
  },
  {
    name: 'WEB_MEMORY=08 is 8, not an octal syntax error',
    env: { MEMORY_AVAILABLE: '1024', WEB_MEMORY: '08' },
    concurrency: '128',
    memory: '1024',
  },
  {
    name: 'MEMORY_AVAILABLE longer than a shell integer is capped, not overflowed, and falls back to 1 (absurd)',
    env: { MEMORY_AVAILABLE: '99999999999999999999999999' },
    concurrency: '1',
    memory: '129024',
    stderr: /MEMORY_AVAILABLE is more than 129024 MB.*using WEB_CONCURRENCY=1/,
  },
  {
    // The peer's case: 10 GB given in bytes. Capping it would give 129024 / 2048 = 63 processes.
    name: '10 GB in bytes as MEMORY_AVAILABLE falls back to 1 with a message, like the upstream buildpack',
    env: { MEMORY_AVAILABLE: '10737418240' },
    concurrency: '1',
    memory: '129024',
    stderr: /is it in bytes\? it must be in MB/,
  },

  // CONTAINER_SIZE
  {
    // Less than one process: clamped to 1 silently (small containers are normal).
    name: 'CONTAINER_SIZE=S (256 MB, less than one process)',
    env: { CONTAINER_SIZE: 'S' },
    concurrency: '1',
    memory: '256',
  },
  { name: 'CONTAINER_SIZE=M', env: { CONTAINER_SIZE: 'M' }, concurrency: '1', memory: '512' },
  { name: 'CONTAINER_SIZE=L', env: { CONTAINER_SIZE: 'L' }, concurrency: '2', memory: '1024' },
  { name: 'CONTAINER_SIZE=XL', env: { CONTAINER_SIZE: 'XL' }, concurrency: '4', memory: '2048' },
  { name: 'CONTAINER_SIZE=2XL', env: { CONTAINER_SIZE: '2XL' }, concurrency: '8', memory: '4096' },
  { name: 'CONTAINER_SIZE=3XL', env: { CONTAINER_SIZE: '3XL' }, concurrency: '16', memory: '8192' },
  {
    name: 'CONTAINER_SIZE wins over cgroups',
    env: { CONTAINER_SIZE: 'XL' },
    cgroup: { v2: `${GiB}\n` },
    concurrency: '4',
    memory: '2048',
  },
  {
    name: 'unknown CONTAINER_SIZE goes on to cgroups, with a message',
    env: { CONTAINER_SIZE: '4XL' },
    cgroup: { v2: `${GiB}\n` },
    concurrency: '2',
    memory: '1024',
    stderr: /ignoring CONTAINER_SIZE='4XL': unknown size, expected one of S, M, L, XL, 2XL, 3XL/,
  },
  {
    name: 'unknown CONTAINER_SIZE and nothing else: default',
    env: { CONTAINER_SIZE: 'xl' },
    concurrency: '1',
    memory: '512',
    stderr: /ignoring CONTAINER_SIZE='xl'/,
  },

  // cgroups
  { name: 'cgroup v2 limit', cgroup: { v2: `${GiB}\n` }, concurrency: '2', memory: '1024' },
  { name: 'cgroup v2 file without final newline', cgroup: { v2: `${GiB}` }, concurrency: '2', memory: '1024' },
  {
    name: 'cgroup v2 wins over v1',
    cgroup: { v2: `${4 * GiB}\n`, v1: `${GiB}\n` },
    concurrency: '8',
    memory: '4096',
  },
  {
    name: 'cgroup v2 "max" falls through to v1',
    cgroup: { v2: 'max\n', v1: `${2 * GiB}\n` },
    concurrency: '4',
    memory: '2048',
  },
  {
    name: 'cgroup v2 garbage is skipped with a message, v1 used',
    cgroup: { v2: 'lots\n', v1: `${2 * GiB}\n` },
    concurrency: '4',
    memory: '2048',
    stderr: /ignoring cgroup v2 memory\.max \(.*memory\.max\): 'lots' is not a number of bytes/,
  },
  { name: 'cgroup v1 limit', cgroup: { v1: `${GiB}\n` }, concurrency: '2', memory: '1024' },
  {
    name: 'cgroup v1 9223372036854771712 is no limit: default',
    cgroup: { v1: '9223372036854771712\n' },
    concurrency: '1',
    memory: '512',
  },
  {
    name: 'cgroup v2 max and v1 no limit: default',
    cgroup: { v2: 'max\n', v1: '9223372036854771712\n' },
    concurrency: '1',
    memory: '512',
  },
  {
    name: 'cgroup limit of exactly 8 TiB is a limit (capped)',
    cgroup: { v2: `${8 * 1024 ** 4}\n` },
    concurrency: '63',
    memory: '129024',
  },
  {
    name: 'cgroup limit above 8 TiB is no limit',
    cgroup: { v2: `${8 * 1024 ** 4 + 1}\n` },
    concurrency: '1',
    memory: '512',
  },
  {
    name: 'cgroup limit under 1 MB is skipped with a message',
    cgroup: { v2: '4096\n' },
    concurrency: '1',
    memory: '512',
    stderr: /ignoring cgroup v2 memory\.max .*: 4096 bytes is less than 1 MB/,
  },
  { name: 'nothing found: 512 MB default', concurrency: '1', memory: '512' },

  // WEB_MEMORY and the result
  {
    name: 'more than 16 GB: WEB_MEMORY defaults to 2048',
    env: { MEMORY_AVAILABLE: '32768' },
    concurrency: '16',
    memory: '32768',
  },
  {
    name: 'exactly 16 GB keeps WEB_MEMORY 512',
    env: { MEMORY_AVAILABLE: '16384' },
    concurrency: '32',
    memory: '16384',
  },
  {
    name: 'MEMORY_AVAILABLE=200000 MB is more than any container: 1, with a message',
    env: { MEMORY_AVAILABLE: '200000' },
    concurrency: '1',
    memory: '129024',
    stderr: /MEMORY_AVAILABLE is more than 129024 MB/,
  },
  {
    name: 'user WEB_CONCURRENCY is kept',
    env: { WEB_CONCURRENCY: '7', MEMORY_AVAILABLE: '1024' },
    concurrency: '7',
    memory: '1024',
  },
  // A user WEB_CONCURRENCY is checked as the PHP boot checks it (shared __wc_count).
  ...['08', '200', '999999999'].map((v) => ({
    name: `user WEB_CONCURRENCY=${v} is kept (as a plain decimal)`,
    env: { WEB_CONCURRENCY: v, CONTAINER_SIZE: 'L' },
    concurrency: String(Number(v)),
    memory: '1024',
  })),
  ...['-3', 'abc', '1e9', '0', '4.5', ' 4', '9999999999', 'lots'].map((v) => ({
    name: `user WEB_CONCURRENCY=${JSON.stringify(v)} is replaced by the computed value, with a message`,
    env: { WEB_CONCURRENCY: v, CONTAINER_SIZE: 'L' },
    concurrency: '2',
    memory: '1024',
    stderr: new RegExp(`^WEB_CONCURRENCY\\.sh: ignoring WEB_CONCURRENCY='${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}': not a number of processes; using WEB_CONCURRENCY=2 computed from the memory\\. Set it to a whole number greater than 0, such as 4, or unset it\n$`),
  })),
  {
    name: 'empty WEB_CONCURRENCY is computed',
    env: { WEB_CONCURRENCY: '', MEMORY_AVAILABLE: '1024' },
    concurrency: '2',
    memory: '1024',
  },
  {
    name: 'user WEB_MEMORY=256 with 1024 MB',
    env: { WEB_MEMORY: '256' },
    cgroup: { v2: `${GiB}\n` },
    concurrency: '4',
    memory: '1024',
  },
  {
    name: 'user WEB_MEMORY wins over the 16 GB default',
    env: { MEMORY_AVAILABLE: '32768', WEB_MEMORY: '1024' },
    concurrency: '32',
    memory: '32768',
  },
  {
    name: 'WEB_MEMORY=abc is ignored with a message',
    env: { MEMORY_AVAILABLE: '1024', WEB_MEMORY: 'abc' },
    concurrency: '2',
    memory: '1024',
    stderr: /ignoring WEB_MEMORY='abc': .*; using 512/,
  },
  {
    name: 'WEB_MEMORY=0 is ignored with a message',
    env: { MEMORY_AVAILABLE: '32768', WEB_MEMORY: '0' },
    concurrency: '16',
    memory: '32768',
    stderr: /ignoring WEB_MEMORY='0': .*; using 2048/,
  },
  {
    name: 'huge WEB_MEMORY gives less than one process',
    env: { MEMORY_AVAILABLE: '1024', WEB_MEMORY: '99999999999999999999999' },
    concurrency: '1',
    memory: '1024',
  },
  {
    name: 'tiny memory: at least 1',
    env: { MEMORY_AVAILABLE: '100' },
    concurrency: '1',
    memory: '100',
  },
  {
    name: 'absurd result falls back to 1 with a message',
    env: { MEMORY_AVAILABLE: '129024', WEB_MEMORY: '1' },
    concurrency: '1',
    memory: '129024',
    stderr: /gives 129024 processes, more than 200 is not plausible; using WEB_CONCURRENCY=1/,
  },
  {
    name: '200 processes is still plausible',
    env: { MEMORY_AVAILABLE: '2000', WEB_MEMORY: '10' },
    concurrency: '200',
    memory: '2000',
  },
];

/** Sourcing modes: a plain shell, and one with the strict options a platform might use. */
const MODES = [
  { label: 'plain', prelude: '' },
  { label: 'set -eu', prelude: 'set -eu' },
] as const;

describe.each(SHELLS)('WEB_CONCURRENCY.sh sourced in %s', (shell) => {
  describe.each(MODES)('$label', ({ prelude }) => {
    it.each(CASES)('$name', async (c) => {
      const r = await sandbox.source(sandbox.webConcurrencyScript, {
        shell,
        prelude,
        env: c.env,
        cgroup: c.cgroup,
      });
      expect(r.exitCode).toBe(0);
      expect(r.exported['WEB_CONCURRENCY']).toBe(c.concurrency);
      expect(r.exported['MEMORY_AVAILABLE']).toBe(c.memory);
      expect(r.stdout).toBe('');
      if (c.stderr === undefined) expect(r.stderr).toBe('');
      else expect(r.stderr).toMatch(c.stderr);
    });
  });

  it('LOG_CONCURRENCY=true prints the computation', async () => {
    const r = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: 'true' },
      cgroup: { v2: `${GiB}\n` },
    });
    expect(r.stdout).toBe(
      'Detected 1024 MB available memory (cgroup v2 memory.max), 512 MB limit per process (WEB_MEMORY)\n' +
        'Recommending WEB_CONCURRENCY=2\n',
    );
    expect(r.stderr).toBe('');
  });

  it('LOG_CONCURRENCY=true names user and default sources', async () => {
    const user = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: 'true', MEMORY_AVAILABLE: '65536', WEB_MEMORY: '4096' },
    });
    expect(user.stdout).toBe(
      'Detected 65536 MB available memory (MEMORY_AVAILABLE), ' +
        '4096 MB limit per process (WEB_MEMORY, set by user)\n' +
        'Recommending WEB_CONCURRENCY=16\n',
    );
    const fallback = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: 'true' },
    });
    expect(fallback.stdout).toBe(
      'Detected 512 MB available memory (default, no memory limit found), 512 MB limit per process (WEB_MEMORY)\n' +
        'Recommending WEB_CONCURRENCY=1\n',
    );
    const large = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: 'true', CONTAINER_SIZE: '3XL', MEMORY_AVAILABLE: '32768' },
    });
    expect(large.stdout).toContain('2048 MB limit per process (WEB_MEMORY, default above 16384 MB)\n');
  });

  it('LOG_CONCURRENCY=true says when the user WEB_CONCURRENCY is kept', async () => {
    const r = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: 'true', WEB_CONCURRENCY: '7', CONTAINER_SIZE: 'L' },
    });
    expect(r.stdout).toBe(
      'Detected 1024 MB available memory (CONTAINER_SIZE=L)\nWEB_CONCURRENCY=7 is set, keeping it\n',
    );
    expect(r.exported['WEB_CONCURRENCY']).toBe('7');
  });

  it('LOG_CONCURRENCY other than "true" prints nothing', async () => {
    const r = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env: { LOG_CONCURRENCY: '1', MEMORY_AVAILABLE: '1024' },
    });
    expect(r.stdout).toBe('');
  });

  it('does not exit the sourcing shell', async () => {
    const r = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      prelude: 'set -eu',
      env: { MEMORY_AVAILABLE: 'garbage', WEB_MEMORY: 'abc' },
      epilogue: 'echo still-here',
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('still-here\n');
  });

  // Helper names are whatever `__wc_*` identifiers the script uses; the set
  // diff below also catches any other name it might introduce.
  const helperNames = [...new Set(renderWebConcurrencyProfile().match(/__wc_[A-Za-z0-9_]+/g) ?? [])];

  const leakCases: readonly { label: string; env: Readonly<Record<string, string>>; cgroup?: FakeCgroup }[] = [
    { label: 'computed', env: { MEMORY_AVAILABLE: '1024', WEB_MEMORY: 'abc', LOG_CONCURRENCY: 'true' } },
    { label: 'user WEB_CONCURRENCY', env: { WEB_CONCURRENCY: '3', CONTAINER_SIZE: 'L' } },
    { label: 'absurd', env: { MEMORY_AVAILABLE: '129024', WEB_MEMORY: '1' } },
    { label: 'cgroup fallthrough', env: {}, cgroup: { v2: 'max\n', v1: 'junk\n' } },
  ];
  it.each(leakCases)('leaks no helper variables or functions ($label)', async ({ label, env, cgroup }) => {
    expect(helperNames.length).toBeGreaterThan(5);
    const before = join(sandbox.dir, `set-before-${shell}-${label}`);
    const after = join(sandbox.dir, `set-after-${shell}-${label}`);
    const r = await sandbox.source(sandbox.webConcurrencyScript, {
      shell,
      env,
      cgroup,
      prelude: `set -u; set >"${before}"`,
      epilogue: [
        `set >"${after}"`,
        `for __n in ${helperNames.join(' ')}; do`,
        `  if eval "[ -n \\"\\\${$__n+x}\\" ]" || command -v "$__n" >/dev/null 2>&1; then echo "LEAK $__n"; fi`,
        'done',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('LEAK');

    const beforeNames = parseSetNames(await readFile(before, 'utf8'));
    const afterNames = parseSetNames(await readFile(after, 'utf8'));
    // `_` is the shell's own "last argument" variable, unrelated to the script.
    const added = [...afterNames].filter((n) => !beforeNames.has(n) && n !== '_').sort();
    // Only the two documented variables may appear, and only when not already set.
    const expected = ['MEMORY_AVAILABLE', 'WEB_CONCURRENCY'].filter((n) => !(n in env));
    expect(added).toEqual(expected);
    // Nothing the caller had disappears either.
    expect([...beforeNames].filter((n) => !afterNames.has(n))).toEqual([]);
  });
});

describe.each(SHELLS)('nodejs.sh sourced in %s', (shell) => {
  it.each(MODES)('sets PATH, NODE_HOME and the NODE_ENV default ($label)', async ({ prelude }) => {
    const r = await sandbox.source(sandbox.nodeScript, {
      shell,
      prelude,
      env: { HOME: '/app', PATH: '/usr/bin:/bin' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.exported['PATH']).toBe('/app/.scalingo/node/bin:/app/node_modules/.bin:/usr/bin:/bin:/app/bin');
    expect(r.exported['NODE_HOME']).toBe('/app/.scalingo/node');
    expect(r.exported['NODE_ENV']).toBe('production');
  });

  it('keeps a user NODE_ENV', async () => {
    const r = await sandbox.source(sandbox.nodeScript, {
      shell,
      env: { HOME: '/app', PATH: '/usr/bin:/bin', NODE_ENV: 'development' },
    });
    expect(r.exported['NODE_ENV']).toBe('development');
  });

  it('replaces an empty NODE_ENV with production', async () => {
    const r = await sandbox.source(sandbox.nodeScript, {
      shell,
      env: { HOME: '/app', PATH: '/usr/bin:/bin', NODE_ENV: '' },
    });
    expect(r.exported['NODE_ENV']).toBe('production');
  });

  it('works with WEB_CONCURRENCY.sh sourced after it', async () => {
    const r = await sandbox.source(sandbox.nodeScript, {
      shell,
      prelude: 'set -eu',
      env: { HOME: '/app', PATH: '/usr/bin:/bin', CONTAINER_SIZE: 'XL' },
      epilogue: `. "${sandbox.webConcurrencyScript}"`,
    });
    expect(r.exitCode).toBe(0);
    expect(r.exported['NODE_ENV']).toBe('production');
    expect(r.exported['WEB_CONCURRENCY']).toBe('4');
  });
});

describe('rendered scripts', () => {
  it('nodejs.sh', () => {
    expect(renderNodeProfile()).toMatchSnapshot();
  });

  it('WEB_CONCURRENCY.sh', () => {
    expect(renderWebConcurrencyProfile()).toMatchSnapshot();
  });

  it('never exits the sourcing shell', () => {
    for (const script of [renderNodeProfile(), renderWebConcurrencyProfile(), renderPnpProfile()]) {
      expect(script).not.toMatch(/\bexit\b/);
    }
  });
});

describe('multi-buildpack export file', () => {
  it('exports PATH (the app node first, the machine PATH kept) and NODE_HOME, quoted, for the next buildpack', async () => {
    const { renderExportFile } = await import('../../src/nodejs/profile.js');
    const text = renderExportFile({ buildDir: "/tmp/b'uild dir", nodeOptions: '--max-old-space-size=2560' });
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync('sh', ['-c', `${text}\nprintf '%s\\n' "$PATH" "$NODE_HOME" "$NODE_OPTIONS"`], { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(out).toBe("/tmp/b'uild dir/.scalingo/node/bin:/usr/bin:/bin:/tmp/b'uild dir/node_modules/.bin\n/tmp/b'uild dir/.scalingo/node\n--max-old-space-size=2560\n");
  });

  it('exports the build\'s NODE_OPTIONS (the heap limit default) unless the next buildpack\'s environment has its own', async () => {
    const { renderExportFile } = await import('../../src/nodejs/profile.js');
    const text = renderExportFile({ buildDir: '/b', nodeOptions: '--max-old-space-size=2560' });
    const { execFileSync } = await import('node:child_process');
    const own = execFileSync('sh', ['-c', `${text}\nprintf '%s' "$NODE_OPTIONS"`], { env: { PATH: '/usr/bin:/bin', NODE_OPTIONS: '--enable-source-maps' }, encoding: 'utf8' });
    expect(own).toBe('--enable-source-maps');
  });

  it("carries pnpm's store for both setting prefixes: pnpm <= 10 reads npm_config_*, pnpm >= 11 only pnpm_config_*", async () => {
    const { renderExportFile } = await import('../../src/nodejs/profile.js');
    const { MANAGERS } = await import('../../src/nodejs/managers.js');
    const text = renderExportFile({ buildDir: '/b', nodeOptions: '', env: MANAGERS.pnpm.cache.exportEnv('/c/pnpm-store') });
    expect(text).toContain("export npm_config_store_dir='/c/pnpm-store'\n");
    expect(text).toContain("export pnpm_config_store_dir='/c/pnpm-store'\n");
  });
});

describe.each(SHELLS)('npm update notice and Yarn PnP at runtime, in %s', (shell) => {
  it('nodejs.sh turns npm\'s update notice off unless the app set it', async () => {
    const off = await sandbox.source(sandbox.nodeScript, { shell, prelude: 'set -eu', env: { HOME: '/app', PATH: '/usr/bin:/bin' } });
    expect(off.exitCode).toBe(0);
    expect(off.exported['npm_config_update_notifier']).toBe('false');
    const kept = await sandbox.source(sandbox.nodeScript, { shell, env: { HOME: '/app', PATH: '/usr/bin:/bin', NPM_CONFIG_UPDATE_NOTIFIER: 'true' } });
    expect(kept.exported['npm_config_update_notifier']).toBeUndefined();
  });

  it('nodejs-pnp.sh loads .pnp.cjs and .pnp.loader.mjs through NODE_OPTIONS, keeping the app\'s options', async () => {
    const home = await mkdtemp(join(tmpdir(), 'pnp-home-'));
    try {
      await writeFile(join(home, '.pnp.cjs'), '');
      const cjsOnly = await sandbox.source(sandbox.pnpScript, { shell, prelude: 'set -eu', env: { HOME: home, PATH: '/usr/bin:/bin' } });
      expect(cjsOnly.exitCode).toBe(0);
      expect(cjsOnly.exported['NODE_OPTIONS']).toBe(`--require ${home}/.pnp.cjs`);
      await writeFile(join(home, '.pnp.loader.mjs'), '');
      const both = await sandbox.source(sandbox.pnpScript, { shell, env: { HOME: home, PATH: '/usr/bin:/bin', NODE_OPTIONS: '--max-old-space-size=400' } });
      expect(both.exported['NODE_OPTIONS']).toBe(`--require ${home}/.pnp.cjs --experimental-loader file://${home}/.pnp.loader.mjs --max-old-space-size=400`);
      expect(Object.keys(both.exported).filter((k) => k.startsWith('__pnp'))).toEqual([]);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('nodejs-pnp.sh does nothing without .pnp.cjs, and warns for a HOME with white space', async () => {
    const none = await sandbox.source(sandbox.pnpScript, { shell, prelude: 'set -eu', env: { HOME: '/nonexistent', PATH: '/usr/bin:/bin' } });
    expect(none.exitCode).toBe(0);
    expect(none.exported['NODE_OPTIONS']).toBeUndefined();
    const home = await mkdtemp(join(tmpdir(), 'pnp home-'));
    try {
      await writeFile(join(home, '.pnp.cjs'), '');
      const spaced = await sandbox.source(sandbox.pnpScript, { shell, env: { HOME: home, PATH: '/usr/bin:/bin' } });
      expect(spaced.exitCode).toBe(0);
      expect(spaced.exported['NODE_OPTIONS']).toBeUndefined();
      expect(spaced.stderr).toContain('contains white space');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
