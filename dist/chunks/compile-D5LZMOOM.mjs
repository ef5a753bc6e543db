import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  compileNode,
  yarnBuildLogExcerpts
} from "./chunk-7WXYK5JG.mjs";
import "./chunk-LPYQKHPG.mjs";
import "./chunk-CACCQAEV.mjs";
import "./chunk-S4NJJBPV.mjs";
import "./chunk-AQ5EW4N5.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-PDHHCLGA.mjs";
import "./chunk-6DCFC4OQ.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  compileNode,
  yarnBuildLogExcerpts
};
