import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";

// src/php/memory-limit.ts
var PHP_BUILTIN_MEMORY_LIMIT = Object.freeze({
  value: Object.freeze({ bytes: 128 * 1024 * 1024 }),
  source: "PHP's built-in default"
});
var MIN_MEMORY_LIMIT_BYTES = 2 * 1024 * 1024;
var MULTIPLIERS = { k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n };
function parseIniSize(text) {
  const t = text.trim();
  if (/^-0*1$/.test(t)) return { kind: "unlimited" };
  const m = /^\+?(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|([0-9]+))([kKmMgG]?)$/.exec(t);
  if (m === null) return { kind: "invalid" };
  const [, hex, oct, bin, dec, suffix = ""] = m;
  const digits = hex !== void 0 ? `0x${hex}` : oct !== void 0 ? `0o${oct}` : bin !== void 0 ? `0b${bin}` : dec ?? "";
  const bytes = BigInt(digits) * (MULTIPLIERS[suffix.toLowerCase()] ?? 1n);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) return { kind: "invalid" };
  return { kind: "bytes", bytes: Number(bytes) };
}
function findIniSettings(text, key) {
  const lines = text.split(/\r\n|\n|\r/);
  const found = [];
  let conditional = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? "").trimStart();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    if (line.startsWith("[")) {
      const close = line.indexOf("]");
      const name2 = (close === -1 ? line.slice(1) : line.slice(1, close)).trim();
      conditional = /^(PATH|HOST)=/i.test(name2);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) continue;
    const name = line.slice(0, eq).trim();
    let raw = line.slice(eq + 1).trimStart();
    let value;
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      let out = "";
      let pos = 1;
      let closed = false;
      while (!closed) {
        if (pos >= raw.length) {
          if (i + 1 >= lines.length) break;
          i++;
          raw += `
${lines[i] ?? ""}`;
        }
        const c = raw[pos] ?? "";
        if (c === quote) closed = true;
        else if (quote === '"' && c === "\\" && pos + 1 < raw.length) out += raw[++pos] ?? "";
        else out += c;
        pos++;
      }
      const after = raw.slice(pos).trim();
      value = closed && (after === "" || after.startsWith(";")) ? out : raw.trim();
    } else {
      const semi = raw.indexOf(";");
      value = (semi === -1 ? raw : raw.slice(0, semi)).trim();
    }
    if (name === key && !conditional) found.push({ value, line: lineNo });
  }
  return found;
}
function pairValue(value) {
  const settings = findIniSettings(`v = ${value}`, "v");
  return settings[0]?.value ?? value.trim();
}
function determineMemoryLimit(layers) {
  let last;
  for (const layer of layers) {
    if (layer.text !== void 0) {
      for (const s of findIniSettings(layer.text, "memory_limit")) {
        last = { raw: s.value, where: `${layer.source}, line ${s.line}`, source: layer.source };
      }
    }
    for (const [index, pair] of (layer.pairs ?? []).entries()) {
      if (pair.key.trim() !== "memory_limit") continue;
      last = { raw: pairValue(pair.value), where: `${layer.source}, entry ${index + 1}`, source: layer.source };
    }
  }
  if (last === void 0) return PHP_BUILTIN_MEMORY_LIMIT;
  const size = parseIniSize(last.raw);
  if (size.kind === "invalid") throw memoryLimitErrors.invalid(last.raw, last.where);
  if (size.kind === "unlimited") return { value: "unlimited", source: last.source };
  if (size.bytes < MIN_MEMORY_LIMIT_BYTES) throw memoryLimitErrors.tooSmall(last.raw, last.where);
  return { value: { bytes: size.bytes }, source: last.source };
}
function checkMemoryLimit(limit) {
  if (limit.value !== "unlimited") return [];
  return [
    {
      id: "php/memory-limit-unlimited",
      message: `memory_limit is -1 (no limit) in ${limit.source}: a single PHP request can use all the container's memory, and WEB_CONCURRENCY cannot be derived from it, so PHP-FPM runs 3 workers. Set a limit (e.g. memory_limit=256M in extra.paas.php-config of composer.json) or set WEB_CONCURRENCY.`
    }
  ];
}
function formatIniSize(value) {
  if (value === "unlimited") return "-1";
  for (const [suffix, factor] of [
    ["G", 1024 ** 3],
    ["M", 1024 ** 2],
    ["K", 1024]
  ]) {
    if (value.bytes >= factor && value.bytes % factor === 0) return `${value.bytes / factor}${suffix}`;
  }
  return String(value.bytes);
}
var FIX = "Where it is set, write memory_limit as a whole number of bytes with an optional K, M or G suffix, e.g. memory_limit=256M, or -1 for no limit.";
var WHY = "memory_limit caps the memory of each PHP request, and the number of PHP-FPM workers (WEB_CONCURRENCY) is computed from it at boot, so the build stops rather than guess.";
var memoryLimitErrors = {
  invalid: (raw, where) => new BuildError(
    "php/invalid-memory-limit",
    `memory_limit ${JSON.stringify(raw)} is not a size PHP can read`,
    `${where} sets memory_limit to ${JSON.stringify(raw)}.
${WHY}
${FIX}` + (raw.includes("${") ? "\nA value taken from an environment variable (${\u2026}) is only known at run time: write the number itself." : "")
  ),
  tooSmall: (raw, where) => new BuildError(
    "php/invalid-memory-limit",
    `memory_limit ${JSON.stringify(raw)} is too small for PHP to start`,
    `${where} sets memory_limit to ${JSON.stringify(raw)}, less than 2M: PHP uses more than that before running any code, so it would refuse the limit at startup.
${WHY}
${FIX}`
  )
};

export {
  findIniSettings,
  determineMemoryLimit,
  checkMemoryLimit,
  formatIniSize
};
