import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  readAppFile
} from "./chunk-QPHNVVDG.mjs";

// src/fs/app-fs.ts
import * as nodeFs from "node:fs/promises";
import * as path from "node:path";
function isMissing(e) {
  const code = e?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function appFsFrom(fsp, root) {
  const abs = (rel) => path.posix.join(root, rel);
  return {
    root,
    async exists(rel) {
      try {
        await fsp.lstat(abs(rel));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    async isDirectory(rel) {
      try {
        return (await fsp.stat(abs(rel))).isDirectory();
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    readText(rel, opts) {
      return readAppFile(fsp, root, rel, opts);
    },
    async realpath(rel) {
      try {
        return String(await fsp.realpath(abs(rel)));
      } catch (e) {
        if (isMissing(e)) return void 0;
        throw e;
      }
    },
    async readdir(rel) {
      try {
        return (await fsp.readdir(abs(rel))).map(String).sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    }
  };
}
function realAppFs(root) {
  return appFsFrom(nodeFs, path.resolve(root));
}

export {
  realAppFs
};
