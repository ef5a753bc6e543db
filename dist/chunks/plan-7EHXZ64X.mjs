import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  NPM_RELEASE_FLAGS,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-QLS6NXFV.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-5GWIO5J4.mjs";
import "./chunk-OAZFFPHX.mjs";
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
