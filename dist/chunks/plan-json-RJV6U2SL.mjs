import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  planToJson
} from "./chunk-FJD6QOZG.mjs";
import "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  planToJson
};
