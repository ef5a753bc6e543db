import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
} from "./chunk-MKTP7V4D.mjs";
import "./chunk-CACCQAEV.mjs";
import "./chunk-6SJ3OMS6.mjs";
import "./chunk-IRDJVBHZ.mjs";
import "./chunk-3743SPGD.mjs";
import "./chunk-ILSYGPK4.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-XAHB7BAC.mjs";
import "./chunk-7OBNEDN4.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  checkAppPath,
  planPhpBuild
};
