import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  NPM_RELEASE_FLAGS,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-Y2TJXCCD.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-QJBS4HWC.mjs";
import "./chunk-Q5NAAS4V.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  NPM_RELEASE_FLAGS,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
};
