/**
 * The one HTTP(S)/file transport for runtime artifacts and registry metadata:
 * timeouts, redirects, retries with backoff, and a BuildError naming the URL when it
 * finally gives up. It reads HTTP(S)_PROXY from the environment because it is the I/O
 * edge; nothing here decides *what* to download.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, readFile, rm, stat } from 'node:fs/promises';
import { pipeline as pipelineCallback, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Dispatcher } from 'undici';
import type { BuildError } from '../errors/build-error.js';
import { runtimeErrors } from '../errors/catalog.js';
import { diskFullCode } from '../cache/cache-writes.js';

export interface DownloadOptions {
  /** Time allowed to open the TCP/TLS connection. */
  connectTimeoutMs?: number;
  /**
   * Time allowed between sending a request and the response's headers. A host that lets
   * it pass is silent: see SILENT_ATTEMPTS.
   */
  headersTimeoutMs?: number;
  /** Longest silence allowed between body chunks. */
  readTimeoutMs?: number;
  /**
   * Throughput floor: a body that brings fewer bytes than this per second, averaged
   * over `throughputWindowMs`, is abandoned (and retried). Each byte resets the read
   * timeout, so without a floor a server trickling a byte a second holds a build for
   * ever. 0 disables it.
   */
  minBytesPerSecond?: number;
  throughputWindowMs?: number;
  /** The whole download, every attempt and backoff included, must end within this. */
  deadlineMs?: number;
  attempts?: number;
  /** Wait before the 2nd attempt; doubled for each further one. */
  backoffMs?: number;
  progress?: (line: string) => void;
  headers?: Record<string, string>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const MAX_REDIRECTS = 5;
const PROGRESS_EVERY_MS = 2000;
/**
 * Defaults: 8 KB/s over 30 s is far below any working mirror (a Node.js tarball at that
 * rate takes an hour) yet stops a trickle within half a minute; 15 minutes fits the
 * largest artifact (~50 MB) on a slow but working network (~60 KB/s).
 */
const DEFAULT_MIN_BYTES_PER_SECOND = 8 * 1024;
/**
 * A host that accepts the connection and never answers (a dead mirror behind a live load
 * balancer, a blackholing proxy) must be reported within a minute: 25 s for the headers,
 * and a second silent attempt ends the download (2 × 25 s + the backoff). A live server,
 * even a slow one, sends its headers well within that; its body then has the read timeout
 * and the throughput floor.
 */
export const DEFAULT_HEADERS_TIMEOUT_MS = 25_000;
export const SILENT_ATTEMPTS = 2;
const DEFAULT_READ_TIMEOUT_MS = 60_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 500;
const DEFAULT_THROUGHPUT_WINDOW_MS = 30_000;
const DEFAULT_DEADLINE_MS = 15 * 60_000;

/** Facts about a failure that callers may branch on without parsing the message. */
interface FailureInfo {
  unreachable: boolean;
  status?: number;
  /** The server answered, but the body is not the JSON fetchJson was asked for. */
  notJson?: boolean;
}
const failureInfo = new WeakMap<BuildError, FailureInfo>();

/**
 * True when the host could not be reached at all (DNS, refused, unroutable, connect
 * timeout) as opposed to answering badly. Lets an installer say "host unreachable,
 * trying the registry" instead of repeating a generic failure.
 */
export function isUnreachable(e: unknown): boolean {
  return failureInfo.get(e as BuildError)?.unreachable ?? false;
}

/**
 * True when fetchJson got an answer that is not JSON (a garbage manifest, a proxy's
 * error page): the caller can name the document rather than blame the network.
 */
export function isNotJson(e: unknown): boolean {
  return failureInfo.get(e as BuildError)?.notJson ?? false;
}

/** The HTTP status of the final failed response, if the failure was one. */
export function httpStatusOf(e: unknown): number | undefined {
  return failureInfo.get(e as BuildError)?.status;
}

/** One attempt's failure, classified so the retry loop knows whether to try again. */
class AttemptFailure extends Error {
  constructor(
    readonly reason: string,
    readonly retry: boolean,
    readonly unreachable = false,
    readonly status?: number,
    readonly notJson = false,
    /** The host accepted the connection and sent nothing (see SILENT_ATTEMPTS). */
    readonly silent = false,
  ) {
    super(reason);
  }
}

