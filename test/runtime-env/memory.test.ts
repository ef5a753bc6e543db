/**
 * The cgroup part of the memory detection (src/runtime-env/memory.sh), run for real in
 * dash and bash over fake /proc and /sys/fs/cgroup trees.
 *
 * The first table is the upstream buildpack's own cgroup cases (heroku-buildpack-php
 * `test/fixtures/cgroups/*`: the relevant lines of each case's `/proc/self/cgroup`,
 * `/proc/self/mountinfo` and limit files, and what its expected output means for us). Where
 * upstream expects a failure status (no usable limit), we expect the next source, here the
 * 512 MB default. Mount points in mountinfo are rewritten into the sandbox, so the mountinfo
 * lookup itself is exercised.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_DETECTION_POLICY, renderMemoryDetection } from '../../src/runtime-env/memory-sh.js';

const hasDash = spawnSync('sh', ['-c', 'command -v dash'], { stdio: 'ignore' }).status === 0;
const SHELLS = hasDash ? ['dash', 'bash'] : ['sh', 'bash'];

const MiB = 1024 * 1024;
const PROC_MOUNT = '190 189 0:71 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw';
const V2_MOUNT = '194 193 0:31 / /sys/fs/cgroup ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup rw';
const DOCKER = '/docker/f41a8f5e8aebf06a27cc741305d02d7d35f986aeda9e05dafa569f163068a85a';
const V1_MOUNTS = [
  '201 200 0:77 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw',
  '205 204 0:81 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - tmpfs tmpfs rw,mode=755',
  `206 205 0:33 ${DOCKER} /sys/fs/cgroup/cpuset ro,nosuid,nodev,noexec,relatime master:28 - cgroup cpuset rw,cpuset`,
  `210 205 0:37 ${DOCKER} /sys/fs/cgroup/memory ro,nosuid,nodev,noexec,relatime master:32 - cgroup memory rw,memory`,
  `219 205 0:46 ${DOCKER} /sys/fs/cgroup/systemd ro,nosuid,nodev,noexec,relatime master:41 - cgroup cgroup rw,name=systemd`,
];
const V1_SELF = `14:name=systemd:${DOCKER}\n5:memory:${DOCKER}\n1:cpuset:${DOCKER}\n0::${DOCKER}\n`;
const v2Files = (dir: string, f: { high?: string; max?: string; low?: string; min?: string }) => ({
  [`${dir}/cgroup.controllers`]: 'cpuset cpu io memory hugetlb pids rdma\n',
  [`${dir}/memory.high`]: `${f.high ?? 'max'}\n`,
  [`${dir}/memory.max`]: `${f.max ?? 'max'}\n`,
  [`${dir}/memory.low`]: `${f.low ?? '0'}\n`,
  [`${dir}/memory.min`]: `${f.min ?? '0'}\n`,
});
const SUBGROUP = '/test123:oopsie/d621866eb8a1ba5d94745614ef37eb6c70661a01d2f3a4171ece88929171ccc3';

interface Case {
  readonly name: string;
  /** /proc/self/cgroup; undefined: the file is missing. */
  readonly cgroup?: string;
  /** /proc/self/mountinfo lines; undefined: the file is missing. */
  readonly mountinfo?: readonly string[];
  /** Absolute paths (as in the container) → contents. */
  readonly files?: Readonly<Record<string, string>>;
  readonly mb: number;
  readonly source: string;
}

const DEFAULT = { mb: MEMORY_DETECTION_POLICY.defaultMemoryMb, source: 'default, no memory limit found' };

