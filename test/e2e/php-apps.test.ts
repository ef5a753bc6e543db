/**
 * PHP apps for real: compile fixture apps through the store built from verified source
 * (scripts/build-store.mjs: PHP, nginx and Composer built on this machine, served over
 * loopback HTTP with checksums), on the default line (8.4) with no PHP_VERSION pin and
 * one app on 8.2; run `composer install` from path repositories, release, boot nginx +
 * PHP-FPM with PORT set, and check what a user would check over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import {
  copyFixture, exists, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir,
  type BinResult, type RunningApp,
} from '../support/harness.js';
import { localStoreVersions, startHttpStore, storeEnv, storePhp, type HttpStore } from '../support/php-store.js';
import { expectBuildLog, type LogKind } from '../support/snapshots.js';

interface Built {
  app: string;
  cache: string;
  env: string;
  home: string;
  compile: BinResult;
}

const cleanup: string[] = [];
const running: RunningApp[] = [];
let store: HttpStore | undefined;

/** Builds through the local store served over loopback HTTP, with an empty HOME. */
async function build(fixture: string, vars: Record<string, string> = {}, reuse?: Built): Promise<Built> {
  store ??= await startHttpStore();
  const app = reuse?.app ?? (await copyFixture(fixture));
  const cache = reuse?.cache ?? (await tempDir('cache'));
  const home = await tempDir('home');
  const env = await writeEnvDir({ ...store.vars, ...vars });
  cleanup.push(app, cache, env, home);
  const compile = await runBin('compile', [app, cache, env], await storeEnv({ HOME: home }));
  // Nothing is written outside BUILD_DIR, CACHE_DIR and temp.
  expect(await fs.readdir(home), `HOME after building ${fixture}`).toEqual([]);
  return { app, cache, env, home, compile };
}

async function expectLog(b: Built, fixture: string, kind: LogKind): Promise<void> {
  await expectBuildLog(b.compile, fixture, kind, { app: b.app, cache: b.cache, env: b.env, home: b.home }, await localStoreVersions());
}

/** The unchanged app rebuilt from a fresh copy with the same cache (the warm build log). */
async function warmBuild(fixture: string, cold: Built, vars: Record<string, string> = {}): Promise<Built> {
  const again = await build(fixture, vars, { ...cold, app: await copyFixture(fixture) });
  cleanup.push(again.app);
  await expectLog(again, fixture, 'warm');
  expect(again.compile.exitCode, again.compile.all).toBe(0);
  return again;
}

/** Waits until a slow.php request has reached PHP (the script writes slow-started first). */
async function slowRequestStarted(app: string): Promise<void> {
  const marker = path.join(app, 'slow-started');
  const deadline = Date.now() + 20_000;
  while (!(await exists(marker))) {
    if (Date.now() > deadline) throw new Error('slow.php never started');
    await new Promise((r) => setTimeout(r, 20));
  }
  await fs.rm(marker);
}

async function boot(b: Built, env: Record<string, string> = {}): Promise<RunningApp> {
  const release = await runBin('release', [b.app]);
  expect(release.exitCode, release.all).toBe(0);
  // `exec` keeps the boot script as the process the platform signals.
  const web = await startWeb(b.app, `exec ${webCommandFromRelease(release.stdout)}`, { CONTAINER_SIZE: 'M', ...env });
  running.push(web);
  const first = await waitForHttp(web.port, '/', 30_000).catch((e) => {
    throw new Error(`${String(e)}\n--- app output ---\n${web.output()}`);
  });
  expect(first.status, web.output()).toBeLessThan(500);
  return web;
}

/** Processes running in the app dir or naming it (servers, their workers, tails). */
async function processesOf(app: string): Promise<string[]> {
  const out: string[] = [];
  for (const pid of (await fs.readdir('/proc')).filter((n) => /^\d+$/.test(n))) {
    const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => '');
    const cmd = (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ').trim();
    if (cwd === app || cwd.startsWith(`${app}/`) || cmd.includes(app)) out.push(`${pid} ${cmd}`);
  }
  return out;
}

const get = async (web: RunningApp, p: string) => {
  const res = await fetch(`http://127.0.0.1:${web.port}${p}`);
  return { status: res.status, body: await res.text(), headers: res.headers };
};

