import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  compileNode
} from "./chunk-SR7BSM3S.mjs";
import "./chunk-LO5RFUSU.mjs";
import "./chunk-CHIRPTCY.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-6YZVOGTJ.mjs";
import "./chunk-I3WIJRI5.mjs";
import "./chunk-WK5DMZ3N.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  compileNode
};
