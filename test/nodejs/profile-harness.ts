/**
 * Test harness for the rendered `.profile.d` scripts: writes them to a temp
 * dir and sources them for real in a given shell with a fully controlled
 * environment (only PATH is inherited), then reports the exported variables.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { renderNodeProfile, renderPnpProfile, renderWebConcurrencyProfile } from '../../src/nodejs/profile.js';

export interface FakeCgroup {
  /** Content of `<root>/memory.max` (cgroup v2). */
  readonly v2?: string;
  /** Content of `<root>/memory/memory.limit_in_bytes` (cgroup v1). */
  readonly v1?: string;
}

export interface SourceOptions {
  readonly shell: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly cgroup?: FakeCgroup;
  /** Shell code run before sourcing, e.g. `set -u`. */
  readonly prelude?: string;
  /** Shell code run after sourcing, before the exported env is printed. */
  readonly epilogue?: string;
}

export interface SourceResult {
  /** What the sourcing printed on stdout (before the env dump). */
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** The exported environment after sourcing, as seen by a child process. */
  readonly exported: Readonly<Record<string, string>>;
}

const ENV_MARKER = '----- exported env -----';

/** A temp dir holding both rendered scripts and an (initially empty) cgroup root. */
export class ProfileSandbox {
  private constructor(readonly dir: string) {}

  static async create(): Promise<ProfileSandbox> {
    const dir = await mkdtemp(join(tmpdir(), 'profile-test-'));
    await writeFile(join(dir, 'nodejs.sh'), renderNodeProfile());
    await writeFile(join(dir, 'WEB_CONCURRENCY.sh'), renderWebConcurrencyProfile());
    await writeFile(join(dir, 'nodejs-pnp.sh'), renderPnpProfile());
    return new ProfileSandbox(dir);
  }

  get nodeScript(): string {
    return join(this.dir, 'nodejs.sh');
  }

  get pnpScript(): string {
    return join(this.dir, 'nodejs-pnp.sh');
  }

  get webConcurrencyScript(): string {
    return join(this.dir, 'WEB_CONCURRENCY.sh');
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /**
   * Sources `script` in `opts.shell`. The cgroup root always points into the
   * sandbox (empty unless `opts.cgroup` says otherwise), so the host's real
   * cgroup limits never leak into a test.
   */
  async source(script: string, opts: SourceOptions): Promise<SourceResult> {
    const cgroupRoot = await mkdtemp(join(this.dir, 'cgroup-'));
    if (opts.cgroup?.v2 !== undefined) {
      await writeFile(join(cgroupRoot, 'memory.max'), opts.cgroup.v2);
    }
    if (opts.cgroup?.v1 !== undefined) {
      await mkdir(join(cgroupRoot, 'memory'));
      await writeFile(join(cgroupRoot, 'memory', 'memory.limit_in_bytes'), opts.cgroup.v1);
    }
    const code = [
      opts.prelude ?? '',
      `. "${script}"`,
      opts.epilogue ?? '',
      `printf '%s\\n' '${ENV_MARKER}'`,
      'env',
    ].join('\n');
    const result = await execa(opts.shell, ['-c', code], {
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        WEB_CONCURRENCY_CGROUP_ROOT: cgroupRoot,
        ...opts.env,
      },
      extendEnv: false,
      // Node's stdin pipe is a socket; bash takes a socket on stdin for an rsh
      // session and would read ~/.bashrc, so give it no stdin at all.
      stdin: 'ignore',
      reject: false,
      stripFinalNewline: false,
    });
    const stdout = String(result.stdout);
    const at = stdout.indexOf(`${ENV_MARKER}\n`);
    const before = at === -1 ? stdout : stdout.slice(0, at);
    const envText = at === -1 ? '' : stdout.slice(at + ENV_MARKER.length + 1);
    return {
      stdout: before,
      stderr: String(result.stderr),
      exitCode: result.exitCode ?? -1,
      exported: parseEnv(envText),
    };
  }
}

function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Names of shell variables and functions defined in `set` output lines. */
export function parseSetNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line);
    if (m?.[1] !== undefined) names.add(m[1]);
  }
  return names;
}