/**
 * Opens `count` connections at once, sends one request on each, waits until every one has
 * its answer, then (all of them now idle, kept alive) a second request on each. Returns the
 * status codes of every answer and how many connections were closed or reset on the way.
 */
async function keepAliveRound(port: number, count: number, target: string): Promise<{ statuses: Map<string, number>; dropped: number }> {
  const statuses = new Map<string, number>();
  let dropped = 0;
  const request = `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`;
  const conns = await Promise.all(Array.from({ length: count }, () => new Promise<net.Socket | undefined>((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port }, () => resolve(sock));
    sock.on('error', () => resolve(undefined));
  })));
  /** One request on `sock`; resolves with its status, or undefined when the connection ends first. */
  const ask = (sock: net.Socket) => new Promise<number | undefined>((resolve) => {
    let buf = '';
    const done = (status: number | undefined) => {
      sock.off('data', onData);
      sock.off('close', onClose);
      resolve(status);
    };
    const onData = (chunk: Buffer) => {
      buf += chunk.toString('latin1');
      const head = buf.indexOf('\r\n\r\n');
      if (head === -1) return;
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(buf.slice(0, head))?.[1] ?? NaN);
      if (buf.length >= head + 4 + length) done(Number(buf.slice(9, 12)));
    };
    const onClose = () => done(undefined);
    sock.on('data', onData);
    sock.on('close', onClose);
    sock.write(request);
  });
  for (const round of ['first', 'second']) {
    const answers = await Promise.all(conns.map((c) => (c && !c.destroyed ? ask(c) : Promise.resolve(undefined))));
    for (const a of answers) {
      if (a === undefined) dropped++;
      else statuses.set(`${round} ${a}`, (statuses.get(`${round} ${a}`) ?? 0) + 1);
    }
  }
  for (const c of conns) c?.destroy();
  return { statuses, dropped };
}

