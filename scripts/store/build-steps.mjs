/**
 * From verified sources to built install roots: extracting a job's tarballs (only once
 * every file of it passed its check), the generated Makefile that runs every build step
 * under one `make -jN` (a configure, serial, overlaps another artifact's compile), and
 * reading back which step failed or how long each took.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { storeErrors } from './errors.mjs';
import { sourceFiles } from './plan.mjs';
import { PREFIX } from './recipes.mjs';
import { log, run, STEPS } from './util.mjs';
import { checkUpstreamSignature, fetchVerified } from './verify.mjs';

/** Every verified source of a job, extracted into its work dir (the first time anything of it is unpacked). */
export async function prepareJob(job, work, downloads, ctx) {
  const rows = [job.row, ...(job.extensions ?? []).map((e) => e.row)];
  job.provenance = [];
  for (const row of rows) {
    const got = await fetchVerified({ debian: row.debian, files: sourceFiles(row) }, downloads, ctx);
    const record = {
      package: row.debian.package,
      debianVersion: row.debian.version,
      files: sourceFiles(row).map((f) => ({ file: f.file, sha256: f.sha256, url: got.origin[f.file] })),
      verifiedBy: got.verifiedBy,
    };
    if (row.upstreamSignature) {
      record.upstreamSignature = {
        file: row.upstreamSignature.file,
        keysFrom: `${row.upstreamSignature.keysFrom.file}:${row.upstreamSignature.keysFrom.member}`,
        signers: await checkUpstreamSignature(got.paths[row.orig.file], got.paths[row.upstreamSignature.file], got.paths[row.upstreamSignature.keysFrom.file], row.upstreamSignature.keysFrom.member, ctx),
      };
      log(`  ${row.orig.file}: php.net release manager's signature verified (${record.upstreamSignature.signers.map((s) => s.slice(-16)).join(', ')})`);
    }
    log(`  ${row.orig.file}: sha256 matches ${got.verifiedBy?.kind === 'dsc' ? `the .dsc signed by ${got.verifiedBy.signers.map((s) => s.slice(-16)).join(', ')}` : `the Sources index of an InRelease signed by ${(got.verifiedBy?.signers ?? []).map((s) => s.slice(-16)).join(', ')}`}`);
    job.provenance.push(record);
    row.localOrig = got.paths[row.orig.file];
  }
  if (ctx.verifyOnly) return;
  await rm(work, { recursive: true, force: true });
  // Nothing of a source was unpacked before this point: every file above passed its check.
  await mkdir(join(work, 'src'), { recursive: true });
  await mkdir(join(work, 'logs'), { recursive: true });
  await mkdir(join(work, 'root'), { recursive: true });
  // Only the row's own directory of the tarball (multi-version origs hold several).
  await run('tar', ['-xf', job.row.localOrig, '-C', join(work, 'src'), '--no-same-owner', job.row.orig.dir]);
  job.src = join(work, 'src', job.row.orig.dir);
  for (const e of job.extensions ?? []) {
    await mkdir(join(work, 'ext'), { recursive: true });
    await run('tar', ['-xf', e.row.localOrig, '-C', join(work, 'ext'), '--no-same-owner', e.row.orig.dir]);
    e.src = join(work, 'ext', e.row.orig.dir);
  }
}

/** The generated Makefile: one target per step, sharing the job slots of one `make -jN`. */
export function renderMakefile(jobs) {
  const lines = ['# Written by scripts/build-store.mjs: one target per build step.', '.PHONY: all', ''];
  const targets = [];
  const step = (target, deps, logFile, argv) => {
    targets.push(target);
    lines.push(`${target}:${deps.length ? ` ${deps.join(' ')}` : ''}`);
    lines.push(`\t+@bash ${join(STEPS, 'run-step.sh')} ${target} ${logFile} ${argv.join(' ')}`, '');
  };
  for (const job of jobs) {
    const w = job.work;
    if (job.name === 'php') {
      step(`${job.id}`, [], join(w, 'logs/php.log'), ['bash', join(STEPS, 'build-php.sh'), job.src, join(w, 'root'), join(w, 'php.args')]);
      for (const e of job.extensions) {
        step(`${job.id}.${e.name}`, [job.id, ...e.after.map((a) => `${job.id}.${a}`)], join(w, `logs/${e.name}.log`), [
          'bash', join(STEPS, 'build-php-ext.sh'), e.src, join(w, 'root'), PREFIX.php, join(w, `${e.name}.args`),
        ]);
      }
    } else if (job.name === 'nginx') {
      step(job.id, [], join(w, 'logs/nginx.log'), ['bash', join(STEPS, 'build-nginx.sh'), job.src, join(w, 'root'), join(w, 'nginx.args')]);
    }
  }
  lines.splice(1, 0, `all: ${targets.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

export async function runMake(makefile, jobs, env) {
  const child = spawn('make', ['-f', makefile, `-j${jobs}`, 'all'], { stdio: ['ignore', 2, 2], env });
  return new Promise((ok) => child.on('close', (code) => ok(code)));
}

export async function failedStep(jobs) {
  for (const job of jobs) {
    for (const logFile of (await readdir(join(job.work, 'logs')).catch(() => [])).filter((n) => n.endsWith('.log'))) {
      const p = join(job.work, 'logs', logFile);
      if (existsSync(`${p}.failed`)) {
        const tail = (await readFile(p, 'utf8')).trimEnd().split('\n').slice(-25).join('\n');
        return storeErrors.buildFailed(`${job.id} (${logFile.replace(/\.log$/, '')})`, p, tail);
      }
    }
  }
  return storeErrors.buildFailed('the build', '(no step recorded a failure)', '');
}

export async function stepSeconds(job) {
  let total = 0;
  for (const n of (await readdir(join(job.work, 'logs')).catch(() => [])).filter((f) => f.endsWith('.seconds'))) {
    total += Number(await readFile(join(job.work, 'logs', n), 'utf8')) || 0;
  }
  return total;
}
