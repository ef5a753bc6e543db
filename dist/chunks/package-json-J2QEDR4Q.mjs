import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parsePackageJson
} from "./chunk-F2CJSC5W.mjs";
import "./chunk-VUCGTRXF.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  parsePackageJson
};