afterAll(async () => {
  for (const w of running) await w.stop();
  await store?.close();
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('classic app on PHP 8.2 (index.php, PHP_VERSION)', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-classic-app', { PHP_VERSION: '8.2' });
    web = await boot(b);
  }, 120_000);

  it('compiles, explaining each decision', async () => {
    await expectLog(b, 'php-classic-app', 'cold');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    expect(b.compile.stderr).not.toMatch(/\n\s+at /);
    const out = b.compile.stdout;
    expect(out).toContain('-----> PHP (classic) app detected');
    expect(out).toMatch(/PHP 8\.2\.\d+: newest satisfying 8\.2 \(PHP_VERSION config var\) \(the default line 8\.4\.x does not\); from the store at http:\/\/127\.0\.0\.1:\d+\//);
    // The store holds no nginx 1.30 (its source is not served here): the newest it has, said so.
    expect(out).toMatch(/nginx 1\.26\.\d+: the default line 1\.30\.x is not available: newest available/);
    expect(out).toContain('Framework: default');
    expect(out).toMatch(/Downloaded http:\/\/127\.0\.0\.1:\d+\/php\/php-8\.2\.\d+-debian-12-linux-x64\.tar\.gz \(verified, sha256 [0-9a-f]{12}…\)/);
    expect(out).toContain('-----> Build succeeded');
    expect(out).not.toContain('Installing dependencies with Composer');
  });

  it('serves PHP, static files, and refuses dotfiles', async () => {
    const home = await get(web, '/');
    expect(home.status).toBe(200);
    expect(home.body).toMatch(/^Hello from classic PHP 8\.2\.\d+/);
    expect(home.body).toContain('memory_limit=196M');
    expect(home.body).toContain('workers=4'); // CONTAINER_SIZE=M: floor(512/196)+2
    expect(home.headers.get('server')).toBe('nginx'); // server_tokens off: no version
    expect(home.headers.get('x-powered-by')).toBeNull(); // expose_php=off
    const css = await get(web, '/assets/style.css');
    expect([css.status, css.body.trim()]).toEqual([200, 'body { color: teal; }']);
    expect((await get(web, '/.env')).status).toBe(403);
    expect((await get(web, '/.env')).body).not.toContain('do-not-serve');
    expect((await get(web, '/.scalingo/php-app/php.ini')).status).toBe(403);
  });

  it('never sends PHP source: backups, swap files and other PHP extensions are refused, .php still runs', async () => {
    const source = '<?php echo "EXECUTED"; // SOURCE-MARKER';
    const names = ['index.php.bak', 'index.php~', 'x.phtml', 'x.php5', 'x.phps', 'x.inc', 'index.php.orig', 'index.php.swp', 'INDEX.PHP'];
    for (const n of names) await fs.writeFile(path.join(b.app, n), source);
    for (const n of names) {
      const r = await get(web, `/${n}`);
      expect(r.status, n).toBe(403);
      expect(r.body, n).not.toContain('SOURCE-MARKER');
      expect(r.body, n).not.toContain('EXECUTED');
    }
    expect((await get(web, '/')).body).toMatch(/^Hello from classic PHP/);
  });

  it('a .user.ini uploaded into uploads/ is not read (its auto_prepend_file never runs); elsewhere .user.ini works as documented', async () => {
    for (const dir of ['uploads', 'other']) {
      await fs.mkdir(path.join(b.app, dir, 'sub'), { recursive: true });
      await fs.writeFile(path.join(b.app, dir, 'evil.jpg'), '<?php echo "PREPENDED-FROM-UPLOAD ";');
      await fs.writeFile(path.join(b.app, dir, '.user.ini'), `auto_prepend_file=${path.join(b.app, dir, 'evil.jpg')}\n`);
      await fs.writeFile(path.join(b.app, dir, 'sub', 'page.php'), '<?php echo "page";');
    }
    expect((await get(web, '/uploads/sub/page.php')).body).toBe('page');
    expect((await get(web, '/other/sub/page.php')).body).toBe('PREPENDED-FROM-UPLOAD page');
  });

  it('loads the shared extensions the artifact ships (opcache, mbstring, apcu) and the php.ini defaults', async () => {
    const info = JSON.parse((await get(web, '/info.php')).body);
    expect(info.extensions).toEqual(expect.arrayContaining(['zend opcache', 'mbstring', 'apcu', 'ctype']));
    expect(['', '0']).toContain(info.display_errors);
    expect(info.expose_php).toBe('');
  });

  it('prints the WEB_CONCURRENCY computation at boot', () => {
    expect(web.output()).toMatch(/WEB_CONCURRENCY=4/);
  });

  it('a one-off command (after .profile.d/php.sh) finds php, php-fpm and nginx of the slug on PATH', async () => {
    const r = await execa('sh', ['-c', '. .profile.d/php.sh && command -v php && command -v php-fpm && command -v nginx && nginx -v 2>&1 && php-fpm -v | head -1'], {
      cwd: b.app, env: { PATH: '/usr/bin:/bin', HOME: b.app }, extendEnv: false, reject: false, all: true,
    });
    expect(r.exitCode, String(r.all)).toBe(0);
    expect(String(r.stdout).split('\n').slice(0, 3)).toEqual([
      `${b.app}/.scalingo/php/bin/php`, `${b.app}/.scalingo/php/sbin/php-fpm`, `${b.app}/.scalingo/nginx/sbin/nginx`,
    ]);
    expect(String(r.stdout)).toMatch(/nginx version: nginx\/1\.\d+/);
    expect(String(r.stdout)).toMatch(/PHP 8\.2\.\d+ \(fpm-fcgi\)/);
  });

  it('a rebuild with the same cache downloads nothing but the manifest, and extracts nothing', async () => {
    const before = store!.requests.length;
    const again = await warmBuild('php-classic-app', b, { PHP_VERSION: '8.2' });
    expect(again.compile.stdout).toMatch(/Restored php 8\.2\.\d+ from the build cache \(hard-linked, manifest checked\)/);
    expect(again.compile.stdout).toMatch(/Restored nginx 1\.\d+\.\d+ from the build cache/);
    expect(again.compile.stdout).not.toContain('Downloaded http://');
    expect(store!.requests.slice(before)).toEqual(['manifest.json']);
  });

  it('a damaged cached PHP tree is not reused: the artifact is extracted again', async () => {
    const treeRoot = path.join(b.cache, 'php-runtimes/php');
    const entry = (await fs.readdir(treeRoot)).find((n) => !n.startsWith('.'))!;
    await fs.appendFile(path.join(treeRoot, entry, 'tree/php/bin/php'), 'tampered');
    const again = await build('php-classic-app', { PHP_VERSION: '8.2' }, b);
    expect(again.compile.exitCode, again.compile.all).toBe(0);
    expect(again.compile.stdout).toContain('The cached php tree was not reused: its files changed since it was saved');
    expect(again.compile.stdout).toMatch(/Using cached php 8\.2\.\d+ \(verified\)/);
  });
});

