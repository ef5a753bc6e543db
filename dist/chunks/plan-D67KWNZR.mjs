import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
} from "./chunk-3AANPHRH.mjs";
import "./chunk-5ELOUWLZ.mjs";
import "./chunk-7OBNEDN4.mjs";
import "./chunk-N76AJUBP.mjs";
import "./chunk-5PKQH75U.mjs";
import "./chunk-ONIN2I4J.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-L3H5FDGX.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
};
