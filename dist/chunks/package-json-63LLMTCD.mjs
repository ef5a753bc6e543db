import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parsePackageJson
} from "./chunk-XJQGCEBJ.mjs";
import "./chunk-VCSTTCQN.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-Z2B7EFDH.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  parsePackageJson
};
