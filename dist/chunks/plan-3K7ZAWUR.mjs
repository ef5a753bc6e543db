import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-6SJ3OMS6.mjs";
import "./chunk-IRDJVBHZ.mjs";
import "./chunk-3743SPGD.mjs";
import "./chunk-ILSYGPK4.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
};