describe('Composer app (path repository, extra.paas options)', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-composer-app');
    web = await boot(b);
  }, 120_000);

  it('runs composer install with the documented flags, then the compile commands', async () => {
    await expectLog(b, 'php-composer-app', 'cold');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    const out = b.compile.stdout;
    expect(out).toContain('-----> PHP (composer.json) app detected');
    expect(out).toMatch(/PHP 8\.4\.\d+: newest 8\.4\.x \(the default line\) satisfying >=8\.2 \(require\.php in composer\.json\)/);
    expect(out).toContain('$ composer install --prefer-dist --optimize-autoloader --no-interaction --no-progress --no-dev');
    expect(out).toMatch(/Installing acme\/greeting \(1\.2\.0\)/);
    expect(out).toContain('ext-mbstring:');
    expect(out).toContain('$ php bin/build.php');
    expect(out).toContain('wrote public/build.txt');
    expect(out).toContain('Document root: public (extra.paas.document-root in composer.json)');
  });

  it('installs Composer into the slug and production dependencies only', async () => {
    expect(await exists(path.join(b.app, 'vendor/acme/greeting/src/Greeter.php'))).toBe(true);
    expect(await exists(path.join(b.app, 'vendor/acme/devtool'))).toBe(false);
    expect(await exists(path.join(b.app, '.scalingo/composer/bin/composer'))).toBe(true);
    expect(await exists(path.join(b.cache, 'composer'))).toBe(true);
  });

  it('php-config, php-includes and the compile output are in effect', async () => {
    const home = await get(web, '/');
    expect(home.status, web.output()).toBe(200);
    expect(home.body).toContain('Hello, Composer!');
    expect(home.body).toContain('memory_limit=256M');
    expect(home.body).toContain('max_execution_time=42');
    expect(home.body).toContain('short_open_tag=1');
    expect(home.body).toContain('upload_max_filesize=75M');
    expect(home.body).toContain('devtool=absent');
    expect(home.body).toContain('built=Hello, build!');
  });

  it('nginx-includes and nginx-http-includes are loaded', async () => {
    const health = await get(web, '/healthz');
    expect([health.status, health.body]).toEqual([200, 'ok from nginx include\n']);
    expect((await get(web, '/app.css')).status).toBe(200);
  });

  it('WEB_CONCURRENCY follows the php-config memory_limit (256M on M: floor(512/256)+2 = 4)', () => {
    expect(web.output()).toMatch(/WEB_CONCURRENCY=4/);
  });

  it('a rebuild reuses the Composer cache and the runtime trees', async () => {
    expect(b.compile.stdout).toContain('Composer cache: not reused (no previous build cache)');
    const again = await warmBuild('php-composer-app', b);
    expect(again.compile.stdout).toContain('Composer cache: reused from the previous build');
    expect(again.compile.stdout).toMatch(/Restored composer 2\.\d+\.\d+ from the build cache/);
    expect(again.compile.stdout).toContain('wrote public/build.txt');
  });
});

describe('Composer app served from the app root (DOCUMENT_ROOT=.)', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-composer-app', { DOCUMENT_ROOT: '.', COMPOSER_DEV: 'true' });
    web = await boot(b);
  }, 120_000);

  it('COMPOSER_DEV=true installs dev dependencies', async () => {
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    expect(b.compile.stdout).toContain('$ composer install --prefer-dist --optimize-autoloader --no-interaction --no-progress\n');
    expect(await exists(path.join(b.app, 'vendor/acme/devtool'))).toBe(true);
  });

  it('refuses composer.json, composer.lock, vendor/ and dotfiles, serves the rest', async () => {
    for (const p of ['/composer.json', '/composer.lock', '/vendor/autoload.php', '/vendor/composer/installed.json', '/.scalingo/php-app/nginx.conf']) {
      const r = await get(web, p);
      expect(r.status, p).toBeGreaterThanOrEqual(403);
      expect(r.body, p).not.toContain('acme/');
    }
    const page = await get(web, '/public/index.php');
    expect(page.status).toBe(200);
    expect(page.body).toContain('devtool=installed');
    expect((await get(web, '/.well-known/missing.txt')).status).toBe(404);
  });

  it('refuses the private directories of the app root: bin/ does not run, config/ and path packages are not sent', async () => {
    await fs.rm(path.join(b.app, 'public/build.txt'));
    for (const p of ['/bin/build.php', '/config/nginx-app.conf', '/config/extra.ini', '/packages/greeting/composer.json', '/src/App.php']) {
      const r = await get(web, p);
      expect(r.status, p).toBe(403);
      expect(r.body, p).not.toContain('wrote public/build.txt');
      expect(r.body, p).not.toContain('location');
    }
    // bin/build.php writes public/build.txt when it runs: it did not.
    expect(await exists(path.join(b.app, 'public/build.txt'))).toBe(false);
    // DOCUMENT_ROOT=. is the user's explicit choice: no "whole app is public" warning.
    expect(b.compile.stderr).not.toContain('php/document-root-is-app-root');
  });
});

