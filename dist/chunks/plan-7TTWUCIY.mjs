import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-X3ZFTMQ4.mjs";
import "./chunk-F2CJSC5W.mjs";
import {
  NPM_RELEASE_FLAGS,
  importsWorkspaceTools,
  yarnPruneSkipped
} from "./chunk-52FZNZAZ.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-VUCGTRXF.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  importsWorkspaceTools,
  parseYarnPath,
  planNodeBuild,
  readNodeApp,
  yarnPruneSkipped
};