export async function downloadToFile(
  url: string,
  dest: string,
  opts: DownloadOptions = {},
): Promise<{ bytes: number }> {
  try {
    return await transfer(url, opts, async (body, total) => {
      const bytes = await writeBody(body, total, dest, opts);
      // undici notices most truncations itself; this catches a server that closes
      // cleanly after announcing a longer body.
      if (total !== undefined && bytes !== total) {
        throw new AttemptFailure(`connection closed after ${bytes} of ${total} bytes`, true);
      }
      return { bytes };
    }, async (path) => {
      await copyFile(path, dest);
      return { bytes: (await stat(dest)).size };
    });
  } catch (e) {
    // A partial file must never be mistaken for an artifact by a later step.
    await rm(dest, { force: true });
    throw e;
  }
}

export async function fetchJson(url: string, opts: DownloadOptions = {}): Promise<unknown> {
  const headers = { accept: 'application/json', ...opts.headers };
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      // Typically a captive portal or proxy error page; asking again will not help.
      const why = e instanceof Error ? ` (${e.message.slice(0, 120)})` : '';
      throw new AttemptFailure(`invalid JSON${why}`, false, false, undefined, true);
    }
  };
  return transfer(
    url,
    { ...opts, headers },
    async (body) => {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      return parse(Buffer.concat(chunks).toString('utf8'));
    },
    async (path) => parse(await readFile(path, 'utf8')),
  );
}

/**
 * Runs `consume` on a successful response body, with retries; `file://` URLs go to
 * `local` instead and are tried once (a missing local file does not come back).
 */
async function transfer<T>(
  url: string,
  opts: DownloadOptions,
  consume: Consume<T>,
  local: (path: string) => Promise<T>,
): Promise<T> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(url, new AttemptFailure('not a valid URL', false), 1);
  }
  if (parsed.protocol === 'file:') {
    try {
      const file = fileURLToPath(parsed);
      // A FIFO or a device would block the read for ever (no deadline applies to it).
      if (!(await stat(file)).isFile()) throw new AttemptFailure('not a regular file', false);
      return await local(file);
    } catch (e) {
      // The disk the file goes to is full: not the download's failure (see below).
      if (diskFullCode(e)) throw e;
      const missing = errorCode(e) === 'ENOENT';
      throw fail(url, missing ? new AttemptFailure('file not found', false) : classify(e, opts), 1);
    }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw fail(url, new AttemptFailure(`unsupported URL scheme ${parsed.protocol}`, false), 1);
  }

  const attempts = Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS);
  const sleep = opts.sleep ?? ((ms: number) => delay(ms));
  const dispatcher = await makeDispatcher(opts);
  const now = opts.now ?? Date.now;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = now() + deadlineMs;
  const overDeadline = () => new AttemptFailure(`did not finish within ${seconds(deadlineMs)} (the deadline for one download)`, false);
  let silent = 0;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(parsed, { dispatcher, headers: opts.headers ?? {}, consume, dog: watchdog(opts, deadlineAt - now(), overDeadline) });
      } catch (e) {
        // Writing the file failed for want of space: the disk's problem, said as such by
        // the caller (a full cache disk is skipped, see ArtifactCache), never retried.
        if (diskFullCode(e)) throw e;
        const failure = classify(e, opts);
        if (failure.silent) silent++;
        if (!failure.retry || attempt >= attempts || silent >= SILENT_ATTEMPTS) throw fail(url, failure, attempt);
        const wait = (opts.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (attempt - 1);
        if (now() + wait >= deadlineAt) throw fail(url, overDeadline(), attempt);
        await sleep(wait);
      }
    }
  } finally {
    // Every body has been consumed or dumped by now; destroy just drops idle sockets
    // so a finished build does not keep the event loop alive.
    await dispatcher.destroy().catch(() => undefined);
  }
}

