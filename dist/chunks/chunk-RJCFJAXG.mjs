import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/env/sourced.ts
var defaultSource = (says) => says === void 0 ? { kind: "default" } : { kind: "default", says };
var fileSource = (file, key) => key === void 0 ? { kind: "file", file } : { kind: "file", file, key };
var configVarSource = (name) => name === void 0 ? { kind: "config-var" } : { kind: "config-var", name };
function describeSource(source) {
  switch (source.kind) {
    case "default":
      return source.says ?? "default";
    case "framework-default":
      return `the ${source.framework} default`;
    case "file":
      return source.key !== void 0 ? `${source.key} in ${source.file}` : source.part !== void 0 ? `${source.file} (${source.part})` : source.file;
    case "config-var":
      return source.name === void 0 ? "config var" : `${source.name} config var`;
    case "platform-env":
      return source.name;
    case "locked-package":
      return `${source.name} ${source.version} (composer.lock)`;
    case "rule":
      return source.says;
  }
}

export {
  defaultSource,
  fileSource,
  configVarSource,
  describeSource
};
