/**
 * bin/* entry point: parse argv, call the engine, map the outcome to an exit code.
 * The only module that reads process.env and writes to the real streams.
 */
import { BuildLog, processSink } from '../log/build-log.js';
import { toBuildError } from '../errors/build-error.js';
import * as engine from '../engine.js';

const USAGE = {
  detect: 'bin/detect BUILD_DIR',
  compile: 'bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]',
  release: 'bin/release BUILD_DIR',
  plan: 'bin/plan BUILD_DIR [ENV_DIR]',
} as const;

/** True when the working directory no longer exists (deleted under the shell that started us). */
function workingDirGone(): boolean {
  try {
    process.cwd();
    return false;
  } catch {
    return true;
  }
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...args] = argv;
  // Node's path functions and child processes fail without a working directory, and with
  // absolute arguments nothing depends on which one it is. A relative argument is reported
  // by the command (engine/working-directory-gone).
  if (workingDirGone() && args.every((a) => a.startsWith('/'))) process.chdir('/');
  const log = new BuildLog(processSink);
  const debug = env.BUILDPACK_DEBUG === 'true';
  switch (command) {
    case 'detect':
      try {
        const d = await engine.detect(args[0]!);
        if (d.kind === 'none') {
          process.stderr.write(`Not a supported app: ${d.reason}\n`);
          return 1;
        }
        process.stdout.write(`${d.label}\n`);
        return 0;
      } catch (e) {
        process.stderr.write(`${toBuildError(e).title}\n`);
        return 1;
      }
    case 'plan':
      try {
        process.stdout.write(JSON.stringify(await engine.plan(args[0]!, args[1], env), null, 2) + '\n');
        return 0;
      } catch (e) {
        const err = toBuildError(e);
        if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
        process.stdout.write(JSON.stringify({ error: { id: err.id, title: err.title, message: err.body } }, null, 2) + '\n');
        return 1;
      }
    case 'compile':
      try {
        await engine.compile(args[0]!, args[1], args[2], env, log, process.getuid?.() === 0);
        return 0;
      } catch (e) {
        if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
        log.error(toBuildError(e));
        return 1;
      }
    case 'release':
      try {
        process.stdout.write(await engine.release(args[0]!));
        return 0;
      } catch (e) {
        log.error(toBuildError(e));
        return 1;
      }
    default:
      process.stderr.write(`Usage:\n${Object.values(USAGE).map((u) => `  ${u}`).join('\n')}\n`);
      return 2;
  }
}

// process.exit rather than exitCode: a normal exit first tears down the V8 heap (tens of
// milliseconds after a build that held install manifests) and waits for the helper
// thread to stop; nothing is left to do once main returns. stdout and stderr are
// synchronous on Linux (pipes, files and TTYs), so no output is cut short.
main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`internal error: ${(e as Error)?.message}\n`);
    process.exitCode = 70;
  },
);