const UPSTREAM_CASES: readonly Case[] = [
  { name: 'broken-procfs (upstream: status 2)', ...DEFAULT },
  { name: 'broken-procselfcgroup (upstream: status 4)', cgroup: '', mountinfo: [PROC_MOUNT, V2_MOUNT], ...DEFAULT },
  {
    name: 'cgroupfs-v1 (upstream: 1073741824 with fallback)', cgroup: V1_SELF, mountinfo: V1_MOUNTS,
    files: { '/sys/fs/cgroup/memory/memory.limit_in_bytes': '1073741824\n', '/sys/fs/cgroup/memory/memory.soft_limit_in_bytes': '9223372036854771712\n' },
    mb: 1024, source: 'cgroup v1 memory.limit_in_bytes',
  },
  {
    name: 'cgroupfs-v1-sillylimit (upstream: status 99)', cgroup: V1_SELF, mountinfo: V1_MOUNTS,
    files: { '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712\n' }, ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-broken-memorycontrollerunreadable (upstream: status 6)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { '/sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io hugetlb memory pids rdma\n' }, ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-memory.high (upstream: 536870912)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { high: '536870912' }), mb: 512, source: 'cgroup v2 memory.high',
  },
  {
    name: 'cgroupfs-v2-memory.low (upstream: 536870912)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { low: '536870912' }), mb: 512, source: 'cgroup v2 memory.low',
  },
  {
    name: 'cgroupfs-v2-memory.max (upstream: 536870912)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { max: '536870912' }), mb: 512, source: 'cgroup v2 memory.max',
  },
  {
    name: 'cgroupfs-v2-memory.min (upstream: 536870912)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { min: '536870912' }), mb: 512, source: 'cgroup v2 memory.min',
  },
  {
    name: 'cgroupfs-v2-memory.multiple (upstream: 536870912, memory.high)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { high: '536870912', low: '402653184', max: '1073741824', min: '268435456' }),
    mb: 512, source: 'cgroup v2 memory.high',
  },
  {
    name: 'cgroupfs-v2-nolimit (upstream: status 9)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', {}), ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-nomemorycontroller (upstream: status 5)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { '/sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io hugetlb pids rdma\n' }, ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-nomemorylimit (upstream: status 9)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', {}), ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-nonstandardlocation (upstream: past the mount lookup, status 5)', cgroup: '0::/\n',
    mountinfo: [PROC_MOUNT, '194 193 0:31 / /opt/cgroups ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup rw'], ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-sillylimit (upstream: status 99)', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { max: '9223372036854771712' }), ...DEFAULT,
  },
  {
    name: 'cgroupfs-v2-subgroup (upstream: 838860800 from the own group\'s memory.low)', cgroup: `0::${SUBGROUP}\n`, mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: {
      '/sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io memory hugetlb pids rdma\n',
      ...v2Files('/sys/fs/cgroup/test123:oopsie', {}),
      ...v2Files(`/sys/fs/cgroup${SUBGROUP}`, { low: '838860800' }),
    },
    mb: 800, source: `cgroup v2 memory.low of ${SUBGROUP}`,
  },
  {
    name: 'heroku-cr-slugs (upstream: 536870912 from the written-out v1 file)', cgroup: '0::/\n',
    mountinfo: ['3554 3528 0:244 / /proc rw,relatime - proc none rw'],
    files: { '/sys/fs/cgroup/memory/memory.limit_in_bytes': '536870912\n' }, mb: 512, source: 'cgroup v1 memory.limit_in_bytes',
  },
  {
    name: 'heroku-ps-slugs (upstream: 2684354560 from a bind-mounted v1 file)', cgroup: '0::/\n',
    mountinfo: [
      '598 596 0:56 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw',
      '604 603 0:61 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - tmpfs none rw,size=100k,mode=555,inode64',
      '607 604 259:0 /containers/dynos/dyno-62a468ec/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.limit_in_bytes ro,relatime master:266 - ext4 /dev/nvme1n1 rw',
    ],
    files: { '/sys/fs/cgroup/memory/memory.limit_in_bytes': '2684354560\n' }, mb: 2560, source: 'cgroup v1 memory.limit_in_bytes',
  },
];

