/**
 * HTTP for the store builder: bounded downloads (connect/read timeouts through an
 * abort on silence, an overall deadline, retries with backoff on transient failures)
 * and a sha256 computed while the bytes are written. A 404/410 is an answer ("not
 * served"), never retried.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { storeErrors } from './errors.mjs';

const SILENCE_MS = 60_000;
const DEADLINE_MS = 20 * 60_000;
const ATTEMPTS = 4;

/**
 * @param {string} url
 * @param {string} dest written in full or not at all (removed on failure)
 * @param {{ log?: (line: string) => void, attempts?: number, silenceMs?: number }} [opts]
 * @returns {Promise<{ served: true, sha256: string, size: number } | { served: false, status: number }>}
 */
export async function download(url, dest, opts = {}) {
  const attempts = opts.attempts ?? ATTEMPTS;
  const deadline = Date.now() + DEADLINE_MS;
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await delay(Math.min(1000 * 2 ** (attempt - 2), 10_000));
    try {
      return await downloadOnce(url, dest, opts.silenceMs ?? SILENCE_MS, deadline);
    } catch (e) {
      await rm(dest, { force: true });
      lastError = e;
      if (e?.permanent || Date.now() > deadline) break;
      opts.log?.(`  ${url}: ${e.message}; retrying (${attempt}/${attempts})`);
    }
  }
  throw storeErrors.unreachable(url, lastError?.message ?? String(lastError));
}

async function downloadOnce(url, dest, silenceMs, deadline) {
  const controller = new AbortController();
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${silenceMs / 1000} s`)), Math.min(silenceMs, Math.max(1, deadline - Date.now())));
  };
  arm();
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      return { served: false, status: res.status };
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      const err = new Error(`HTTP ${res.status}`);
      err.permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
      throw err;
    }
    const hash = createHash('sha256');
    let size = 0;
    const body = Readable.fromWeb(res.body);
    body.on('data', (chunk) => {
      arm();
      hash.update(chunk);
      size += chunk.length;
    });
    await pipeline(body, createWriteStream(dest));
    return { served: true, sha256: hash.digest('hex'), size };
  } catch (e) {
    if (controller.signal.aborted && controller.signal.reason instanceof Error) throw controller.signal.reason;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a URL is served (HEAD), for --probe. */
export async function isServed(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    return { served: res.ok, status: res.status };
  } catch (e) {
    return { served: false, status: 0, error: e?.message ?? String(e) };
  }
}

export function sha256File(path) {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('end', () => resolve(h.digest('hex'))).on('error', reject);
  });
}
