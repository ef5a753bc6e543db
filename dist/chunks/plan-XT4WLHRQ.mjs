import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
} from "./chunk-XPUAY4AD.mjs";
import "./chunk-XAHB7BAC.mjs";
import "./chunk-7OBNEDN4.mjs";
import "./chunk-7LUFIIQ6.mjs";
import "./chunk-HPQPBNQY.mjs";
import "./chunk-C36AKLRD.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-GH2UAKAG.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
};