/** Beyond the upstream's cases: shapes seen on real machines. */
const MORE_CASES: readonly Case[] = [
  {
    name: 'own group on an unnamespaced mount (Docker --cgroupns=host): its limit, not the root\'s', cgroup: `0::${DOCKER}\n`,
    mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { ...v2Files(`/sys/fs/cgroup${DOCKER}`, { max: String(768 * MiB) }) }, mb: 768, source: `cgroup v2 memory.max of ${DOCKER}`,
  },
  {
    name: 'a parent group\'s smaller limit bounds the own group', cgroup: '0::/app.slice/web.scope\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { ...v2Files('/sys/fs/cgroup/app.slice', { max: String(1024 * MiB) }), ...v2Files('/sys/fs/cgroup/app.slice/web.scope', { max: String(2048 * MiB) }) },
    mb: 1024, source: 'cgroup v2 memory.max of /app.slice',
  },
  {
    name: 'memory.high above memory.max: the smaller (max) wins', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { high: String(2048 * MiB), max: String(1024 * MiB) }), mb: 1024, source: 'cgroup v2 memory.max',
  },
  {
    name: 'a reservation (memory.low) is used only without any limit above', cgroup: '0::/a/b\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { ...v2Files('/sys/fs/cgroup/a', { max: String(300 * MiB) }), ...v2Files('/sys/fs/cgroup/a/b', { low: String(200 * MiB) }) },
    mb: 300, source: 'cgroup v2 memory.max of /a',
  },
  {
    name: 'the mount holds a subtree (mountinfo root /docker/x): the group path is relative to it', cgroup: '0::/docker/x/web\n',
    mountinfo: [PROC_MOUNT, '194 193 0:31 /docker/x /sys/fs/cgroup ro,nosuid - cgroup2 cgroup rw'],
    files: v2Files('/sys/fs/cgroup/web', { max: String(640 * MiB) }), mb: 640, source: 'cgroup v2 memory.max of /web',
  },
  {
    name: 'cgroup2 at a non-standard place, with a limit', cgroup: '0::/\n',
    mountinfo: [PROC_MOUNT, '194 193 0:31 / /opt/cgroups ro,nosuid,nodev,noexec,relatime - cgroup2 cgroup rw'],
    files: v2Files('/opt/cgroups', { max: String(512 * MiB) }), mb: 512, source: 'cgroup v2 memory.max',
  },
  {
    name: 'hybrid host (this build machine\'s shape): cgroup2 without the memory controller, v1 memory in the own group',
    cgroup: '9:name=systemd:/\n4:memory:/process_api/78fe6456\n1:cpu:/\n0::/\n',
    mountinfo: [
      '31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
      '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
      '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
    ],
    files: {
      '/sys/fs/cgroup/unified/cgroup.controllers': '',
      '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712\n',
      '/sys/fs/cgroup/memory/process_api/78fe6456/memory.limit_in_bytes': `${1536 * MiB}\n`,
    },
    mb: 1536, source: 'cgroup v1 memory.limit_in_bytes of /process_api/78fe6456',
  },
  {
    name: 'v1 memory controller mounted together with cpu ("cpu,memory")', cgroup: '3:cpu,memory:/g\n',
    mountinfo: ['35 31 0:32 / /sys/fs/cgroup/cpu,memory rw,relatime - cgroup cgroup rw,cpu,memory'],
    files: { '/sys/fs/cgroup/cpu,memory/g/memory.limit_in_bytes': `${256 * MiB}\n` }, mb: 256, source: 'cgroup v1 memory.limit_in_bytes of /g',
  },
  {
    name: 'a group path climbing out (/../x) is not followed: the mount point is read', cgroup: '0::/../outside\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
    files: { ...v2Files('/sys/fs/cgroup', { max: String(384 * MiB) }), ...v2Files('/sys/fs/outside', { max: String(64 * MiB) }) },
    mb: 384, source: 'cgroup v2 memory.max',
  },
  {
    name: 'a mountinfo path with an escaped space is skipped', cgroup: '0::/\n',
    mountinfo: [PROC_MOUNT, '194 193 0:31 / /my\\040cgroups ro - cgroup2 cgroup rw', V2_MOUNT],
    files: v2Files('/sys/fs/cgroup', { max: String(512 * MiB) }), mb: 512, source: 'cgroup v2 memory.max',
  },
];

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'memory-sh-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Lays the case out under a fresh sandbox and runs the detection with its roots there. */
async function detect(shell: string, c: Case, env: Record<string, string> = {}): Promise<{ mb: number; source: string; stderr: string }> {
  const box = join(root, String(n++));
  await mkdir(join(box, 'proc/self'), { recursive: true });
  await mkdir(join(box, 'sys/fs/cgroup'), { recursive: true });
  if (c.cgroup !== undefined) await writeFile(join(box, 'proc/self/cgroup'), c.cgroup);
  if (c.mountinfo !== undefined) {
    // Mount points (field 5) move into the sandbox; everything else stays as the kernel wrote it.
    const lines = c.mountinfo.map((l) => l.split(' ').map((f, i) => (i === 4 && f.startsWith('/') ? box + f : f)).join(' '));
    await writeFile(join(box, 'proc/self/mountinfo'), `${lines.join('\n')}\n`);
  }
  for (const [file, text] of Object.entries(c.files ?? {})) {
    await mkdir(dirname(join(box, file)), { recursive: true });
    await writeFile(join(box, file), text);
  }
  const detection = renderMemoryDetection({ ...MEMORY_DETECTION_POLICY, defaultCgroupRoot: join(box, 'sys/fs/cgroup'), procRoot: join(box, 'proc') });
  const script = `__wc_warn() { printf 'warn: %s\\n' "$1" >&2; return 0; }\n${detection}__wc_memory\nprintf '%s|%s\\n' "$__wc_mem" "$__wc_src"\n`;
  const r = await execa(shell, ['-c', script], { env: { PATH: '/usr/bin:/bin', ...env }, extendEnv: false, stdin: 'ignore', reject: false });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  const [mb, source] = String(r.stdout).trim().split('|');
  return { mb: Number(mb), source: (source ?? '').split(box).join(''), stderr: String(r.stderr) };
}

