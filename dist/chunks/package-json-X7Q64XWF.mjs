import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parsePackageJson
} from "./chunk-GSZUCBK6.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-R2ZPYKQ4.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  parsePackageJson
};
