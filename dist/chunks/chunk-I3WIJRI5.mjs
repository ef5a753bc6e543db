import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  runtimeErrors
} from "./chunk-WK5DMZ3N.mjs";

// src/runtime/download.ts
import { createWriteStream } from "node:fs";
import { copyFile, readFile, rm, stat } from "node:fs/promises";
import { STATUS_CODES } from "node:http";
import { pipeline } from "node:stream/promises";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
var MAX_REDIRECTS = 5;
var PROGRESS_EVERY_MS = 2e3;
var failureInfo = /* @__PURE__ */ new WeakMap();
function httpStatusOf(e) {
  return failureInfo.get(e)?.status;
}
var AttemptFailure = class extends Error {
  constructor(reason, retry, unreachable = false, status) {
    super(reason);
    this.reason = reason;
    this.retry = retry;
    this.unreachable = unreachable;
    this.status = status;
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
    } catch {
      throw new AttemptFailure("invalid JSON", false);
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
      return await local(fileURLToPath(parsed));
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
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(parsed, dispatcher, opts.headers ?? {}, consume);
      } catch (e) {
        const failure = classify(e, opts);
        if (!failure.retry || attempt >= attempts) throw fail(url, failure, attempt);
        await sleep((opts.backoffMs ?? 500) * 2 ** (attempt - 1));
      }
    }
  } finally {
    await dispatcher.destroy().catch(() => void 0);
  }
}
var undici = async () => {
  const m = await import("./undici-7H55XOGA.mjs");
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
async function attemptOnce(start, dispatcher, headers, consume) {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await (await undici()).request(url, { method: "GET", headers, dispatcher });
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
      throw new AttemptFailure(`HTTP ${status} ${STATUS_CODES[status] ?? ""}`.trim(), transient, false, status);
    }
    const length = Number(res.headers["content-length"]);
    return consume(res.body, Number.isSafeInteger(length) && length >= 0 ? length : void 0);
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
  failureInfo.set(error, { unreachable: failure.unreachable, status: failure.status });
  return error;
}

export {
  httpStatusOf,
  downloadToFile,
  fetchJson
};
