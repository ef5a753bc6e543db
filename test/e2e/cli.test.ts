/** bin/* as a platform calls them: exit codes, streams, and the README's demo command. */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ROOT, cleanEnv, freePort, runBin, tempDir, writeEnvDir } from '../support/harness.js';

describe('bin/detect', () => {
  it('prints the app kind and exits 0', async () => {
    const r = await runBin('detect', [path.join(ROOT, 'fixtures/node-npm-app')]);
    expect([r.exitCode, r.stdout]).toEqual([0, 'Node.js']);
  });
  it('exits 1 with the reason on stderr when nothing is supported', async () => {
    const dir = await tempDir('empty');
    await fs.writeFile(path.join(dir, '.gitignore'), 'package.json\n');
    const r = await runBin('detect', [dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('package.json is listed in .gitignore');
  });
  it('a missing BUILD_DIR is a clear failure', async () => {
    const r = await runBin('detect', ['/nonexistent/app']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The app directory does not exist');
  });
});

describe('bin/release', () => {
  /** A compiled BUILD_DIR as far as release is concerned: the recorded process types and the app's files. */
  async function builtApp(files: Record<string, string>): Promise<string> {
    const dir = await tempDir('release');
    for (const [rel, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.writeFile(path.join(dir, rel), text);
    }
    return dir;
  }
  const recorded = JSON.stringify({ processTypes: { web: 'node dist/server.js', worker: 'node worker.js' } });

  it('reports the process types compile recorded in .scalingo/release.json', async () => {
    // The package.json start script alone would have made it `npm start`.
    const app = await builtApp({ '.scalingo/release.json': recorded, 'package.json': '{"scripts":{"start":"node x.js"}}' });
    const r = await runBin('release', [app]);
    expect([r.exitCode, r.stdout]).toEqual([0, '---\naddons: []\ndefault_process_types:\n  web: "node dist/server.js"\n  worker: "node worker.js"']);
  });
  it('a Procfile web entry wins over .scalingo/release.json', async () => {
    const app = await builtApp({ '.scalingo/release.json': recorded, Procfile: 'web: ./serve --port $PORT\n' });
    const r = await runBin('release', [app]);
    expect([r.exitCode, r.stdout]).toEqual([0, '---\naddons: []\ndefault_process_types:\n  web: "./serve --port $PORT"']);
  });
  it('records no process type when compile decided none', async () => {
    const app = await builtApp({ '.scalingo/release.json': '{"processTypes":{}}', 'server.js': '' });
    const r = await runBin('release', [app]);
    expect([r.exitCode, r.stdout]).toEqual([0, '---\naddons: []\ndefault_process_types: {}']);
  });
  it('a BUILD_DIR compiled before release.json existed: the built tree decides, as before', async () => {
    const node = await runBin('release', [await builtApp({ 'server.js': '' })]);
    expect(node.stdout).toContain('web: "node server.js"');
    const php = await runBin('release', [await builtApp({ '.scalingo/php-app/boot.sh': '', 'package.json': '{"scripts":{"start":"x"}}' })]);
    expect(php.stdout).toContain('web: "sh .scalingo/php-app/boot.sh"');
  });
  it('a Procfile web command holding U+2028 is the web process, escaped in the YAML (not dropped for release.json)', async () => {
    const app = await builtApp({ '.scalingo/release.json': recorded, Procfile: 'web: node server.js\u2028--port $PORT\n' });
    const r = await runBin('release', [app]);
    expect([r.exitCode, r.stdout]).toEqual([0, '---\naddons: []\ndefault_process_types:\n  web: "node server.js\\u2028--port $PORT"']);
  });
  it('a Procfile line that is not `name: command` is an error naming it', async () => {
    const r = await runBin('release', [await builtApp({ '.scalingo/release.json': recorded, Procfile: 'web node server.js\n' })]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Procfile line 1 cannot be read');
    expect(r.stderr).toContain('Error id: engine/procfile-invalid');
  });
  it('an unreadable release.json is an error with an id, not a guess', async () => {
    const r = await runBin('release', [await builtApp({ '.scalingo/release.json': '{"web":"x"}', 'server.js': '' })]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('engine/release-file-invalid');
  });
});

describe('bin/plan', () => {
  it('prints the plan as JSON with the documented fields', async () => {
    const r = await runBin('plan', [path.join(ROOT, 'fixtures/node-npm-app')]);
    expect(r.exitCode, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({
      language: 'nodejs',
      stack: 'scalingo-26',
      versions: { node: '24.18.0' },
      packageManager: { name: 'npm' },
      install: { command: ['npm', 'ci', '--include=dev'] },
      prune: { command: ['npm', 'prune', '--omit=dev'] },
      hooks: [{ name: 'build', command: ['npm', 'run', 'build'] }],
      cacheDirectories: [{ path: 'bower_components', source: 'default' }],
      processTypes: { web: 'npm start' },
      warnings: [],
    });
  });
  it('an unknown STACK is an error with an id', async () => {
    const r = await runBin('plan', [path.join(ROOT, 'fixtures/node-npm-app')], cleanEnv({ STACK: 'heroku-24' }));
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).error.id).toBe('engine/unsupported-stack');
  });
  it('settings the upstream buildpack users set that do nothing here are warned (Yarn 2+ app: YARN_PRODUCTION, yarnPath beside packageManager, YARN_BINARY_URL)', async () => {
    const app = await tempDir('app-yarn3-settings');
    await fs.cp(path.join(ROOT, 'fixtures/node-yarn3-app'), app, { recursive: true });
    await fs.mkdir(path.join(app, '.yarn/releases'), { recursive: true });
    await fs.writeFile(path.join(app, '.yarn/releases/yarn-3.6.4.cjs'), '');
    await fs.writeFile(path.join(app, '.yarnrc.yml'), 'yarnPath: .yarn/releases/yarn-3.6.4.cjs\nnodeLinker: node-modules\n');
    const env = await writeEnvDir({ YARN_PRODUCTION: 'false' });
    const r = await runBin('plan', [app, env], cleanEnv({ YARN_BINARY_URL: 'https://example.invalid/yarn.tgz' }));
    expect(r.exitCode, r.stderr).toBe(0);
    const warnings: Array<{ id: string; message: string }> = JSON.parse(r.stdout).warnings;
    const byId = Object.fromEntries(warnings.map((w) => [w.id, w.message]));
    expect(byId['nodejs/yarn-production-ignored']).toContain('YARN2_SKIP_PRUNING=true');
    expect(byId['nodejs/package-manager-ignored-for-yarn-path']).toContain('.yarn/releases/yarn-3.6.4.cjs');
    expect(byId['nodejs/yarn-binary-url-unsupported']).toContain('packageManager');
  });
  it('a boolean knob the platform environment gives a value it cannot take warns as the config var would', async () => {
    const r = await runBin('plan', [path.join(ROOT, 'fixtures/node-npm-app')], cleanEnv({ USE_NPM_INSTALL: '1' }));
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([{ id: 'engine/config-var-invalid', message: expect.stringMatching(/^USE_NPM_INSTALL is "1": only "true" changes/) }]);
  });
  it('an ENV_DIR that does not exist is warned about (the build would run without config vars)', async () => {
    const missing = path.join(await tempDir('env-parent'), 'env');
    const r = await runBin('plan', [path.join(ROOT, 'fixtures/node-npm-app'), missing]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([{ id: 'engine/env-dir-missing', message: expect.stringContaining(`ENV_DIR ${missing} does not exist`) }]);
  });
  it('scalingo-22 plans with a deprecation warning', async () => {
    const r = await runBin('plan', [path.join(ROOT, 'fixtures/node-npm-app')], cleanEnv({ STACK: 'scalingo-22' }));
    expect(JSON.parse(r.stdout).warnings.map((w: { id: string }) => w.id)).toEqual(['engine/deprecated-stack']);
  });
});

/** Runs bin/NAME with ARGS from a working directory deleted before the engine starts. */
async function fromDeletedDir(name: string, args: string[]) {
  const parent = await tempDir('gone');
  const script = 'mkdir gone && cd gone && rmdir ../gone && exec "$0" "$@"';
  return execa('sh', ['-c', script, path.join(ROOT, 'bin', name), ...args], { cwd: parent, env: cleanEnv(), extendEnv: false, reject: false });
}

describe('started from a working directory that was deleted', () => {
  it('absolute paths: works as from anywhere', async () => {
    const r = await fromDeletedDir('detect', [path.join(ROOT, 'fixtures/node-npm-app')]);
    expect([r.exitCode, r.stdout]).toEqual([0, 'Node.js']);
    // Only sh's own `getcwd() failed` notice (bin/* are sh scripts), nothing from the engine.
    expect(r.stderr.split('\n').filter((l) => !l.includes('getcwd() failed'))).toEqual([]);
  });
  it('a relative path: says the directory is gone, with the fix (not an internal error)', async () => {
    const r = await fromDeletedDir('plan', ['app']);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatchObject({ id: 'engine/working-directory-gone', title: 'The current directory no longer exists' });
  });
});

describe('launcher', () => {
  it('says clearly when no node is on PATH', async () => {
    // A PATH with the shell tools bin/* use, but no node.
    const bin = await tempDir('path');
    for (const tool of ['bash', 'env', 'dirname']) {
      const { stdout } = await execa('bash', ['-c', `command -v ${tool}`]);
      await fs.symlink(stdout.trim(), path.join(bin, tool));
    }
    const r = await execa(path.join(ROOT, 'bin/detect'), [ROOT], { env: { PATH: bin }, extendEnv: false, reject: false });
    expect(r.exitCode).toBe(70);
    expect(r.stderr).toContain("needs Node.js >= 20 on PATH, and no 'node' was found");
  });
  it('stops with exit 70 and the version found when node is older than 20', async () => {
    // The engine checks its version itself (node starts once): a `node` on PATH that
    // reports 18.20.4 (the real node with process.version(s) replaced before the engine).
    const bin = await tempDir('old-node');
    const preload = path.join(bin, 'node18.cjs');
    await fs.writeFile(preload, [
      "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.20.4' } });",
      "Object.defineProperty(process, 'version', { value: 'v18.20.4' });",
    ].join('\n'));
    await fs.writeFile(path.join(bin, 'node'), `#!/bin/sh\nexec '${process.execPath}' --require '${preload}' "$@"\n`, { mode: 0o755 });
    const r = await execa(path.join(ROOT, 'bin/detect'), [path.join(ROOT, 'fixtures/node-npm-app')], {
      env: cleanEnv({ PATH: `${bin}:${process.env.PATH}` }), extendEnv: false, reject: false,
    });
    expect(r.exitCode).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("The build engine needs Node.js >= 20, but 'node' on PATH is v18.20.4.");
  });
});

describe('README demo command', () => {
  /**
   * demo.sh starts the app on PORT, picked free a moment before: another process may take
   * it in between, and the demo is then run again on another port.
   */
  async function demo(args: string[]) {
    for (let attempt = 1; ; attempt++) {
      const r = await execa(path.join(ROOT, 'scripts/demo.sh'), args, {
        env: cleanEnv({ PORT: String(await freePort()) }), extendEnv: false, reject: false, all: true, timeout: 180_000,
      });
      if (r.exitCode === 0 || attempt >= 3 || !/EADDRINUSE|Address already in use/.test(String(r.all))) return r;
    }
  }

  it('scripts/demo.sh --check compiles the sample app, starts it and gets the page', async () => {
    const r = await demo(['--check']);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('==> GET / answered:\n200\n');
    expect(r.stdout).toContain('<h1>Hello from node-npm-app</h1>');
  });
  it('scripts/demo.sh php-composer-app --check builds the PHP sample through the local store and gets the page', async () => {
    const r = await demo(['php-composer-app', '--check']);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('==> GET / answered:\n200\n');
    expect(r.stdout).toContain('Hello, Composer!');
  });
});
