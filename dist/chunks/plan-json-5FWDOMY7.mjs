import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  planToJson
} from "./chunk-6P5ASMRR.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  planToJson
};
