import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  compileNode,
  yarnBuildLogExcerpts
} from "./chunk-KNH7UOLC.mjs";
import "./chunk-NDZUHS5A.mjs";
import "./chunk-TO7G5VUR.mjs";
import "./chunk-7KZF2D6S.mjs";
import "./chunk-5PKQH75U.mjs";
import "./chunk-NC3AOSWA.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-GSZUCBK6.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-R2ZPYKQ4.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  compileNode,
  yarnBuildLogExcerpts
};
