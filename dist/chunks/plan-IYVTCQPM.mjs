import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  installOutputList,
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-4SLW7S6T.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import {
  NPM_RELEASE_FLAGS,
  importsWorkspaceTools,
  yarnPruneSkipped
} from "./chunk-ZPVRLKJB.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-TLGN63O4.mjs";
import "./chunk-Z2B7EFDH.mjs";
import "./chunk-7KZF2D6S.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes,
  importsWorkspaceTools,
  installOutputList,
  parseYarnPath,
  planNodeBuild,
  readNodeApp,
  yarnPruneSkipped
};
