import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  REUSE_KNOB,
  checkAppPath,
  planPhpBuild
} from "./chunk-FODW3HJE.mjs";
import "./chunk-ZPCAL5XI.mjs";
import "./chunk-7OBNEDN4.mjs";
import "./chunk-N76AJUBP.mjs";
import "./chunk-5PKQH75U.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-Z2B7EFDH.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  REUSE_KNOB,
  checkAppPath,
  planPhpBuild
};
