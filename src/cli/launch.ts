/**
 * The engine's entry (dist/launch.cjs, CommonJS), run by bin/engine.sh with the node on
 * PATH: it checks the Node.js version before anything that needs Node 20 is loaded, so
 * an old node gets the clear message and exit 70 rather than a syntax error, then loads
 * the command's own bundle (scripts/build.mjs): dist/commands/detect.cjs, plan.cjs (plan
 * and release) or compile.cjs. Node builtins only, and no syntax newer than Node 12
 * parses.
 *
 * Where the platform's node has it (>= 22.1), the bundles are compiled through Node's
 * module compile cache, kept in a directory only this user can write (see
 * compileCacheDir): a warm start skips parsing and compiling them.
 */
import * as nodeModule from 'node:module';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MIN_NODE_MAJOR = 20;

/** True (with the message written and exit code 70 set) when the node running us is too old. */
function nodeTooOld(): boolean {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return false;
  process.stderr.write(
    ` !     The build engine needs Node.js >= ${MIN_NODE_MAJOR}, but 'node' on PATH is ${process.version}.\n` +
      ` !     Put Node.js ${MIN_NODE_MAJOR} or newer first on PATH and retry.\n`,
  );
  process.exitCode = 70;
  return true;
}

/** Reports a bundle that could not load (a broken checkout), exit 70. */
function loadFailed(e: unknown): void {
  process.stderr.write(`internal error: the engine could not load: ${(e as Error)?.message}\n`);
  process.exitCode = 70;
}

/**
 * `$TMPDIR/buildpack-engine-compile-cache-<uid>`, created 0700 by this user. The
 * engine runs as root on shared build machines: a cache directory another user could
 * have created or can write would let them feed compiled code to the engine, so a
 * directory that is a symlink, not ours, or group/world-writable is not used (the
 * engine then runs without the cache). Node keys each entry by the module's source
 * hash and its own version, so a new bundle never reads a stale entry.
 */
function compileCacheDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (uid === undefined) return undefined;
  const dir = path.join(os.tmpdir(), `buildpack-engine-compile-cache-${uid}`);
  try {
    nodeFs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const st = nodeFs.lstatSync(dir);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}

function enableCompileCache(): void {
  // module.enableCompileCache exists from Node 22.1; Node 20 runs without it.
  const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (typeof enable !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = compileCacheDir();
  if (!dir) return;
  try {
    enable(dir);
  } catch {
    // A cache that cannot be enabled only costs speed.
  }
}

if (!nodeTooOld()) {
  enableCompileCache();
  try {
    // Literal paths, left as they are by the bundler.
    switch (process.argv[2]) {
      case 'compile':
        require('./commands/compile.cjs');
        break;
      case 'plan':
      case 'release':
        require('./commands/plan.cjs');
        break;
      default: // detect, and the usage message for anything else
        require('./commands/detect.cjs');
    }
  } catch (e) {
    loadFailed(e);
  }
}