describe('Laravel-shaped app', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-laravel-app');
    web = await boot(b);
  }, 120_000);

  it('detects Laravel and serves from public/', async () => {
    await expectLog(b, 'php-laravel-app', 'cold');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    expect(b.compile.stdout).toContain('Framework: laravel (laravel/framework');
    expect(b.compile.stdout).toContain('Document root: public (the laravel default)');
  });

  it('routes unknown paths to the front controller, serves static files, refuses .env', async () => {
    expect((await get(web, '/')).body).toBe('Laravel-shaped app: home\n');
    const user = await get(web, '/users/42?tab=1');
    expect([user.status, user.body]).toEqual([200, 'Laravel-shaped app: user 42\n']);
    expect((await get(web, '/nope')).status).toBe(404);
    expect((await get(web, '/app.css')).body).toContain('sans-serif');
    expect((await get(web, '/.env')).status).toBeGreaterThanOrEqual(403);
    expect((await get(web, '/../.env')).body).not.toContain('APP_KEY');
  });

  it('streams the framework log file', async () => {
    await fs.appendFile(path.join(b.app, 'storage/logs/laravel.log'), 'laravel log line 1\n');
    const deadline = Date.now() + 5000;
    while (!web.output().includes('laravel log line 1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(web.output()).toContain('laravel log line 1');
  });

  it('rebuilds unchanged from the cache', async () => {
    const again = await warmBuild('php-laravel-app', b);
    expect(again.compile.stdout).toContain('Skipping composer install');
  });
});

describe('Symfony-shaped app', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-symfony-app');
    web = await boot(b);
  }, 120_000);

  it('detects Symfony, warms the prod cache up at build', async () => {
    await expectLog(b, 'php-symfony-app', 'cold');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    expect(b.compile.stdout).toContain('Framework: symfony');
    expect(b.compile.stdout).toContain('Cache for the "prod" environment warmed up.');
    expect(await exists(path.join(b.app, 'var/cache/prod/routes.php'))).toBe(true);
  });

  it('sends every request to /index.php with APP_ENV=prod', async () => {
    expect((await get(web, '/hello')).body).toBe('Symfony-shaped app (prod): hello\n');
    expect((await get(web, '/style.css')).status).toBe(200);
    // Only the front controller is executed, and only internally (Symfony's recommended
    // `internal;`): /index.php/… from outside is a 404, another .php never runs.
    expect((await get(web, '/index.php/hello')).status).toBe(404);
    const other = await get(web, '/secret.php');
    expect(other.body).not.toContain('EXECUTED');
  });

  it('rebuilds unchanged from the cache, warming the prod cache up again', async () => {
    const again = await warmBuild('php-symfony-app', b);
    expect(again.compile.stdout).toContain('Cache for the "prod" environment warmed up.');
  });
});