// undici is bigger than the rest of the engine: loaded on the first network download
// only (dist/vendor/undici.cjs), so that detect, plan and a warm build do not parse it
// (start-up time). Its exports may come as the default export only (a CommonJS module seen
// through an import), so both shapes are read.
type Undici = Pick<typeof import('undici'), 'Agent' | 'EnvHttpProxyAgent' | 'request'>;
const undici = async (): Promise<Undici> => {
  const m: unknown = await import('undici');
  const u = m as Undici & { default?: Undici };
  return typeof u.Agent === 'function' ? u : u.default!;
};

async function makeDispatcher(opts: DownloadOptions): Promise<Dispatcher> {
  const { Agent, EnvHttpProxyAgent } = await undici();
  const options = {
    connectTimeout: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    headersTimeout: opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    bodyTimeout: opts.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
  };
  // EnvHttpProxyAgent is experimental in undici 6 and prints a process warning when
  // constructed, which would end up in the build log; use it only when a proxy is set.
  const env = process.env;
  const proxied = env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY;
  return proxied ? new EnvHttpProxyAgent(options) : new Agent(options);
}

/**
 * Stops an attempt that outlives the download's deadline or whose body arrives slower
 * than the floor: `signal` aborts the request (undici then destroys the body), and
 * `reason()` says which limit it was, since the abort error itself does not.
 */
interface Watchdog {
  readonly signal: AbortSignal;
  reason(): AttemptFailure | undefined;
  /** The body to read instead of `body`: from now on it is measured against the floor. */
  measure(body: Readable): Readable;
  stop(): void;
}

function watchdog(opts: DownloadOptions, remainingMs: number, overDeadline: () => AttemptFailure): Watchdog {
  const controller = new AbortController();
  const now = opts.now ?? Date.now;
  let stopped: AttemptFailure | undefined;
  const abort = (why: AttemptFailure) => {
    if (stopped) return;
    stopped = why;
    controller.abort(why);
  };
  const deadline = setTimeout(() => abort(overDeadline()), Math.max(0, remainingMs));
  let sampler: NodeJS.Timeout | undefined;
  return {
    signal: controller.signal,
    reason: () => stopped,
    measure(body) {
      const floor = opts.minBytesPerSecond ?? DEFAULT_MIN_BYTES_PER_SECOND;
      const windowMs = opts.throughputWindowMs ?? DEFAULT_THROUGHPUT_WINDOW_MS;
      if (floor <= 0 || windowMs <= 0) return body;
      let received = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          done(null, chunk);
        },
      });
      // An error of the body (the abort included) destroys the meter with it.
      pipelineCallback(body, meter, () => undefined);
      // Samples of (time, bytes so far); the oldest one still a window old is the
      // reference the last window's throughput is measured from.
      const samples: Array<{ at: number; bytes: number }> = [{ at: now(), bytes: 0 }];
      sampler = setInterval(() => {
        const at = now();
        samples.push({ at, bytes: received });
        while (samples.length > 1 && samples[1]!.at <= at - windowMs) samples.shift();
        const ref = samples[0]!;
        if (at - ref.at < windowMs) return; // less than one window of body yet
        const got = received - ref.bytes;
        if (got < (floor * windowMs) / 1000) {
          abort(new AttemptFailure(
            `too slow: ${bytesText(got)} in the last ${seconds(windowMs)}, below the floor of ${bytesText(floor)}/s`, true));
        }
      }, Math.max(10, Math.min(1000, Math.floor(windowMs / 5))));
      sampler.unref();
      return meter;
    },
    stop() {
      clearTimeout(deadline);
      if (sampler) clearInterval(sampler);
    },
  };
}

function bytesText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/** What a response body is read with: its bytes and the announced length. */
type Consume<T> = (body: Readable, total: number | undefined) => Promise<T>;

/** One attempt's means: the connection pool, the request headers, the body's reader, the attempt's watchdog. */
interface Attempt<T> {
  readonly dispatcher: Dispatcher;
  readonly headers: Record<string, string>;
  readonly consume: Consume<T>;
  readonly dog: Watchdog;
}

/** One GET, following redirects by hand so every hop is checked and counted. */
async function attemptOnce<T>(start: URL, attempt: Attempt<T>): Promise<T> {
  const { dog } = attempt;
  try {
    return await followAndConsume(start, attempt);
  } catch (e) {
    // The abort surfaces as some stream or abort error; the watchdog knows the cause.
    throw dog.reason() ?? e;
  } finally {
    dog.stop();
  }
}

