import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  importsWorkspaceTools,
  parseYarnPath,
  planNodeBuild,
  readNodeApp,
  yarnPruneSkipped
} from "./chunk-SIXT4WLM.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-5JHLIZSQ.mjs";
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