describe('PHP app with a package.json (php.md §9)', () => {
  let b: Built;
  let web: RunningApp;
  beforeAll(async () => {
    b = await build('php-node-assets-app');
    web = await boot(b);
  }, 180_000);

  it('builds the assets with Node before composer install, without a Node web process', async () => {
    await expectLog(b, 'php-node-assets-app', 'cold');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    const out = b.compile.stdout;
    expect(out).toContain('-----> Building front-end assets with Node.js (package.json found)');
    expect(out).toContain('wrote public/build/app.css');
    expect(out.indexOf('wrote public/build/app.css')).toBeLessThan(out.indexOf('Installing dependencies with Composer'));
    expect(await exists(path.join(b.app, '.profile.d/WEB_CONCURRENCY.sh'))).toBe(false);
  });

  it('serves the built asset and the PHP page', async () => {
    const css = await get(web, '/build/app.css');
    expect(css.status).toBe(200);
    expect(css.body).toMatch(/built with Node v22\./);
    expect((await get(web, '/')).body).toBe('PHP app with Node-built assets\n');
  });

  it('rebuilds unchanged from the cache: the Node install is reused, the assets built again', async () => {
    const again = await warmBuild('php-node-assets-app', b);
    expect(again.compile.stdout).toContain('wrote public/build/app.css');
  });
});

describe("a Procfile written for Heroku (heroku-php-nginx / heroku-php-apache2)", () => {
  it.each([
    ['php-laravel-app', 'vendor/bin/heroku-php-nginx public/', '/users/7', 'Laravel-shaped app: user 7\n'],
    ['php-classic-app', 'heroku-php-apache2', '/', /^Hello from classic PHP/],
  ] as const)('%s with "web: %s" boots this platform\'s nginx + PHP-FPM and serves', async (fixture, web, page, body) => {
    const app = await copyFixture(fixture);
    cleanup.push(app);
    await fs.writeFile(path.join(app, 'Procfile'), `web: ${web}\n`);
    const b = await build(fixture, fixture === 'php-classic-app' ? { PHP_VERSION: '8.2' } : {}, { app, cache: await tempDir('cache') } as Built);
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    expect(b.compile.stderr).toContain('php/procfile-heroku-boot');
    const release = await runBin('release', [app]);
    expect(webCommandFromRelease(release.stdout)).toBe(web);
    const running = await boot(b);
    const r = await get(running, page);
    expect(r.status, running.output()).toBe(200);
    if (typeof body === 'string') expect(r.body).toBe(body);
    else expect(r.body).toMatch(body);
    expect(running.output()).toContain('starting the nginx + PHP-FPM boot (the arguments were applied at build time)');
    await running.stop();
  }, 120_000);
});

describe('PHP 8.5', () => {
  it('an app pinned to 8.5 boots on it once the store holds 8.5; until then the store says why it does not', async () => {
    const { sourceStore } = await import('../support/php-store.js');
    const { manifest } = await sourceStore();
    const v85 = await storePhp('8.5');
    if (!v85) {
      // Not a skip: the line's absence is itself checked, with its reason.
      expect(manifest.lines.php!.missing).toContainEqual(expect.objectContaining({ line: '8.5', reason: expect.stringMatching(/not served to this network/) }));
      return;
    }
    const b = await build('php-classic-app', { PHP_VERSION: '8.5' });
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    const web = await boot(b);
    expect((await get(web, '/')).body).toContain(`Hello from classic PHP ${v85}`);
    await web.stop();
  }, 180_000);
});

describe('a moved slug of an 8.4 app (another path, CACHE_DIR deleted)', () => {
  it('boots and serves from where it was moved, on the store\'s 8.4', async () => {
    const b = await build('php-composer-app');
    expect(b.compile.exitCode, b.compile.all).toBe(0);
    const moved = path.join(await tempDir('moved'), 'elsewhere', 'app');
    cleanup.push(path.dirname(path.dirname(moved)));
    await fs.mkdir(path.dirname(moved), { recursive: true });
    await fs.rename(b.app, moved);
    await fs.rm(b.cache, { recursive: true, force: true });
    const web = await boot({ ...b, app: moved });
    const home = await get(web, '/');
    expect(home.status, web.output()).toBe(200);
    expect(home.body).toContain('Hello, Composer!');
    expect(home.body).toContain('built=Hello, build!');
    expect(web.output()).not.toContain(b.app);
    const php = path.join(moved, '.scalingo/php/bin/php');
    const v = await execa(php, ['-n', '-r', 'echo PHP_VERSION, " ", PHP_BINARY;']);
    expect(v.stdout).toBe(`${await storePhp('8.4')} ${php}`);
  }, 180_000);
});

