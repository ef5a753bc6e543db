import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  planToJson
} from "./chunk-HBN6PFBH.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  planToJson
};
