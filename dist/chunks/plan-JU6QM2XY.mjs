import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-ONIN2I4J.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import {
  NPM_RELEASE_FLAGS,
  importsWorkspaceTools,
  yarnPruneSkipped
} from "./chunk-L3H5FDGX.mjs";
import "./chunk-2B5AJODS.mjs";
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
