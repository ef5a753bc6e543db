import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parseYarnPath,
  planNodeBuild,
  readNodeApp
} from "./chunk-PT2YXIAR.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-4A4XLWQ4.mjs";
import "./chunk-6YZVOGTJ.mjs";
import "./chunk-ARIRC672.mjs";
import "./chunk-Y4Q4GQNT.mjs";
import "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";
export {
  parseYarnPath,
  planNodeBuild,
  readNodeApp
};
