import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  describeLines,
  embeddedNodeTable
} from "./chunk-ARIRC672.mjs";
import "./chunk-Y4Q4GQNT.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  describeLines,
  embeddedNodeTable
};