async function followAndConsume<T>(start: URL, { dispatcher, headers, consume, dog }: Attempt<T>): Promise<T> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await (await undici()).request(url, { method: 'GET', headers, dispatcher, signal: dog.signal });
    const status = res.statusCode;
    if (status >= 300 && status < 400 && status !== 304) {
      await res.body.dump();
      const location = res.headers.location;
      if (typeof location !== 'string') throw new AttemptFailure(`HTTP ${status} without a Location header`, false);
      if (hop >= MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects`, false);
      url = new URL(location, url);
      // A redirect must not turn a remote download into a read of a local file.
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new AttemptFailure(`redirected to unsupported URL ${url.href}`, false);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      await res.body.dump();
      // 408/429/5xx are the server saying "not now"; any other 4xx will not change.
      const transient = status === 408 || status === 429 || status >= 500;
      // node:http loaded here, not at the top: the PHP bin/plan path imports this module,
      // and node:http costs ~10 ms of start-up for a reason phrase.
      const { STATUS_CODES } = await import('node:http');
      throw new AttemptFailure(`HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trim(), transient, false, status);
    }
    const length = Number(res.headers['content-length']);
    return await consume(dog.measure(res.body), Number.isSafeInteger(length) && length >= 0 ? length : undefined);
  }
}

async function writeBody(body: Readable, total: number | undefined, dest: string, opts: DownloadOptions): Promise<number> {
  const now = opts.now ?? Date.now;
  let bytes = 0;
  let lastReport = now();
  await pipeline(
    body,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        bytes += chunk.length;
        if (opts.progress && now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now();
          opts.progress(progressLine(bytes, total));
        }
        yield chunk;
      }
    },
    createWriteStream(dest),
  );
  return bytes;
}

export function progressLine(bytes: number, total: number | undefined): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  if (!total) return `Downloaded ${mb(bytes)}`;
  return `Downloaded ${mb(bytes)} of ${mb(total)} (${Math.floor((bytes / total) * 100)}%)`;
}

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] } | undefined;
  const code = err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
  return typeof code === 'string' ? code : undefined;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

function classify(e: unknown, opts: DownloadOptions): AttemptFailure {
  if (e instanceof AttemptFailure) return e;
  const code = errorCode(e);
  switch (code) {
    // Final on purpose: on a locked-down build network the host simply does not
    // resolve, and failing at once lets the caller move on to another source.
    case 'ENOTFOUND':
      return new AttemptFailure('host not found (ENOTFOUND)', false, true);
    // The resolver itself says "try again later".
    case 'EAI_AGAIN':
      return new AttemptFailure('DNS lookup failed temporarily (EAI_AGAIN)', true, true);
    // A firewall rejecting us, or nothing listening: retrying seconds later rarely helps.
    case 'ECONNREFUSED':
      return new AttemptFailure('connection refused', false, true);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new AttemptFailure(`host unreachable (${code})`, false, true);
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new AttemptFailure(`could not connect: timed out after ${seconds(opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS)}`, true, true);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new AttemptFailure(
        `the host accepted the connection but sent no answer within ${seconds(opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS)}`,
        true, true, undefined, false, true);
    case 'UND_ERR_BODY_TIMEOUT':
      return new AttemptFailure(`timed out after ${seconds(opts.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS)} without data`, true);
    case 'ECONNRESET':
      return new AttemptFailure('connection reset', true);
    case 'UND_ERR_SOCKET':
    case 'ERR_STREAM_PREMATURE_CLOSE':
    case 'EPIPE':
    case 'ETIMEDOUT':
      return new AttemptFailure('connection closed before the download finished', true);
    default:
      // TLS problems, a full disk, …: the message is the best description we have.
      return new AttemptFailure(e instanceof Error ? e.message : String(e), false);
  }
}

function fail(url: string, failure: AttemptFailure, attempts: number): BuildError {
  const error = runtimeErrors.downloadFailed(url, failure.reason, attempts);
  failureInfo.set(error, { unreachable: failure.unreachable, status: failure.status, notJson: failure.notJson });
  return error;
}
