import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  compileNode,
  yarnBuildLogExcerpts
} from "./chunk-MY26GZ76.mjs";
import "./chunk-NDZUHS5A.mjs";
import "./chunk-TO7G5VUR.mjs";
import "./chunk-7KZF2D6S.mjs";
import "./chunk-HPQPBNQY.mjs";
import "./chunk-C36AKLRD.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-GH2UAKAG.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  compileNode,
  yarnBuildLogExcerpts
};
