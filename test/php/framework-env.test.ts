/**
 * `.profile.d/php-framework-env.sh` (src/php/framework-env.sh) sourced for real, with dash
 * and bash, plain and under `set -eu`: each default is exported unless already set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { renderFrameworkEnvProfile } from '../../src/php/compile.js';
import { parseSetNames } from '../nodejs/profile-harness.js';

const hasDash = spawnSync('sh', ['-c', 'command -v dash'], { stdio: 'ignore' }).status === 0;
const SHELLS = hasDash ? ['dash', 'bash'] : ['sh', 'bash'];
const TRICKY = `it's "$HOME" \`id\` $(id) \\ & | ; *`;

/** Sources the profile in `shell` with `env`: the named variables (unset: <unset>), which of them are exported, and any __fw_ helper left behind. */
async function source(shell: string, prelude: string, profile: string, env: Record<string, string>, names: string[]) {
  const show = names.map((n) => `if [ -n "\${${n}+x}" ]; then printf '%s=%s\\n' ${n} "$${n}"; else echo '${n}=<unset>'; fi`).join('\n');
  const script = `${prelude}\n. "$0"\n${show}\necho ---\nenv\necho ---\nset`;
  const dir = await mkdtemp(join(tmpdir(), 'framework-env-'));
  const file = join(dir, 'php-framework-env.sh');
  await writeFile(file, profile);
  const r = await execa(shell, ['-c', script, file], { env: { PATH: process.env.PATH ?? '', ...env }, extendEnv: false, stdin: 'ignore' })
    .finally(() => rm(dir, { recursive: true, force: true }));
  const [shown = '', exported = '', all = ''] = r.stdout.split('\n---\n');
  const values = Object.fromEntries(shown.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return {
    values,
    exported: names.filter((n) => exported.split('\n').some((l) => l.startsWith(`${n}=`))),
    leftovers: [...parseSetNames(all)].filter((n) => n.startsWith('__fw_')),
  };
}

describe('renderFrameworkEnvProfile', () => {
  it('no defaults: no file', () => {
    expect(renderFrameworkEnvProfile({})).toBeUndefined();
  });

  it('a value with a line break is a bug in the framework data, not a profile line', () => {
    expect(() => renderFrameworkEnvProfile({ APP_ENV: 'a\nb' })).toThrow(/line break/);
  });

  for (const shell of SHELLS) {
    for (const prelude of ['', 'set -eu']) {
      describe(`${shell}${prelude ? `, ${prelude}` : ''}`, () => {
        const profile = renderFrameworkEnvProfile({ APP_ENV: 'prod', SYMFONY_ENV: TRICKY, 'not-a-name': 'x' })!;
        it.each<[string, Record<string, string>, Record<string, string>]>([
          ['unset: the defaults, exported, byte for byte', {}, { APP_ENV: 'prod', SYMFONY_ENV: TRICKY }],
          ['a config var of the same name wins', { APP_ENV: 'dev' }, { APP_ENV: 'dev', SYMFONY_ENV: TRICKY }],
          ['set but empty is set', { APP_ENV: '' }, { APP_ENV: '', SYMFONY_ENV: TRICKY }],
        ])('%s', async (_name, env, expected) => {
          const out = await source(shell, prelude, profile, env, ['APP_ENV', 'SYMFONY_ENV']);
          expect(out).toEqual({ values: expected, exported: ['APP_ENV', 'SYMFONY_ENV'], leftovers: [] });
        });
      });
    }
  }
});