describe('boot script behaviour (classic app, no PHP_VERSION: the default line)', () => {
  let b: Built;
  beforeAll(async () => {
    b = await build('php-classic-app');
  }, 120_000);

  it('runs the default line, 8.4, with no pin', async () => {
    expect(b.compile.stdout).toMatch(/PHP 8\.4\.\d+: the default: newest 8\.4\.x/);
    const web = await boot(b);
    expect((await get(web, '/')).body).toMatch(new RegExp(`^Hello from classic PHP ${(await storePhp('8.4'))!.replace(/\./g, '\\.')}\n`));
    await web.stop();
  });

  it('a request in flight when SIGTERM arrives completes; then the app exits', async () => {
    const web = await boot(b);
    const slow = fetch(`http://127.0.0.1:${web.port}/slow.php?ms=1500`).then(async (r) => [r.status, await r.text()]);
    await slowRequestStarted(b.app);
    web.signalMain('SIGTERM');
    expect(await slow).toEqual([200, 'slow done\n']);
    await web.exited();
    await expect(fetch(`http://127.0.0.1:${web.port}/`)).rejects.toThrow();
  });

  it('a user-set WEB_CONCURRENCY=1 boots (one worker, one spare at most)', async () => {
    const web = await boot(b, { WEB_CONCURRENCY: '1' });
    expect((await get(web, '/')).body).toContain('workers=1');
    expect(web.output()).toContain('WEB_CONCURRENCY=1 (set in the environment)');
    await web.stop();
  });

  it('2000 concurrent keep-alive clients all get 200, twice on the same connection (nginx holds them all)', async () => {
    const web = await boot(b);
    const { statuses, dropped } = await keepAliveRound(web.port, 2000, '/assets/style.css');
    expect({ dropped, statuses: Object.fromEntries(statuses) }, web.output().slice(-2000)).toEqual({
      dropped: 0, statuses: { 'first 200': 2000, 'second 200': 2000 },
    });
    expect(web.output()).not.toContain('worker_connections are not enough');
    await web.stop();
  }, 120_000);

  it('started with a soft open-files limit of 1024 (as many containers are), the boot raises it: 2000 keep-alive clients still all get 200', async () => {
    const release = await runBin('release', [b.app]);
    const web = await startWeb(b.app, `ulimit -Sn 1024 && exec ${webCommandFromRelease(release.stdout)}`, { CONTAINER_SIZE: 'M' });
    running.push(web);
    await waitForHttp(web.port, '/', 30_000);
    const { statuses, dropped } = await keepAliveRound(web.port, 2000, '/assets/style.css');
    expect({ dropped, statuses: Object.fromEntries(statuses) }, web.output().slice(-2000)).toEqual({
      dropped: 0, statuses: { 'first 200': 2000, 'second 200': 2000 },
    });
    await web.stop();
  }, 120_000);

  it('WEB_CONCURRENCY=99999999 boots with 200 workers, and says so (PHP-FPM alone would try to reserve ~116 GB and die)', async () => {
    const web = await boot(b, { WEB_CONCURRENCY: '99999999' });
    expect((await get(web, '/')).body).toContain('workers=200');
    expect(web.output()).toContain('WEB_CONCURRENCY=200 (set in the environment to 99999999, capped at the maximum of 200)');
    expect(web.output()).toContain('WEB_CONCURRENCY=99999999 is more PHP-FPM workers than a container can run');
    await web.stop();
  });

  it('SIGTERM to the whole process group (as container runtimes send it): the request in flight completes, then nothing is left', async () => {
    const web = await boot(b);
    const slow = fetch(`http://127.0.0.1:${web.port}/slow.php?ms=1500`).then(async (r) => [r.status, await r.text()]);
    await slowRequestStarted(b.app);
    // web.stop(): SIGTERM to every process of the group the app was started in.
    const stopped = web.stop();
    expect(await slow).toEqual([200, 'slow done\n']);
    await stopped;
    expect(web.output()).toContain('Boot: received SIGTERM: stopping nginx gracefully');
    expect(web.output()).toContain('Boot: stopped');
    expect(await processesOf(b.app)).toEqual([]);
  });

  it('without PORT the boot script stops with a message', async () => {
    const r = await execa('sh', [path.join(b.app, '.scalingo/php-app/boot.sh')], {
      cwd: b.app, env: { PATH: '/usr/bin:/bin', HOME: b.app }, extendEnv: false, reject: false, all: true, timeout: 20_000,
    });
    expect(r.exitCode).toBe(1);
    expect(String(r.all)).toContain('PORT');
  });
});