describe.each(SHELLS)('memory detection from cgroups (%s)', (shell) => {
  it.each(UPSTREAM_CASES)("upstream's case $name → $mb MB ($source)", async (c) => {
    const r = await detect(shell, c);
    expect({ mb: r.mb, source: r.source }).toEqual({ mb: c.mb, source: c.source });
    expect(r.stderr).toBe('');
  });

  it.each(MORE_CASES)('$name → $mb MB ($source)', async (c) => {
    const r = await detect(shell, c);
    expect({ mb: r.mb, source: r.source }).toEqual({ mb: c.mb, source: c.source });
    expect(r.stderr).toBe('');
  });

  it('WEB_CONCURRENCY_CGROUP_ROOT is the mount point for both hierarchies; mountinfo is then not read', async () => {
    const box = join(root, `override-${n++}`);
    await mkdir(join(box, 'memory'), { recursive: true });
    await writeFile(join(box, 'memory/memory.limit_in_bytes'), `${700 * MiB}\n`);
    const c: Case = { name: 'override', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT], files: v2Files('/sys/fs/cgroup', { max: String(512 * MiB) }), mb: 0, source: '' };
    const r = await detect(shell, c, { WEB_CONCURRENCY_CGROUP_ROOT: box });
    expect({ mb: r.mb, source: r.source }).toEqual({ mb: 700, source: 'cgroup v1 memory.limit_in_bytes' });
  });

  it('garbage in a limit file is reported with its path and skipped', async () => {
    const c: Case = {
      name: 'garbage', cgroup: '0::/\n', mountinfo: [PROC_MOUNT, V2_MOUNT],
      files: { ...v2Files('/sys/fs/cgroup', { max: String(512 * MiB) }), '/sys/fs/cgroup/memory.high': 'lots\n' }, mb: 0, source: '',
    };
    const r = await detect(shell, c);
    expect({ mb: r.mb, source: r.source }).toEqual({ mb: 512, source: 'cgroup v2 memory.max' });
    expect(r.stderr).toMatch(/^warn: ignoring cgroup v2 memory\.high \(.*\/sys\/fs\/cgroup\/memory\.high\): 'lots' is not a number of bytes$/);
  });
});
