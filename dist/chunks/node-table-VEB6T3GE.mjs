import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  bundledNpmMajorOf,
  bundledNpmOf,
  describeLines,
  embeddedNodeTable
} from "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  bundledNpmMajorOf,
  bundledNpmOf,
  describeLines,
  embeddedNodeTable
};
