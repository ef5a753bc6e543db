import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";

// src/errors/command-failed.ts
function exitSummary(exit) {
  if ("code" in exit) return `exit code ${exit.code}`;
  if ("signal" in exit) return `killed by signal ${exit.signal}`;
  return "could not start";
}
function commandOutcome(command, exit, tail) {
  const how = "code" in exit ? `exited with code ${exit.code}` : "signal" in exit ? `was killed by signal ${exit.signal}` : `could not start: ${exit.notStarted}`;
  return `\`${command}\` ${how}.${tail ? `
Last lines of its output:
${tail}` : ""}`;
}
function commandFailedError(id, f) {
  const hints = f.hint.filter((h) => !!h);
  return new BuildError(id, `${f.what} failed (${exitSummary(f.exit)})`, [commandOutcome(f.command, f.exit, f.tail), ...hints].join("\n"));
}

export {
  exitSummary,
  commandOutcome,
  commandFailedError
};
