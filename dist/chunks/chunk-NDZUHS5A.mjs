import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  runtimeErrors
} from "./chunk-7KZF2D6S.mjs";

// src/runtime/download.ts
import { createWriteStream } from "node:fs";
import { copyFile, readFile, rm, stat } from "node:fs/promises";
import { pipeline as pipelineCallback, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
var MAX_REDIRECTS = 5;
var PROGRESS_EVERY_MS = 2e3;
var DEFAULT_MIN_BYTES_PER_SECOND = 8 * 1024;
var DEFAULT_THROUGHPUT_WINDOW_MS = 3e4;
var DEFAULT_DEADLINE_MS = 15 * 6e4;
var failureInfo = /* @__PURE__ */ new WeakMap();
function isNotJson(e) {
  return failureInfo.get(e)?.notJson ?? false;
}
function httpStatusOf(e) {
  return failureInfo.get(e)?.status;
}
var AttemptFailure = class extends Error {
  constructor(reason, retry, unreachable = false, status, notJson = false) {
    super(reason);
    this.reason = reason;
    this.retry = retry;
    this.unreachable = unreachable;
    this.status = status;
    this.notJson = notJson;
  }
};
async function downloadToFile(url, dest, opts = {}) {
  try {
    return await transfer(url, opts, async (body, total) => {
      const bytes = await writeBody(body, total, dest, opts);
      if (total !== void 0 && bytes !== total) {
        throw new AttemptFailure(`connection closed after ${bytes} of ${total} bytes`, true);
      }
      return { bytes };
    }, async (path) => {
      await copyFile(path, dest);
      return { bytes: (await stat(dest)).size };
    });
  } catch (e) {
    await rm(dest, { force: true });
    throw e;
  }
}
async function fetchJson(url, opts = {}) {
  const headers = { accept: "application/json", ...opts.headers };
  const parse = (text) => {
    try {
      return JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? ` (${e.message.slice(0, 120)})` : "";
      throw new AttemptFailure(`invalid JSON${why}`, false, false, void 0, true);
    }
  };
  return transfer(
    url,
    { ...opts, headers },
    async (body) => {
      const chunks = [];
      for await (const chunk of body) chunks.push(chunk);
      return parse(Buffer.concat(chunks).toString("utf8"));
    },
    async (path) => parse(await readFile(path, "utf8"))
  );
}
async function transfer(url, opts, consume, local) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(url, new AttemptFailure("not a valid URL", false), 1);
  }
  if (parsed.protocol === "file:") {
    try {
      const file = fileURLToPath(parsed);
      if (!(await stat(file)).isFile()) throw new AttemptFailure("not a regular file", false);
      return await local(file);
    } catch (e) {
      const missing = errorCode(e) === "ENOENT";
      throw fail(url, missing ? new AttemptFailure("file not found", false) : classify(e, opts), 1);
    }
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail(url, new AttemptFailure(`unsupported URL scheme ${parsed.protocol}`, false), 1);
  }
  const attempts = Math.max(1, opts.attempts ?? 3);
  const sleep = opts.sleep ?? ((ms) => delay(ms));
  const dispatcher = await makeDispatcher(opts);
  const now = opts.now ?? Date.now;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = now() + deadlineMs;
  const overDeadline = () => new AttemptFailure(`did not finish within ${seconds(deadlineMs)} (the deadline for one download)`, false);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(parsed, dispatcher, opts.headers ?? {}, consume, watchdog(opts, deadlineAt - now(), overDeadline));
      } catch (e) {
        const failure = classify(e, opts);
        if (!failure.retry || attempt >= attempts) throw fail(url, failure, attempt);
        const wait = (opts.backoffMs ?? 500) * 2 ** (attempt - 1);
        if (now() + wait >= deadlineAt) throw fail(url, overDeadline(), attempt);
        await sleep(wait);
      }
    }
  } finally {
    await dispatcher.destroy().catch(() => void 0);
  }
}
var undici = async () => {
  const m = await import("./undici-ZQNUHUBI.mjs");
  const u = m;
  return typeof u.Agent === "function" ? u : u.default;
};
async function makeDispatcher(opts) {
  const { Agent, EnvHttpProxyAgent } = await undici();
  const read = opts.readTimeoutMs ?? 6e4;
  const options = { connectTimeout: opts.connectTimeoutMs ?? 1e4, headersTimeout: read, bodyTimeout: read };
  const env = process.env;
  const proxied = env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY;
  return proxied ? new EnvHttpProxyAgent(options) : new Agent(options);
}
function watchdog(opts, remainingMs, overDeadline) {
  const controller = new AbortController();
  const now = opts.now ?? Date.now;
  let stopped;
  const abort = (why) => {
    if (stopped) return;
    stopped = why;
    controller.abort(why);
  };
  const deadline = setTimeout(() => abort(overDeadline()), Math.max(0, remainingMs));
  let sampler;
  return {
    signal: controller.signal,
    reason: () => stopped,
    measure(body) {
      const floor = opts.minBytesPerSecond ?? DEFAULT_MIN_BYTES_PER_SECOND;
      const windowMs = opts.throughputWindowMs ?? DEFAULT_THROUGHPUT_WINDOW_MS;
      if (floor <= 0 || windowMs <= 0) return body;
      let received = 0;
      const meter = new Transform({
        transform(chunk, _encoding, done) {
          received += chunk.length;
          done(null, chunk);
        }
      });
      pipelineCallback(body, meter, () => void 0);
      const samples = [{ at: now(), bytes: 0 }];
      sampler = setInterval(() => {
        const at = now();
        samples.push({ at, bytes: received });
        while (samples.length > 1 && samples[1].at <= at - windowMs) samples.shift();
        const ref = samples[0];
        if (at - ref.at < windowMs) return;
        const got = received - ref.bytes;
        if (got < floor * windowMs / 1e3) {
          abort(new AttemptFailure(
            `too slow: ${bytesText(got)} in the last ${seconds(windowMs)}, below the floor of ${bytesText(floor)}/s`,
            true
          ));
        }
      }, Math.max(10, Math.min(1e3, Math.floor(windowMs / 5))));
      sampler.unref();
      return meter;
    },
    stop() {
      clearTimeout(deadline);
      if (sampler) clearInterval(sampler);
    }
  };
}
function bytesText(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
async function attemptOnce(start, dispatcher, headers, consume, dog) {
  try {
    return await followAndConsume(start, dispatcher, headers, consume, dog);
  } catch (e) {
    throw dog.reason() ?? e;
  } finally {
    dog.stop();
  }
}
async function followAndConsume(start, dispatcher, headers, consume, dog) {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await (await undici()).request(url, { method: "GET", headers, dispatcher, signal: dog.signal });
    const status = res.statusCode;
    if (status >= 300 && status < 400 && status !== 304) {
      await res.body.dump();
      const location = res.headers.location;
      if (typeof location !== "string") throw new AttemptFailure(`HTTP ${status} without a Location header`, false);
      if (hop >= MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects`, false);
      url = new URL(location, url);
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new AttemptFailure(`redirected to unsupported URL ${url.href}`, false);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      await res.body.dump();
      const transient = status === 408 || status === 429 || status >= 500;
      const { STATUS_CODES } = await import("node:http");
      throw new AttemptFailure(`HTTP ${status} ${STATUS_CODES[status] ?? ""}`.trim(), transient, false, status);
    }
    const length = Number(res.headers["content-length"]);
    return await consume(dog.measure(res.body), Number.isSafeInteger(length) && length >= 0 ? length : void 0);
  }
}
async function writeBody(body, total, dest, opts) {
  const now = opts.now ?? Date.now;
  let bytes = 0;
  let lastReport = now();
  await pipeline(
    body,
    async function* (source) {
      for await (const chunk of source) {
        bytes += chunk.length;
        if (opts.progress && now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now();
          opts.progress(progressLine(bytes, total));
        }
        yield chunk;
      }
    },
    createWriteStream(dest)
  );
  return bytes;
}
function progressLine(bytes, total) {
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  if (!total) return `Downloaded ${mb(bytes)}`;
  return `Downloaded ${mb(bytes)} of ${mb(total)} (${Math.floor(bytes / total * 100)}%)`;
}
function errorCode(e) {
  const err = e;
  const code = err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
  return typeof code === "string" ? code : void 0;
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3}s` : `${ms}ms`;
}
function classify(e, opts) {
  if (e instanceof AttemptFailure) return e;
  const code = errorCode(e);
  switch (code) {
    // Final on purpose: on a locked-down build network the host simply does not
    // resolve, and failing at once lets the caller move on to another source.
    case "ENOTFOUND":
      return new AttemptFailure("host not found (ENOTFOUND)", false, true);
    // The resolver itself says "try again later".
    case "EAI_AGAIN":
      return new AttemptFailure("DNS lookup failed temporarily (EAI_AGAIN)", true, true);
    // A firewall rejecting us, or nothing listening: retrying seconds later rarely helps.
    case "ECONNREFUSED":
      return new AttemptFailure("connection refused", false, true);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new AttemptFailure(`host unreachable (${code})`, false, true);
    case "UND_ERR_CONNECT_TIMEOUT":
      return new AttemptFailure(`could not connect: timed out after ${seconds(opts.connectTimeoutMs ?? 1e4)}`, true, true);
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return new AttemptFailure(`timed out after ${seconds(opts.readTimeoutMs ?? 6e4)} without data`, true);
    case "ECONNRESET":
      return new AttemptFailure("connection reset", true);
    case "UND_ERR_SOCKET":
    case "ERR_STREAM_PREMATURE_CLOSE":
    case "EPIPE":
    case "ETIMEDOUT":
      return new AttemptFailure("connection closed before the download finished", true);
    default:
      return new AttemptFailure(e instanceof Error ? e.message : String(e), false);
  }
}
function fail(url, failure, attempts) {
  const error = runtimeErrors.downloadFailed(url, failure.reason, attempts);
  failureInfo.set(error, { unreachable: failure.unreachable, status: failure.status, notJson: failure.notJson });
  return error;
}

export {
  isNotJson,
  httpStatusOf,
  downloadToFile,
  fetchJson
};
