import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parsePackageJson
} from "./chunk-ZPVRLKJB.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-TLGN63O4.mjs";
import "./chunk-Z2B7EFDH.mjs";
import "./chunk-7KZF2D6S.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  parsePackageJson
};
