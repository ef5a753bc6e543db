var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/tar/dist/commonjs/index.min.js
var require_index_min = __commonJS({
  "node_modules/tar/dist/commonjs/index.min.js"(exports2) {
    "use strict";
    var d = (s, e) => () => (e || s((e = { exports: {} }).exports, e), e.exports);
    var We = d((F) => {
      "use strict";
      var Do = F && F.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(F, "__esModule", { value: true });
      F.Minipass = F.isWritable = F.isReadable = F.isStream = void 0;
      var kr = typeof process == "object" && process ? process : { stdout: null, stderr: null }, ss = require("node:events"), qr = Do(require("node:stream")), Po = require("node:string_decoder"), No = (s) => !!s && typeof s == "object" && (s instanceof Zt || s instanceof qr.default || (0, F.isReadable)(s) || (0, F.isWritable)(s));
      F.isStream = No;
      var Mo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.pipe == "function" && s.pipe !== qr.default.Writable.prototype.pipe;
      F.isReadable = Mo;
      var Lo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.write == "function" && typeof s.end == "function";
      F.isWritable = Lo;
      var ce = Symbol("EOF"), ue = Symbol("maybeEmitEnd"), we = Symbol("emittedEnd"), jt = Symbol("emittingEnd"), dt = Symbol("emittedError"), Ut = Symbol("closed"), xr = Symbol("read"), qt = Symbol("flush"), jr = Symbol("flushChunk"), K = Symbol("encoding"), Ue = Symbol("decoder"), R = Symbol("flowing"), mt = Symbol("paused"), qe = Symbol("resume"), O = Symbol("buffer"), I = Symbol("pipes"), v = Symbol("bufferLength"), Xi = Symbol("bufferPush"), Wt = Symbol("bufferShift"), N = Symbol("objectMode"), E = Symbol("destroyed"), Qi = Symbol("error"), Ji = Symbol("emitData"), Ur = Symbol("emitEnd"), es = Symbol("emitEnd2"), J = Symbol("async"), ts = Symbol("abort"), Ht = Symbol("aborted"), pt = Symbol("signal"), Ne = Symbol("dataListeners"), x = Symbol("discarded"), _t = (s) => Promise.resolve().then(s), Ao = (s) => s(), Io = (s) => s === "end" || s === "finish" || s === "prefinish", Fo = (s) => s instanceof ArrayBuffer || !!s && typeof s == "object" && s.constructor && s.constructor.name === "ArrayBuffer" && s.byteLength >= 0, Co = (s) => !Buffer.isBuffer(s) && ArrayBuffer.isView(s), Gt = class {
        src;
        dest;
        opts;
        ondrain;
        constructor(e, t, i) {
          this.src = e, this.dest = t, this.opts = i, this.ondrain = () => e[qe](), this.dest.on("drain", this.ondrain);
        }
        unpipe() {
          this.dest.removeListener("drain", this.ondrain);
        }
        proxyErrors(e) {
        }
        end() {
          this.unpipe(), this.opts.end && this.dest.end();
        }
      }, is = class extends Gt {
        unpipe() {
          this.src.removeListener("error", this.proxyErrors), super.unpipe();
        }
        constructor(e, t, i) {
          super(e, t, i), this.proxyErrors = (r) => this.dest.emit("error", r), e.on("error", this.proxyErrors);
        }
      }, Bo = (s) => !!s.objectMode, zo = (s) => !s.objectMode && !!s.encoding && s.encoding !== "buffer", Zt = class extends ss.EventEmitter {
        [R] = false;
        [mt] = false;
        [I] = [];
        [O] = [];
        [N];
        [K];
        [J];
        [Ue];
        [ce] = false;
        [we] = false;
        [jt] = false;
        [Ut] = false;
        [dt] = null;
        [v] = 0;
        [E] = false;
        [pt];
        [Ht] = false;
        [Ne] = 0;
        [x] = false;
        writable = true;
        readable = true;
        constructor(...e) {
          let t = e[0] || {};
          if (super(), t.objectMode && typeof t.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
          Bo(t) ? (this[N] = true, this[K] = null) : zo(t) ? (this[K] = t.encoding, this[N] = false) : (this[N] = false, this[K] = null), this[J] = !!t.async, this[Ue] = this[K] ? new Po.StringDecoder(this[K]) : null, t && t.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[O] }), t && t.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[I] });
          let { signal: i } = t;
          i && (this[pt] = i, i.aborted ? this[ts]() : i.addEventListener("abort", () => this[ts]()));
        }
        get bufferLength() {
          return this[v];
        }
        get encoding() {
          return this[K];
        }
        set encoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        setEncoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        get objectMode() {
          return this[N];
        }
        set objectMode(e) {
          throw new Error("objectMode must be set at instantiation time");
        }
        get async() {
          return this[J];
        }
        set async(e) {
          this[J] = this[J] || !!e;
        }
        [ts]() {
          this[Ht] = true, this.emit("abort", this[pt]?.reason), this.destroy(this[pt]?.reason);
        }
        get aborted() {
          return this[Ht];
        }
        set aborted(e) {
        }
        write(e, t, i) {
          if (this[Ht]) return false;
          if (this[ce]) throw new Error("write after end");
          if (this[E]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
          typeof t == "function" && (i = t, t = "utf8"), t || (t = "utf8");
          let r = this[J] ? _t : Ao;
          if (!this[N] && !Buffer.isBuffer(e)) {
            if (Co(e)) e = Buffer.from(e.buffer, e.byteOffset, e.byteLength);
            else if (Fo(e)) e = Buffer.from(e);
            else if (typeof e != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
          }
          return this[N] ? (this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : e.length ? (typeof e == "string" && !(t === this[K] && !this[Ue]?.lastNeed) && (e = Buffer.from(e, t)), Buffer.isBuffer(e) && this[K] && (e = this[Ue].write(e)), this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : (this[v] !== 0 && this.emit("readable"), i && r(i), this[R]);
        }
        read(e) {
          if (this[E]) return null;
          if (this[x] = false, this[v] === 0 || e === 0 || e && e > this[v]) return this[ue](), null;
          this[N] && (e = null), this[O].length > 1 && !this[N] && (this[O] = [this[K] ? this[O].join("") : Buffer.concat(this[O], this[v])]);
          let t = this[xr](e || null, this[O][0]);
          return this[ue](), t;
        }
        [xr](e, t) {
          if (this[N]) this[Wt]();
          else {
            let i = t;
            e === i.length || e === null ? this[Wt]() : typeof i == "string" ? (this[O][0] = i.slice(e), t = i.slice(0, e), this[v] -= e) : (this[O][0] = i.subarray(e), t = i.subarray(0, e), this[v] -= e);
          }
          return this.emit("data", t), !this[O].length && !this[ce] && this.emit("drain"), t;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = "utf8"), e !== void 0 && this.write(e, t), i && this.once("end", i), this[ce] = true, this.writable = false, (this[R] || !this[mt]) && this[ue](), this;
        }
        [qe]() {
          this[E] || (!this[Ne] && !this[I].length && (this[x] = true), this[mt] = false, this[R] = true, this.emit("resume"), this[O].length ? this[qt]() : this[ce] ? this[ue]() : this.emit("drain"));
        }
        resume() {
          return this[qe]();
        }
        pause() {
          this[R] = false, this[mt] = true, this[x] = false;
        }
        get destroyed() {
          return this[E];
        }
        get flowing() {
          return this[R];
        }
        get paused() {
          return this[mt];
        }
        [Xi](e) {
          this[N] ? this[v] += 1 : this[v] += e.length, this[O].push(e);
        }
        [Wt]() {
          return this[N] ? this[v] -= 1 : this[v] -= this[O][0].length, this[O].shift();
        }
        [qt](e = false) {
          do
            ;
          while (this[jr](this[Wt]()) && this[O].length);
          !e && !this[O].length && !this[ce] && this.emit("drain");
        }
        [jr](e) {
          return this.emit("data", e), this[R];
        }
        pipe(e, t) {
          if (this[E]) return e;
          this[x] = false;
          let i = this[we];
          return t = t || {}, e === kr.stdout || e === kr.stderr ? t.end = false : t.end = t.end !== false, t.proxyErrors = !!t.proxyErrors, i ? t.end && e.end() : (this[I].push(t.proxyErrors ? new is(this, e, t) : new Gt(this, e, t)), this[J] ? _t(() => this[qe]()) : this[qe]()), e;
        }
        unpipe(e) {
          let t = this[I].find((i) => i.dest === e);
          t && (this[I].length === 1 ? (this[R] && this[Ne] === 0 && (this[R] = false), this[I] = []) : this[I].splice(this[I].indexOf(t), 1), t.unpipe());
        }
        addListener(e, t) {
          return this.on(e, t);
        }
        on(e, t) {
          let i = super.on(e, t);
          if (e === "data") this[x] = false, this[Ne]++, !this[I].length && !this[R] && this[qe]();
          else if (e === "readable" && this[v] !== 0) super.emit("readable");
          else if (Io(e) && this[we]) super.emit(e), this.removeAllListeners(e);
          else if (e === "error" && this[dt]) {
            let r = t;
            this[J] ? _t(() => r.call(this, this[dt])) : r.call(this, this[dt]);
          }
          return i;
        }
        removeListener(e, t) {
          return this.off(e, t);
        }
        off(e, t) {
          let i = super.off(e, t);
          return e === "data" && (this[Ne] = this.listeners("data").length, this[Ne] === 0 && !this[x] && !this[I].length && (this[R] = false)), i;
        }
        removeAllListeners(e) {
          let t = super.removeAllListeners(e);
          return (e === "data" || e === void 0) && (this[Ne] = 0, !this[x] && !this[I].length && (this[R] = false)), t;
        }
        get emittedEnd() {
          return this[we];
        }
        [ue]() {
          !this[jt] && !this[we] && !this[E] && this[O].length === 0 && this[ce] && (this[jt] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ut] && this.emit("close"), this[jt] = false);
        }
        emit(e, ...t) {
          let i = t[0];
          if (e !== "error" && e !== "close" && e !== E && this[E]) return false;
          if (e === "data") return !this[N] && !i ? false : this[J] ? (_t(() => this[Ji](i)), true) : this[Ji](i);
          if (e === "end") return this[Ur]();
          if (e === "close") {
            if (this[Ut] = true, !this[we] && !this[E]) return false;
            let n = super.emit("close");
            return this.removeAllListeners("close"), n;
          } else if (e === "error") {
            this[dt] = i, super.emit(Qi, i);
            let n = !this[pt] || this.listeners("error").length ? super.emit("error", i) : false;
            return this[ue](), n;
          } else if (e === "resume") {
            let n = super.emit("resume");
            return this[ue](), n;
          } else if (e === "finish" || e === "prefinish") {
            let n = super.emit(e);
            return this.removeAllListeners(e), n;
          }
          let r = super.emit(e, ...t);
          return this[ue](), r;
        }
        [Ji](e) {
          for (let i of this[I]) i.dest.write(e) === false && this.pause();
          let t = this[x] ? false : super.emit("data", e);
          return this[ue](), t;
        }
        [Ur]() {
          return this[we] ? false : (this[we] = true, this.readable = false, this[J] ? (_t(() => this[es]()), true) : this[es]());
        }
        [es]() {
          if (this[Ue]) {
            let t = this[Ue].end();
            if (t) {
              for (let i of this[I]) i.dest.write(t);
              this[x] || super.emit("data", t);
            }
          }
          for (let t of this[I]) t.end();
          let e = super.emit("end");
          return this.removeAllListeners("end"), e;
        }
        async collect() {
          let e = Object.assign([], { dataLength: 0 });
          this[N] || (e.dataLength = 0);
          let t = this.promise();
          return this.on("data", (i) => {
            e.push(i), this[N] || (e.dataLength += i.length);
          }), await t, e;
        }
        async concat() {
          if (this[N]) throw new Error("cannot concat in objectMode");
          let e = await this.collect();
          return this[K] ? e.join("") : Buffer.concat(e, e.dataLength);
        }
        async promise() {
          return new Promise((e, t) => {
            this.on(E, () => t(new Error("stream destroyed"))), this.on("error", (i) => t(i)), this.on("end", () => e());
          });
        }
        [Symbol.asyncIterator]() {
          this[x] = false;
          let e = false, t = async () => (this.pause(), e = true, { value: void 0, done: true });
          return { next: () => {
            if (e) return t();
            let r = this.read();
            if (r !== null) return Promise.resolve({ done: false, value: r });
            if (this[ce]) return t();
            let n, o, a = (u) => {
              this.off("data", h), this.off("end", l), this.off(E, c), t(), o(u);
            }, h = (u) => {
              this.off("error", a), this.off("end", l), this.off(E, c), this.pause(), n({ value: u, done: !!this[ce] });
            }, l = () => {
              this.off("error", a), this.off("data", h), this.off(E, c), t(), n({ done: true, value: void 0 });
            }, c = () => a(new Error("stream destroyed"));
            return new Promise((u, b) => {
              o = b, n = u, this.once(E, c), this.once("error", a), this.once("end", l), this.once("data", h);
            });
          }, throw: t, return: t, [Symbol.asyncIterator]() {
            return this;
          }, [Symbol.asyncDispose]: async () => {
          } };
        }
        [Symbol.iterator]() {
          this[x] = false;
          let e = false, t = () => (this.pause(), this.off(Qi, t), this.off(E, t), this.off("end", t), e = true, { done: true, value: void 0 }), i = () => {
            if (e) return t();
            let r = this.read();
            return r === null ? t() : { done: false, value: r };
          };
          return this.once("end", t), this.once(Qi, t), this.once(E, t), { next: i, throw: t, return: t, [Symbol.iterator]() {
            return this;
          }, [Symbol.dispose]: () => {
          } };
        }
        destroy(e) {
          if (this[E]) return e ? this.emit("error", e) : this.emit(E), this;
          this[E] = true, this[x] = true, this[O].length = 0, this[v] = 0;
          let t = this;
          return typeof t.close == "function" && !this[Ut] && t.close(), e ? this.emit("error", e) : this.emit(E), this;
        }
        static get isStream() {
          return F.isStream;
        }
      };
      F.Minipass = Zt;
    });
    var Ke = d((W) => {
      "use strict";
      var Wr = W && W.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(W, "__esModule", { value: true });
      W.WriteStreamSync = W.WriteStream = W.ReadStreamSync = W.ReadStream = void 0;
      var ko = Wr(require("events")), z = Wr(require("fs")), xo = We(), jo = z.default.writev, Ee = Symbol("_autoClose"), $ = Symbol("_close"), wt = Symbol("_ended"), p = Symbol("_fd"), rs = Symbol("_finished"), de = Symbol("_flags"), ns = Symbol("_flush"), ls = Symbol("_handleChunk"), cs = Symbol("_makeBuf"), Et = Symbol("_mode"), Yt = Symbol("_needDrain"), Ze = Symbol("_onerror"), Ye = Symbol("_onopen"), os = Symbol("_onread"), He = Symbol("_onwrite"), be = Symbol("_open"), V = Symbol("_path"), ye = Symbol("_pos"), ee = Symbol("_queue"), Ge = Symbol("_read"), as = Symbol("_readSize"), fe = Symbol("_reading"), yt = Symbol("_remain"), hs = Symbol("_size"), Kt = Symbol("_write"), Me = Symbol("_writing"), Vt = Symbol("_defaultFlag"), Le = Symbol("_errored"), $t = class extends xo.Minipass {
        [Le] = false;
        [p];
        [V];
        [as];
        [fe] = false;
        [hs];
        [yt];
        [Ee];
        constructor(e, t) {
          if (t = t || {}, super(t), this.readable = true, this.writable = false, typeof e != "string") throw new TypeError("path must be a string");
          this[Le] = false, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[V] = e, this[as] = t.readSize || 16 * 1024 * 1024, this[fe] = false, this[hs] = typeof t.size == "number" ? t.size : 1 / 0, this[yt] = this[hs], this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true, typeof this[p] == "number" ? this[Ge]() : this[be]();
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        write() {
          throw new TypeError("this is a readable stream");
        }
        end() {
          throw new TypeError("this is a readable stream");
        }
        [be]() {
          z.default.open(this[V], "r", (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Ge]());
        }
        [cs]() {
          return Buffer.allocUnsafe(Math.min(this[as], this[yt]));
        }
        [Ge]() {
          if (!this[fe]) {
            this[fe] = true;
            let e = this[cs]();
            if (e.length === 0) return process.nextTick(() => this[os](null, 0, e));
            z.default.read(this[p], e, 0, e.length, null, (t, i, r) => this[os](t, i, r));
          }
        }
        [os](e, t, i) {
          this[fe] = false, e ? this[Ze](e) : this[ls](t, i) && this[Ge]();
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
        [Ze](e) {
          this[fe] = true, this[$](), this.emit("error", e);
        }
        [ls](e, t) {
          let i = false;
          return this[yt] -= e, e > 0 && (i = super.write(e < t.length ? t.subarray(0, e) : t)), (e === 0 || this[yt] <= 0) && (i = false, this[$](), super.end()), i;
        }
        emit(e, ...t) {
          switch (e) {
            case "prefinish":
            case "finish":
              return false;
            case "drain":
              return typeof this[p] == "number" && this[Ge](), false;
            case "error":
              return this[Le] ? false : (this[Le] = true, super.emit(e, ...t));
            default:
              return super.emit(e, ...t);
          }
        }
      };
      W.ReadStream = $t;
      var us = class extends $t {
        [be]() {
          let e = true;
          try {
            this[Ye](null, z.default.openSync(this[V], "r")), e = false;
          } finally {
            e && this[$]();
          }
        }
        [Ge]() {
          let e = true;
          try {
            if (!this[fe]) {
              this[fe] = true;
              do {
                let t = this[cs](), i = t.length === 0 ? 0 : z.default.readSync(this[p], t, 0, t.length, null);
                if (!this[ls](i, t)) break;
              } while (true);
              this[fe] = false;
            }
            e = false;
          } finally {
            e && this[$]();
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
      };
      W.ReadStreamSync = us;
      var Xt = class extends ko.default {
        readable = false;
        writable = true;
        [Le] = false;
        [Me] = false;
        [wt] = false;
        [ee] = [];
        [Yt] = false;
        [V];
        [Et];
        [Ee];
        [p];
        [Vt];
        [de];
        [rs] = false;
        [ye];
        constructor(e, t) {
          t = t || {}, super(t), this[V] = e, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[Et] = t.mode === void 0 ? 438 : t.mode, this[ye] = typeof t.start == "number" ? t.start : void 0, this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true;
          let i = this[ye] !== void 0 ? "r+" : "w";
          this[Vt] = t.flags === void 0, this[de] = t.flags === void 0 ? i : t.flags, this[p] === void 0 && this[be]();
        }
        emit(e, ...t) {
          if (e === "error") {
            if (this[Le]) return false;
            this[Le] = true;
          }
          return super.emit(e, ...t);
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        [Ze](e) {
          this[$](), this[Me] = true, this.emit("error", e);
        }
        [be]() {
          z.default.open(this[V], this[de], this[Et], (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          this[Vt] && this[de] === "r+" && e && e.code === "ENOENT" ? (this[de] = "w", this[be]()) : e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Me] || this[ns]());
        }
        end(e, t) {
          return e && this.write(e, t), this[wt] = true, !this[Me] && !this[ee].length && typeof this[p] == "number" && this[He](null, 0), this;
        }
        write(e, t) {
          return typeof e == "string" && (e = Buffer.from(e, t)), this[wt] ? (this.emit("error", new Error("write() after end()")), false) : this[p] === void 0 || this[Me] || this[ee].length ? (this[ee].push(e), this[Yt] = true, false) : (this[Me] = true, this[Kt](e), true);
        }
        [Kt](e) {
          z.default.write(this[p], e, 0, e.length, this[ye], (t, i) => this[He](t, i));
        }
        [He](e, t) {
          e ? this[Ze](e) : (this[ye] !== void 0 && typeof t == "number" && (this[ye] += t), this[ee].length ? this[ns]() : (this[Me] = false, this[wt] && !this[rs] ? (this[rs] = true, this[$](), this.emit("finish")) : this[Yt] && (this[Yt] = false, this.emit("drain"))));
        }
        [ns]() {
          if (this[ee].length === 0) this[wt] && this[He](null, 0);
          else if (this[ee].length === 1) this[Kt](this[ee].pop());
          else {
            let e = this[ee];
            this[ee] = [], jo(this[p], e, this[ye], (t, i) => this[He](t, i));
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
      };
      W.WriteStream = Xt;
      var fs = class extends Xt {
        [be]() {
          let e;
          if (this[Vt] && this[de] === "r+") try {
            e = z.default.openSync(this[V], this[de], this[Et]);
          } catch (t) {
            if (t?.code === "ENOENT") return this[de] = "w", this[be]();
            throw t;
          }
          else e = z.default.openSync(this[V], this[de], this[Et]);
          this[Ye](null, e);
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
        [Kt](e) {
          let t = true;
          try {
            this[He](null, z.default.writeSync(this[p], e, 0, e.length, this[ye])), t = false;
          } finally {
            if (t) try {
              this[$]();
            } catch {
            }
          }
        }
      };
      W.WriteStreamSync = fs;
    });
    var Qt = d((S) => {
      "use strict";
      Object.defineProperty(S, "__esModule", { value: true });
      S.dealias = S.isNoFile = S.isFile = S.isAsync = S.isSync = S.isAsyncNoFile = S.isSyncNoFile = S.isAsyncFile = S.isSyncFile = void 0;
      var Uo = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]), qo = (s) => !!s.sync && !!s.file;
      S.isSyncFile = qo;
      var Wo = (s) => !s.sync && !!s.file;
      S.isAsyncFile = Wo;
      var Ho = (s) => !!s.sync && !s.file;
      S.isSyncNoFile = Ho;
      var Go = (s) => !s.sync && !s.file;
      S.isAsyncNoFile = Go;
      var Zo = (s) => !!s.sync;
      S.isSync = Zo;
      var Yo = (s) => !s.sync;
      S.isAsync = Yo;
      var Ko = (s) => !!s.file;
      S.isFile = Ko;
      var Vo = (s) => !s.file;
      S.isNoFile = Vo;
      var $o = (s) => {
        let e = Uo.get(s);
        return e || s;
      }, Xo = (s = {}) => {
        if (!s) return {};
        let e = {};
        for (let [t, i] of Object.entries(s)) {
          let r = $o(t);
          e[r] = i;
        }
        return e.chmod === void 0 && e.noChmod === false && (e.chmod = true), delete e.noChmod, e;
      };
      S.dealias = Xo;
    });
    var Ve = d((Jt) => {
      "use strict";
      Object.defineProperty(Jt, "__esModule", { value: true });
      Jt.makeCommand = void 0;
      var bt = Qt(), Qo = (s, e, t, i, r) => Object.assign((n = [], o, a) => {
        Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (a = o, o = void 0), o = o ? Array.from(o) : [];
        let h = (0, bt.dealias)(n);
        if (r?.(h, o), (0, bt.isSyncFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return s(h, o);
        } else if ((0, bt.isAsyncFile)(h)) {
          let l = e(h, o);
          return a ? l.then(() => a(), a) : l;
        } else if ((0, bt.isSyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return t(h, o);
        } else if ((0, bt.isAsyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback only supported with file option");
          return i(h, o);
        }
        throw new Error("impossible options??");
      }, { syncFile: s, asyncFile: e, syncNoFile: t, asyncNoFile: i, validate: r });
      Jt.makeCommand = Qo;
    });
    var ds = d(($e) => {
      "use strict";
      var Jo = $e && $e.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty($e, "__esModule", { value: true });
      $e.constants = void 0;
      var ea = Jo(require("zlib")), ta = ea.default.constants || { ZLIB_VERNUM: 4736 };
      $e.constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, ta));
    });
    var Ps = d((f) => {
      "use strict";
      var ia = f && f.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), sa = f && f.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), ra = f && f.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ia(t, e, i[r]);
          return sa(t, e), t;
        };
      })(), na = f && f.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(f, "__esModule", { value: true });
      f.ZstdDecompress = f.ZstdCompress = f.BrotliDecompress = f.BrotliCompress = f.Unzip = f.InflateRaw = f.DeflateRaw = f.Gunzip = f.Gzip = f.Inflate = f.Deflate = f.Zlib = f.ZlibError = f.constants = void 0;
      var _s = na(require("assert")), Ae = require("buffer"), oa = We(), Hr = ra(require("zlib")), te = ds(), aa = ds();
      Object.defineProperty(f, "constants", { enumerable: true, get: function() {
        return aa.constants;
      } });
      var ha = Ae.Buffer.concat, Gr = Object.getOwnPropertyDescriptor(Ae.Buffer, "concat"), la = (s) => s, ms = Gr?.writable === true || Gr?.set !== void 0 ? (s) => {
        Ae.Buffer.concat = s ? la : ha;
      } : (s) => {
      }, Ie = Symbol("_superWrite"), Fe = class extends Error {
        code;
        errno;
        constructor(e, t) {
          super("zlib: " + e.message, { cause: e }), this.code = e.code, this.errno = e.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + e.message, Error.captureStackTrace(this, t ?? this.constructor);
        }
        get name() {
          return "ZlibError";
        }
      };
      f.ZlibError = Fe;
      var ps = Symbol("flushFlag"), St = class extends oa.Minipass {
        #e = false;
        #i = false;
        #s;
        #n;
        #r;
        #t;
        #o;
        get sawError() {
          return this.#e;
        }
        get handle() {
          return this.#t;
        }
        get flushFlag() {
          return this.#s;
        }
        constructor(e, t) {
          if (!e || typeof e != "object") throw new TypeError("invalid options for ZlibBase constructor");
          if (super(e), this.#s = e.flush ?? 0, this.#n = e.finishFlush ?? 0, this.#r = e.fullFlushFlag ?? 0, typeof Hr[t] != "function") throw new TypeError("Compression method not supported: " + t);
          try {
            this.#t = new Hr[t](e);
          } catch (i) {
            throw new Fe(i, this.constructor);
          }
          this.#o = (i) => {
            this.#e || (this.#e = true, this.close(), this.emit("error", i));
          }, this.#t?.on("error", (i) => this.#o(new Fe(i))), this.once("end", () => this.close);
        }
        close() {
          this.#t && (this.#t.close(), this.#t = void 0, this.emit("close"));
        }
        reset() {
          if (!this.#e) return (0, _s.default)(this.#t, "zlib binding closed"), this.#t.reset?.();
        }
        flush(e) {
          this.ended || (typeof e != "number" && (e = this.#r), this.write(Object.assign(Ae.Buffer.alloc(0), { [ps]: e })));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), e && (t ? this.write(e, t) : this.write(e)), this.flush(this.#n), this.#i = true, super.end(i);
        }
        get ended() {
          return this.#i;
        }
        [Ie](e) {
          return super.write(e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = "utf8"), typeof e == "string" && (e = Ae.Buffer.from(e, t)), this.#e) return;
          (0, _s.default)(this.#t, "zlib binding closed");
          let r = this.#t._handle, n = r.close;
          r.close = () => {
          };
          let o = this.#t.close;
          this.#t.close = () => {
          }, ms(true);
          let a;
          try {
            let l = typeof e[ps] == "number" ? e[ps] : this.#s;
            a = this.#t._processChunk(e, l), ms(false);
          } catch (l) {
            ms(false), this.#o(new Fe(l, this.write));
          } finally {
            this.#t && (this.#t._handle = r, r.close = n, this.#t.close = o, this.#t.removeAllListeners("error"));
          }
          this.#t && this.#t.on("error", (l) => this.#o(new Fe(l, this.write)));
          let h;
          if (a) if (Array.isArray(a) && a.length > 0) {
            let l = a[0];
            h = this[Ie](Ae.Buffer.from(l));
            for (let c = 1; c < a.length; c++) h = this[Ie](a[c]);
          } else h = this[Ie](Ae.Buffer.from(a));
          return i && i(), h;
        }
      }, ie = class extends St {
        #e;
        #i;
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.Z_NO_FLUSH, e.finishFlush = e.finishFlush || te.constants.Z_FINISH, e.fullFlushFlag = te.constants.Z_FULL_FLUSH, super(e, t), this.#e = e.level, this.#i = e.strategy;
        }
        params(e, t) {
          if (!this.sawError) {
            if (!this.handle) throw new Error("cannot switch params when binding is closed");
            if (!this.handle.params) throw new Error("not supported in this implementation");
            if (this.#e !== e || this.#i !== t) {
              this.flush(te.constants.Z_SYNC_FLUSH), (0, _s.default)(this.handle, "zlib binding closed");
              let i = this.handle.flush;
              this.handle.flush = (r, n) => {
                typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
              };
              try {
                this.handle.params(e, t);
              } finally {
                this.handle.flush = i;
              }
              this.handle && (this.#e = e, this.#i = t);
            }
          }
        }
      };
      f.Zlib = ie;
      var ws = class extends ie {
        constructor(e) {
          super(e, "Deflate");
        }
      };
      f.Deflate = ws;
      var ys = class extends ie {
        constructor(e) {
          super(e, "Inflate");
        }
      };
      f.Inflate = ys;
      var Es = class extends ie {
        #e;
        constructor(e) {
          super(e, "Gzip"), this.#e = e && !!e.portable;
        }
        [Ie](e) {
          return this.#e ? (this.#e = false, e[9] = 255, super[Ie](e)) : super[Ie](e);
        }
      };
      f.Gzip = Es;
      var bs = class extends ie {
        constructor(e) {
          super(e, "Gunzip");
        }
      };
      f.Gunzip = bs;
      var Ss = class extends ie {
        constructor(e) {
          super(e, "DeflateRaw");
        }
      };
      f.DeflateRaw = Ss;
      var gs = class extends ie {
        constructor(e) {
          super(e, "InflateRaw");
        }
      };
      f.InflateRaw = gs;
      var Rs = class extends ie {
        constructor(e) {
          super(e, "Unzip");
        }
      };
      f.Unzip = Rs;
      var ei = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.BROTLI_OPERATION_PROCESS, e.finishFlush = e.finishFlush || te.constants.BROTLI_OPERATION_FINISH, e.fullFlushFlag = te.constants.BROTLI_OPERATION_FLUSH, super(e, t);
        }
      }, Os = class extends ei {
        constructor(e) {
          super(e, "BrotliCompress");
        }
      };
      f.BrotliCompress = Os;
      var vs = class extends ei {
        constructor(e) {
          super(e, "BrotliDecompress");
        }
      };
      f.BrotliDecompress = vs;
      var ti = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.ZSTD_e_continue, e.finishFlush = e.finishFlush || te.constants.ZSTD_e_end, e.fullFlushFlag = te.constants.ZSTD_e_flush, super(e, t);
        }
      }, Ts = class extends ti {
        constructor(e) {
          super(e, "ZstdCompress");
        }
      };
      f.ZstdCompress = Ts;
      var Ds = class extends ti {
        constructor(e) {
          super(e, "ZstdDecompress");
        }
      };
      f.ZstdDecompress = Ds;
    });
    var Kr = d((Xe) => {
      "use strict";
      Object.defineProperty(Xe, "__esModule", { value: true });
      Xe.parse = Xe.encode = void 0;
      var ca = (s, e) => {
        if (Number.isSafeInteger(s)) s < 0 ? fa(s, e) : ua(s, e);
        else throw Error("cannot encode number outside of javascript safe integer range");
        return e;
      };
      Xe.encode = ca;
      var ua = (s, e) => {
        e[0] = 128;
        for (var t = e.length; t > 1; t--) e[t - 1] = s & 255, s = Math.floor(s / 256);
      }, fa = (s, e) => {
        e[0] = 255;
        var t = false;
        s = s * -1;
        for (var i = e.length; i > 1; i--) {
          var r = s & 255;
          s = Math.floor(s / 256), t ? e[i - 1] = Zr(r) : r === 0 ? e[i - 1] = 0 : (t = true, e[i - 1] = Yr(r));
        }
      }, da = (s) => {
        let e = s[0], t = e === 128 ? pa(s.subarray(1, s.length)) : e === 255 ? ma(s) : null;
        if (t === null) throw Error("invalid base256 encoding");
        if (!Number.isSafeInteger(t)) throw Error("parsed number outside of javascript safe integer range");
        return t;
      };
      Xe.parse = da;
      var ma = (s) => {
        for (var e = s.length, t = 0, i = false, r = e - 1; r > -1; r--) {
          var n = Number(s[r]), o;
          i ? o = Zr(n) : n === 0 ? o = n : (i = true, o = Yr(n)), o !== 0 && (t -= o * Math.pow(256, e - r - 1));
        }
        return t;
      }, pa = (s) => {
        for (var e = s.length, t = 0, i = e - 1; i > -1; i--) {
          var r = Number(s[i]);
          r !== 0 && (t += r * Math.pow(256, e - i - 1));
        }
        return t;
      }, Zr = (s) => (255 ^ s) & 255, Yr = (s) => (255 ^ s) + 1 & 255;
    });
    var Ns = d((C) => {
      "use strict";
      Object.defineProperty(C, "__esModule", { value: true });
      C.code = C.name = C.normalFsTypes = C.isName = C.isCode = void 0;
      var _a = (s) => C.name.has(s);
      C.isCode = _a;
      var wa = (s) => C.code.has(s);
      C.isName = wa;
      C.normalFsTypes = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
      C.name = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
      C.code = new Map(Array.from(C.name).map((s) => [s[1], s[0]]));
    });
    var et = d((se) => {
      "use strict";
      var ya = se && se.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ea = se && se.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Vr = se && se.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ya(t, e, i[r]);
          return Ea(t, e), t;
        };
      })();
      Object.defineProperty(se, "__esModule", { value: true });
      se.Header = void 0;
      var Qe = require("node:path"), $r = Vr(Kr()), Je = Vr(Ns()), ba = (s) => s === void 0 || s < 0 ? void 0 : s, As = class {
        cksumValid = false;
        needPax = false;
        nullBlock = false;
        block;
        path;
        mode;
        uid;
        gid;
        size;
        cksum;
        #e = "Unsupported";
        linkpath;
        uname;
        gname;
        devmaj = 0;
        devmin = 0;
        atime;
        ctime;
        mtime;
        charset;
        comment;
        constructor(e, t = 0, i, r) {
          Buffer.isBuffer(e) ? this.decode(e, t || 0, i, r) : e && this.#i(e);
        }
        decode(e, t, i, r) {
          if (t || (t = 0), !e || !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let n = Ce(e, t + 156, 1), o = Je.normalFsTypes.has(n), a = o ? i : void 0, h = o ? r : void 0;
          if (this.path = a?.path ?? Ce(e, t, 100), this.mode = a?.mode ?? h?.mode ?? Se(e, t + 100, 8), this.uid = a?.uid ?? h?.uid ?? Se(e, t + 108, 8), this.gid = a?.gid ?? h?.gid ?? Se(e, t + 116, 8), this.size = ba(a?.size ?? h?.size ?? Se(e, t + 124, 12)), this.mtime = a?.mtime ?? h?.mtime ?? Ms(e, t + 136, 12), this.cksum = Se(e, t + 148, 12), h && this.#i(h, true), a && this.#i(a), Je.isCode(n) && (this.#e = n || "0"), this.#e === "0" && this.path.slice(-1) === "/" && (this.#e = "5"), this.#e === "5" && (this.size = 0), this.linkpath = Ce(e, t + 157, 100), e.subarray(t + 257, t + 265).toString() === "ustar\x0000") if (this.uname = a?.uname ?? h?.uname ?? Ce(e, t + 265, 32), this.gname = a?.gname ?? h?.gname ?? Ce(e, t + 297, 32), this.devmaj = a?.devmaj ?? h?.devmaj ?? Se(e, t + 329, 8) ?? 0, this.devmin = a?.devmin ?? h?.devmin ?? Se(e, t + 337, 8) ?? 0, e[t + 475] !== 0) {
            let c = Ce(e, t + 345, 155);
            this.path = c + "/" + this.path;
          } else {
            let c = Ce(e, t + 345, 130);
            c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Ms(e, t + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Ms(e, t + 488, 12);
          }
          let l = 256;
          for (let c = t; c < t + 148; c++) l += e[c];
          for (let c = t + 156; c < t + 512; c++) l += e[c];
          this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
        }
        #i(e, t = false) {
          Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && t || i === "linkpath" && t || i === "global"))));
        }
        encode(e, t = 0) {
          if (e || (e = this.block = Buffer.alloc(512)), this.#e === "Unsupported" && (this.#e = "0"), !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let i = this.ctime || this.atime ? 130 : 155, r = Sa(this.path || "", i), n = r[0], o = r[1];
          this.needPax = !!r[2], this.needPax = Be(e, t, 100, n) || this.needPax, this.needPax = ge(e, t + 100, 8, this.mode) || this.needPax, this.needPax = ge(e, t + 108, 8, this.uid) || this.needPax, this.needPax = ge(e, t + 116, 8, this.gid) || this.needPax, this.needPax = ge(e, t + 124, 12, this.size) || this.needPax, this.needPax = Ls(e, t + 136, 12, this.mtime) || this.needPax, e[t + 156] = Number(this.#e.codePointAt(0)), this.needPax = Be(e, t + 157, 100, this.linkpath) || this.needPax, e.write("ustar\x0000", t + 257, 8), this.needPax = Be(e, t + 265, 32, this.uname) || this.needPax, this.needPax = Be(e, t + 297, 32, this.gname) || this.needPax, this.needPax = ge(e, t + 329, 8, this.devmaj) || this.needPax, this.needPax = ge(e, t + 337, 8, this.devmin) || this.needPax, this.needPax = Be(e, t + 345, i, o) || this.needPax, e[t + 475] !== 0 ? this.needPax = Be(e, t + 345, 155, o) || this.needPax : (this.needPax = Be(e, t + 345, 130, o) || this.needPax, this.needPax = Ls(e, t + 476, 12, this.atime) || this.needPax, this.needPax = Ls(e, t + 488, 12, this.ctime) || this.needPax);
          let a = 256;
          for (let h = t; h < t + 148; h++) a += e[h];
          for (let h = t + 156; h < t + 512; h++) a += e[h];
          return this.cksum = a, ge(e, t + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
        }
        get type() {
          return this.#e === "Unsupported" ? this.#e : Je.name.get(this.#e);
        }
        get typeKey() {
          return this.#e;
        }
        set type(e) {
          let t = String(Je.code.get(e));
          if (Je.isCode(t) || t === "Unsupported") this.#e = t;
          else if (Je.isCode(e)) this.#e = e;
          else throw new TypeError("invalid entry type: " + e);
        }
      };
      se.Header = As;
      var Sa = (s, e) => {
        let i = s, r = "", n, o = Qe.posix.parse(s).root || ".";
        if (Buffer.byteLength(i) < 100) n = [i, r, false];
        else {
          r = Qe.posix.dirname(i), i = Qe.posix.basename(i);
          do
            Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= e ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= e ? n = [i.slice(0, 99), r, true] : (i = Qe.posix.join(Qe.posix.basename(r), i), r = Qe.posix.dirname(r));
          while (r !== o && n === void 0);
          n || (n = [s.slice(0, 99), "", true]);
        }
        return n;
      }, Ce = (s, e, t) => s.subarray(e, e + t).toString("utf8").replace(/\0.*/, ""), Ms = (s, e, t) => ga(Se(s, e, t)), ga = (s) => s === void 0 ? void 0 : new Date(s * 1e3), Se = (s, e, t) => Number(s[e]) & 128 ? $r.parse(s.subarray(e, e + t)) : Oa(s, e, t), Ra = (s) => isNaN(s) ? void 0 : s, Oa = (s, e, t) => Ra(parseInt(s.subarray(e, e + t).toString("utf8").replace(/\0.*$/, "").trim(), 8)), va = { 12: 8589934591, 8: 2097151 }, ge = (s, e, t, i) => i === void 0 ? false : i > va[t] || i < 0 ? ($r.encode(i, s.subarray(e, e + t)), true) : (Ta(s, e, t, i), false), Ta = (s, e, t, i) => s.write(Da(i, t), e, t, "ascii"), Da = (s, e) => Pa(Math.floor(s).toString(8), e), Pa = (s, e) => (s.length === e - 1 ? s : new Array(e - s.length - 1).join("0") + s + " ") + "\0", Ls = (s, e, t, i) => i === void 0 ? false : ge(s, e, t, i.getTime() / 1e3), Na = new Array(156).join("\0"), Be = (s, e, t, i) => i === void 0 ? false : (s.write(i + Na, e, t, "utf8"), i.length !== Buffer.byteLength(i) || i.length > t);
    });
    var si = d((ii) => {
      "use strict";
      Object.defineProperty(ii, "__esModule", { value: true });
      ii.Pax = void 0;
      var Ma = require("node:path"), La = et(), Is = class s {
        atime;
        mtime;
        ctime;
        charset;
        comment;
        gid;
        uid;
        gname;
        uname;
        linkpath;
        dev;
        ino;
        nlink;
        path;
        size;
        mode;
        global;
        constructor(e, t = false) {
          this.atime = e.atime, this.charset = e.charset, this.comment = e.comment, this.ctime = e.ctime, this.dev = e.dev, this.gid = e.gid, this.global = t, this.gname = e.gname, this.ino = e.ino, this.linkpath = e.linkpath, this.mtime = e.mtime, this.nlink = e.nlink, this.path = e.path, this.size = e.size, this.uid = e.uid, this.uname = e.uname;
        }
        encode() {
          let e = this.encodeBody();
          if (e === "") return Buffer.allocUnsafe(0);
          let t = Buffer.byteLength(e), i = 512 * Math.ceil(1 + t / 512), r = Buffer.allocUnsafe(i);
          for (let n = 0; n < 512; n++) r[n] = 0;
          new La.Header({ path: ("PaxHeader/" + (0, Ma.basename)(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: t, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(e, 512, t, "utf8");
          for (let n = t + 512; n < r.length; n++) r[n] = 0;
          return r;
        }
        encodeBody() {
          return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
        }
        encodeField(e) {
          if (this[e] === void 0) return "";
          let t = this[e], i = t instanceof Date ? t.getTime() / 1e3 : t, r = " " + (e === "dev" || e === "ino" || e === "nlink" ? "SCHILY." : "") + e + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
          return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
        }
        static parse(e, t, i = false) {
          return new s(Aa(Ia(e), t), i);
        }
      };
      ii.Pax = Is;
      var Aa = (s, e) => e ? Object.assign({}, e, s) : s, Ia = (s) => s.replace(/\n$/, "").split(`
`).reduce(Fa, /* @__PURE__ */ Object.create(null)), Fa = (s, e) => {
        let t = parseInt(e, 10);
        if (t !== Buffer.byteLength(e) + 1) return s;
        e = e.slice((t + " ").length);
        let i = e.split("="), r = i.shift();
        if (!r) return s;
        let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
        switch (n) {
          case "path":
          case "linkpath":
          case "type":
          case "charset":
          case "comment":
          case "gname":
          case "uname":
            s[n] = o;
            break;
          case "ctime":
          case "atime":
          case "mtime":
            s[n] = new Date(Number(o) * 1e3);
            break;
          case "size":
            let a = +o;
            a >= 0 && (s[n] = a);
            break;
          case "gid":
          case "uid":
          case "dev":
          case "ino":
          case "nlink":
          case "mode":
            s[n] = +o;
            break;
        }
        return s;
      };
    });
    var tt = d((ri) => {
      "use strict";
      Object.defineProperty(ri, "__esModule", { value: true });
      ri.normalizeWindowsPath = void 0;
      var Ca = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
      ri.normalizeWindowsPath = Ca !== "win32" ? (s) => String(s) : (s) => String(s).replaceAll(/\\/g, "/");
    });
    var Cs = d((oi) => {
      "use strict";
      Object.defineProperty(oi, "__esModule", { value: true });
      oi.ReadEntry = void 0;
      var Ba = We(), ni = tt(), Fs = class extends Ba.Minipass {
        extended;
        globalExtended;
        header;
        startBlockSize;
        blockRemain;
        remain;
        type;
        meta = false;
        ignore = false;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        size = 0;
        mtime;
        atime;
        ctime;
        linkpath;
        dev;
        ino;
        nlink;
        invalid = false;
        absolute;
        unsupported = false;
        constructor(e, t, i) {
          switch (super({}), this.pause(), this.extended = t, this.globalExtended = i, this.header = e, this.remain = e.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = e.type, this.type) {
            case "File":
            case "OldFile":
            case "Link":
            case "SymbolicLink":
            case "CharacterDevice":
            case "BlockDevice":
            case "Directory":
            case "FIFO":
            case "ContiguousFile":
            case "GNUDumpDir":
              break;
            case "NextFileHasLongLinkpath":
            case "NextFileHasLongPath":
            case "OldGnuLongPath":
            case "GlobalExtendedHeader":
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this.meta = true;
              break;
            default:
              this.ignore = true;
          }
          if (!e.path) throw new Error("no path provided for tar.ReadEntry");
          this.path = (0, ni.normalizeWindowsPath)(e.path), this.mode = e.mode, this.mode && (this.mode = this.mode & 4095), this.uid = e.uid, this.gid = e.gid, this.uname = e.uname, this.gname = e.gname, this.size = this.remain, this.mtime = e.mtime, this.atime = e.atime, this.ctime = e.ctime, this.linkpath = e.linkpath ? (0, ni.normalizeWindowsPath)(e.linkpath) : void 0, this.uname = e.uname, this.gname = e.gname, t && this.#e(t), i && this.#e(i, true);
        }
        write(e) {
          let t = e.length;
          if (t > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          let i = this.remain, r = this.blockRemain;
          return this.remain = Math.max(0, i - t), this.blockRemain = Math.max(0, r - t), this.ignore ? true : i >= t ? super.write(e) : super.write(e.subarray(0, i));
        }
        #e(e, t = false) {
          e.path && (e.path = (0, ni.normalizeWindowsPath)(e.path)), e.linkpath && (e.linkpath = (0, ni.normalizeWindowsPath)(e.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "path" && t))));
        }
      };
      oi.ReadEntry = Fs;
    });
    var hi = d((ai) => {
      "use strict";
      Object.defineProperty(ai, "__esModule", { value: true });
      ai.warnMethod = void 0;
      var za = (s, e, t, i = {}) => {
        s.file && (i.file = s.file), s.cwd && (i.cwd = s.cwd), i.code = t instanceof Error && t.code || e, i.tarCode = e, !s.strict && i.recoverable !== false ? (t instanceof Error && (i = Object.assign(t, i), t = t.message), s.emit("warn", e, t, i)) : t instanceof Error ? s.emit("error", Object.assign(t, i)) : s.emit("error", Object.assign(new Error(`${e}: ${t}`), i));
      };
      ai.warnMethod = za;
    });
    var _i = d((pi) => {
      "use strict";
      Object.defineProperty(pi, "__esModule", { value: true });
      pi.Parser = void 0;
      var ka = require("events"), Bs = Ps(), Xr = et(), Qr = si(), xa = Cs(), ja = hi(), Ua = 1024 * 1024, qs = Buffer.from([31, 139]), Ws = Buffer.from([40, 181, 47, 253]), qa = Math.max(qs.length, Ws.length), H = Symbol("state"), ze = Symbol("writeEntry"), me = Symbol("readEntry"), zs = Symbol("nextEntry"), Jr = Symbol("processEntry"), re = Symbol("extendedHeader"), gt = Symbol("globalExtendedHeader"), Re = Symbol("meta"), en = Symbol("emitMeta"), _ = Symbol("buffer"), pe = Symbol("queue"), Oe = Symbol("ended"), ks = Symbol("emittedEnd"), ke = Symbol("emit"), y = Symbol("unzip"), li = Symbol("consumeChunk"), ci = Symbol("consumeChunkSub"), xs = Symbol("consumeBody"), tn = Symbol("consumeMeta"), sn = Symbol("consumeHeader"), Rt = Symbol("consuming"), js = Symbol("bufferConcat"), ui = Symbol("maybeEnd"), it = Symbol("writing"), ne = Symbol("aborted"), fi = Symbol("onDone"), xe = Symbol("sawValidEntry"), di = Symbol("sawNullBlock"), mi = Symbol("sawEOF"), rn = Symbol("closeStream"), Wa = 1e3, Ot = Symbol("compressedBytesRead"), Us = Symbol("decompressedBytesRead"), nn = Symbol("checkDecompressionRatio"), Ha = () => true, Hs = class extends ka.EventEmitter {
        file;
        strict;
        maxMetaEntrySize;
        filter;
        brotli;
        zstd;
        maxDecompressionRatio;
        writable = true;
        readable = false;
        [pe] = [];
        [_];
        [me];
        [ze];
        [H] = "begin";
        [Re] = "";
        [re];
        [gt];
        [Oe] = false;
        [y];
        [ne] = false;
        [xe];
        [di] = false;
        [mi] = false;
        [it] = false;
        [Rt] = false;
        [ks] = false;
        [Ot] = 0;
        [Us] = 0;
        constructor(e = {}) {
          super(), this.file = e.file || "", this.on(fi, () => {
            (this[H] === "begin" || this[xe] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
          }), e.ondone ? this.on(fi, e.ondone) : this.on(fi, () => {
            this.emit("prefinish"), this.emit("finish"), this.emit("end");
          }), this.strict = !!e.strict, this.maxDecompressionRatio = typeof e.maxDecompressionRatio == "number" ? e.maxDecompressionRatio : Wa, this.maxMetaEntrySize = e.maxMetaEntrySize || Ua, this.filter = typeof e.filter == "function" ? e.filter : Ha;
          let t = e.file && (e.file.endsWith(".tar.br") || e.file.endsWith(".tbr"));
          this.brotli = !(e.gzip || e.zstd) && e.brotli !== void 0 ? e.brotli : t ? void 0 : false;
          let i = e.file && (e.file.endsWith(".tar.zst") || e.file.endsWith(".tzst"));
          this.zstd = !(e.gzip || e.brotli) && e.zstd !== void 0 ? e.zstd : i ? true : void 0, this.on("end", () => this[rn]()), typeof e.onwarn == "function" && this.on("warn", e.onwarn), typeof e.onReadEntry == "function" && this.on("entry", e.onReadEntry);
        }
        warn(e, t, i = {}) {
          (0, ja.warnMethod)(this, e, t, i);
        }
        [sn](e, t) {
          this[xe] === void 0 && (this[xe] = false);
          let i;
          try {
            i = new Xr.Header(e, t, this[re], this[gt]);
          } catch (r) {
            return this.warn("TAR_ENTRY_INVALID", r);
          }
          if (i.nullBlock) this[di] ? (this[mi] = true, this[H] === "begin" && (this[H] = "header"), this[ke]("eof")) : (this[di] = true, this[ke]("nullBlock"));
          else if (this[di] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
          else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
          else {
            let r = i.type;
            if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
            else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
            else {
              let n = this[ze] = new xa.ReadEntry(i, this[re], this[gt]);
              if (!this[xe]) if (n.remain) {
                let o = () => {
                  n.invalid || (this[xe] = true);
                };
                n.on("end", o);
              } else this[xe] = true;
              n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[ke]("ignoredEntry", n), this[H] = "ignore", n.resume()) : n.size > 0 && (this[Re] = "", n.on("data", (o) => this[Re] += o), this[H] = "meta") : (this[re] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[ke]("ignoredEntry", n), this[H] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[H] = "body" : (this[H] = "header", n.end()), this[me] ? this[pe].push(n) : (this[pe].push(n), this[zs]())));
            }
          }
        }
        [rn]() {
          queueMicrotask(() => this.emit("close"));
        }
        [Jr](e) {
          let t = true;
          if (!e) this[me] = void 0, t = false;
          else if (Array.isArray(e)) {
            let [i, ...r] = e;
            this.emit(i, ...r);
          } else this[me] = e, this.emit("entry", e), e.emittedEnd || (e.on("end", () => this[zs]()), t = false);
          return t;
        }
        [zs]() {
          do
            ;
          while (this[Jr](this[pe].shift()));
          if (this[pe].length === 0) {
            let e = this[me];
            !e || e.flowing || e.size === e.remain ? this[it] || this.emit("drain") : e.once("drain", () => this.emit("drain"));
          }
        }
        [xs](e, t) {
          let i = this[ze];
          if (!i) throw new Error("attempt to consume body without entry??");
          let r = i.blockRemain ?? 0, n = r >= e.length && t === 0 ? e : e.subarray(t, t + r);
          return i.write(n), i.blockRemain || (this[H] = "header", this[ze] = void 0, i.end()), n.length;
        }
        [tn](e, t) {
          let i = this[ze], r = this[xs](e, t);
          return !this[ze] && i && this[en](i), r;
        }
        [ke](e, t, i) {
          this[pe].length === 0 && !this[me] ? this.emit(e, t, i) : this[pe].push([e, t, i]);
        }
        [en](e) {
          switch (this[ke]("meta", this[Re]), e.type) {
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this[re] = Qr.Pax.parse(this[Re], this[re], false);
              break;
            case "GlobalExtendedHeader":
              this[gt] = Qr.Pax.parse(this[Re], this[gt], true);
              break;
            case "NextFileHasLongPath":
            case "OldGnuLongPath": {
              let t = this[re] ?? /* @__PURE__ */ Object.create(null);
              this[re] = t, t.path = this[Re].replace(/\0.*/, "");
              break;
            }
            case "NextFileHasLongLinkpath": {
              let t = this[re] || /* @__PURE__ */ Object.create(null);
              this[re] = t, t.linkpath = this[Re].replace(/\0.*/, "");
              break;
            }
            default:
              throw new Error("unknown meta: " + e.type);
          }
        }
        abort(e) {
          if (!this[ne]) {
            if (this[y]) {
              let t = this[y];
              t.write = () => true, t.end = () => t, t.emit = () => false, t.destroy?.();
            }
            this[ne] = true, this.emit("abort", e), this.warn("TAR_ABORT", e, { recoverable: false });
          }
        }
        [nn](e) {
          this[Us] += e.length;
          let t = this[Us] / this[Ot];
          return t > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${t.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this[ne]) return i?.(), false;
          if ((this[y] === void 0 || this.brotli === void 0 && this[y] === false) && e) {
            if (this[_] && (e = Buffer.concat([this[_], e]), this[_] = void 0), e.length < qa) return this[_] = e, i?.(), true;
            for (let h = 0; this[y] === void 0 && h < qs.length; h++) e[h] !== qs[h] && (this[y] = false);
            let o = false;
            if (this[y] === false && this.zstd !== false) {
              o = true;
              for (let h = 0; h < Ws.length; h++) if (e[h] !== Ws[h]) {
                o = false;
                break;
              }
            }
            let a = this.brotli === void 0 && !o;
            if (this[y] === false && a) if (e.length < 512) if (this[Oe]) this.brotli = true;
            else return this[_] = e, i?.(), true;
            else try {
              new Xr.Header(e.subarray(0, 512)), this.brotli = false;
            } catch {
              this.brotli = true;
            }
            if (this[y] === void 0 || this[y] === false && (this.brotli || o)) {
              let h = this[Oe];
              this[Oe] = false, this[y] = this[y] === void 0 ? new Bs.Unzip({}) : o ? new Bs.ZstdDecompress({}) : new Bs.BrotliDecompress({}), this[y].on("data", (c) => {
                this[nn](c) && this[li](c);
              }), this[y].on("error", (c) => {
                this[ne] || this.abort(c);
              }), this[y].on("end", () => {
                this[Oe] = true, this[li]();
              }), this[it] = true, this[Ot] += e.length;
              let l = !!this[y][h ? "end" : "write"](e);
              return this[it] = false, i?.(), l;
            }
          }
          this[it] = true, this[y] ? (this[Ot] += e.length, this[y].write(e)) : this[li](e), this[it] = false;
          let n = this[pe].length > 0 ? false : this[me] ? this[me].flowing : true;
          return !n && this[pe].length === 0 && this[me]?.once("drain", () => this.emit("drain")), i?.(), n;
        }
        [js](e) {
          e && !this[ne] && (this[_] = this[_] ? Buffer.concat([this[_], e]) : e);
        }
        [ui]() {
          if (this[Oe] && !this[ks] && !this[ne] && !this[Rt]) {
            this[ks] = true;
            let e = this[ze];
            if (e?.blockRemain) {
              let t = this[_] ? this[_].length : 0;
              this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${e.blockRemain} more bytes, only ${t} available)`, { entry: e }), this[_] && e.write(this[_]), e.end();
            }
            this[ke](fi);
          }
        }
        [li](e) {
          if (this[Rt] && e) this[js](e);
          else if (!e && !this[_]) this[ui]();
          else if (e) {
            if (this[Rt] = true, this[_]) {
              this[js](e);
              let t = this[_];
              this[_] = void 0, this[ci](t);
            } else this[ci](e);
            for (; this[_] && this[_]?.length >= 512 && !this[ne] && !this[mi]; ) {
              let t = this[_];
              this[_] = void 0, this[ci](t);
            }
            this[Rt] = false;
          }
          (!this[_] || this[Oe]) && this[ui]();
        }
        [ci](e) {
          let t = 0, i = e.length;
          for (; t + 512 <= i && !this[ne] && !this[mi]; ) switch (this[H]) {
            case "begin":
            case "header":
              this[sn](e, t), t += 512;
              break;
            case "ignore":
            case "body":
              t += this[xs](e, t);
              break;
            case "meta":
              t += this[tn](e, t);
              break;
            default:
              throw new Error("invalid state: " + this[H]);
          }
          t < i && (this[_] = this[_] ? Buffer.concat([e.subarray(t), this[_]]) : e.subarray(t));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t)), i && this.once("finish", i), this[ne] || (this[y] ? (e && (this[Ot] += e.length, this[y].write(e)), this[y].end()) : (this[Oe] = true, (this.brotli === void 0 || this.zstd === void 0) && (e = e || Buffer.alloc(0)), e && this.write(e), this[ui]())), this;
        }
      };
      pi.Parser = Hs;
    });
    var yi = d((wi) => {
      "use strict";
      Object.defineProperty(wi, "__esModule", { value: true });
      wi.stripTrailingSlashes = void 0;
      var Ga = (s) => {
        let e = s.length - 1, t = -1;
        for (; e > -1 && s.charAt(e) === "/"; ) t = e, e--;
        return t === -1 ? s : s.slice(0, t);
      };
      wi.stripTrailingSlashes = Ga;
    });
    var rt = d((B) => {
      "use strict";
      var Za = B && B.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ya = B && B.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Ka = B && B.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Za(t, e, i[r]);
          return Ya(t, e), t;
        };
      })(), Va = B && B.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(B, "__esModule", { value: true });
      B.list = B.filesFilter = void 0;
      var $a = Ka(Ke()), st = Va(require("node:fs")), on = require("path"), Xa = Ve(), Ei = _i(), Gs = yi(), Qa = (s) => {
        let e = s.onReadEntry;
        s.onReadEntry = e ? (t) => {
          e(t), t.resume();
        } : (t) => t.resume();
      }, Ja = (s, e) => {
        let t = new Map(e.map((o) => [(0, Gs.stripTrailingSlashes)(o), true])), i = s.filter, r = 100, n = (o, a = "", h = 0) => {
          if (h >= r) return t.set(o, false), false;
          let l = a || (0, on.parse)(o).root || ".", c;
          if (o === l) c = false;
          else {
            let u = t.get(o);
            c = u !== void 0 ? u : n((0, on.dirname)(o), l, h + 1);
          }
          return t.set(o, c), c;
        };
        s.filter = i ? (o, a) => i(o, a) && n((0, Gs.stripTrailingSlashes)(o)) : (o) => n((0, Gs.stripTrailingSlashes)(o));
      };
      B.filesFilter = Ja;
      var eh = (s) => {
        let e = new Ei.Parser(s), t = s.file, i;
        try {
          i = st.default.openSync(t, "r");
          let r = st.default.fstatSync(i), n = s.maxReadSize || 16 * 1024 * 1024;
          if (r.size < n) {
            let o = Buffer.allocUnsafe(r.size), a = st.default.readSync(i, o, 0, r.size, 0);
            e.end(a === o.byteLength ? o : o.subarray(0, a));
          } else {
            let o = 0, a = Buffer.allocUnsafe(n);
            for (; o < r.size; ) {
              let h = st.default.readSync(i, a, 0, n, o);
              if (h === 0) break;
              o += h, e.write(a.subarray(0, h));
            }
            e.end();
          }
        } finally {
          if (typeof i == "number") try {
            st.default.closeSync(i);
          } catch {
          }
        }
      }, th = (s, e) => {
        let t = new Ei.Parser(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("end", o), st.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new $a.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      B.list = (0, Xa.makeCommand)(eh, th, (s) => new Ei.Parser(s), (s) => new Ei.Parser(s), (s, e) => {
        e?.length && (0, B.filesFilter)(s, e), s.noResume || Qa(s);
      });
    });
    var an = d((bi) => {
      "use strict";
      Object.defineProperty(bi, "__esModule", { value: true });
      bi.modeFix = void 0;
      var ih = (s, e, t) => (s &= 4095, t && (s = (s | 384) & -19), e && (s & 256 && (s |= 64), s & 32 && (s |= 8), s & 4 && (s |= 1)), s);
      bi.modeFix = ih;
    });
    var Zs = d((Si) => {
      "use strict";
      Object.defineProperty(Si, "__esModule", { value: true });
      Si.stripAbsolutePath = void 0;
      var sh = require("node:path"), { isAbsolute: rh, parse: hn } = sh.win32, nh = (s) => {
        let e = "", t = hn(s);
        for (; rh(s) || t.root; ) {
          let i = s.charAt(0) === "/" && s.slice(0, 4) !== "//?/" ? "/" : t.root;
          s = s.slice(i.length), e += i, t = hn(s);
        }
        return [e, s];
      };
      Si.stripAbsolutePath = nh;
    });
    var Ks = d((nt) => {
      "use strict";
      Object.defineProperty(nt, "__esModule", { value: true });
      nt.decode = nt.encode = void 0;
      var gi = ["|", "<", ">", "?", ":"], Ys = gi.map((s) => String.fromCodePoint(61440 + Number(s.codePointAt(0)))), oh = new Map(gi.map((s, e) => [s, Ys[e]])), ah = new Map(Ys.map((s, e) => [s, gi[e]])), hh = (s) => gi.reduce((e, t) => e.split(t).join(oh.get(t)), s);
      nt.encode = hh;
      var lh = (s) => Ys.reduce((e, t) => e.split(t).join(ah.get(t)), s);
      nt.decode = lh;
    });
    var nr = d((M) => {
      "use strict";
      var ch = M && M.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), uh = M && M.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fh = M && M.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ch(t, e, i[r]);
          return uh(t, e), t;
        };
      })(), mn = M && M.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(M, "__esModule", { value: true });
      M.WriteEntryTar = M.WriteEntrySync = M.WriteEntry = void 0;
      var ae = mn(require("fs")), pn = We(), ln = mn(require("path")), _n = et(), wn = an(), oe = tt(), yn = Qt(), En = si(), bn = Zs(), dh = yi(), Sn = hi(), mh = fh(Ks()), gn = (s, e) => e ? (s = (0, oe.normalizeWindowsPath)(s).replace(/^\.(\/|$)/, ""), (0, dh.stripTrailingSlashes)(e) + "/" + s) : (0, oe.normalizeWindowsPath)(s), ph = 16 * 1024 * 1024, cn = Symbol("process"), un = Symbol("file"), fn = Symbol("directory"), $s = Symbol("symlink"), dn = Symbol("hardlink"), vt = Symbol("header"), Ri = Symbol("read"), Xs = Symbol("lstat"), Oi = Symbol("onlstat"), Qs = Symbol("onread"), Js = Symbol("onreadlink"), er = Symbol("openfile"), tr = Symbol("onopenfile"), ve = Symbol("close"), vi = Symbol("mode"), ir = Symbol("awaitDrain"), Vs = Symbol("ondrain"), he = Symbol("prefix"), Ti = class extends pn.Minipass {
        path;
        portable;
        myuid = process.getuid && process.getuid() || 0;
        myuser = process.env.USER || "";
        maxReadSize;
        linkCache;
        statCache;
        preservePaths;
        cwd;
        strict;
        mtime;
        noPax;
        noMtime;
        prefix;
        fd;
        blockLen = 0;
        blockRemain = 0;
        buf;
        pos = 0;
        remain = 0;
        length = 0;
        offset = 0;
        win32;
        absolute;
        header;
        type;
        linkpath;
        stat;
        onWriteEntry;
        #e = false;
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.path = (0, oe.normalizeWindowsPath)(e), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || ph, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = (0, oe.normalizeWindowsPath)(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? (0, oe.normalizeWindowsPath)(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let r = false;
          if (!this.preservePaths) {
            let [o, a] = (0, bn.stripAbsolutePath)(this.path);
            o && typeof a == "string" && (this.path = a, r = o);
          }
          this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = mh.decode(this.path.replaceAll(/\\/g, "/")), e = e.replaceAll(/\\/g, "/")), this.absolute = (0, oe.normalizeWindowsPath)(i.absolute || ln.default.resolve(this.cwd, e)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
          let n = this.statCache.get(this.absolute);
          n ? this[Oi](n) : this[Xs]();
        }
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        emit(e, ...t) {
          return e === "error" && (this.#e = true), super.emit(e, ...t);
        }
        [Xs]() {
          ae.default.lstat(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Oi](t);
          });
        }
        [Oi](e) {
          this.statCache.set(this.absolute, e), this.stat = e, e.isFile() || (e.size = 0), this.type = _h(e), this.emit("stat", e), this[cn]();
        }
        [cn]() {
          switch (this.type) {
            case "File":
              return this[un]();
            case "Directory":
              return this[fn]();
            case "SymbolicLink":
              return this[$s]();
            default:
              return this.end();
          }
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vt]() {
          if (!this.stat) throw new Error("cannot write header before stat");
          this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this[vi](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
          let e = this.header?.block;
          if (!e) throw new Error("failed to encode header");
          super.write(e);
        }
        [fn]() {
          if (!this.stat) throw new Error("cannot create directory entry without stat");
          this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[vt](), this.end();
        }
        [$s]() {
          ae.default.readlink(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Js](t);
          });
        }
        [Js](e) {
          this.linkpath = (0, oe.normalizeWindowsPath)(e), this[vt](), this.end();
        }
        [dn](e) {
          if (!this.stat) throw new Error("cannot create link entry without stat");
          this.type = "Link", this.linkpath = (0, oe.normalizeWindowsPath)(ln.default.relative(this.cwd, e)), this.stat.size = 0, this[vt](), this.end();
        }
        [un]() {
          if (!this.stat) throw new Error("cannot create file entry without stat");
          if (this.stat.nlink > 1) {
            let e = `${this.stat.dev}:${this.stat.ino}`, t = this.linkCache.get(e);
            if (t?.indexOf(this.cwd) === 0) return this[dn](t);
            this.linkCache.set(e, this.absolute);
          }
          if (this[vt](), this.stat.size === 0) return this.end();
          this[er]();
        }
        [er]() {
          ae.default.open(this.absolute, "r", (e, t) => {
            if (e) return this.emit("error", e);
            this[tr](t);
          });
        }
        [tr](e) {
          if (this.fd = e, this.#e) return this[ve]();
          if (!this.stat) throw new Error("should stat before calling onopenfile");
          this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
          let t = Math.min(this.blockLen, this.maxReadSize);
          this.buf = Buffer.allocUnsafe(t), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[Ri]();
        }
        [Ri]() {
          let { fd: e, buf: t, offset: i, length: r, pos: n } = this;
          if (e === void 0 || t === void 0) throw new Error("cannot read file without first opening");
          ae.default.read(e, t, i, r, n, (o, a) => {
            if (o) return this[ve](() => this.emit("error", o));
            this[Qs](a);
          });
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.close(this.fd, e);
        }
        [Qs](e) {
          if (e <= 0 && this.remain > 0) {
            let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (e > this.remain) {
            let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (!this.buf) throw new Error("should have created buffer prior to reading");
          if (e === this.remain) for (let r = e; r < this.length && e < this.blockRemain; r++) this.buf[r + this.offset] = 0, e++, this.remain++;
          let t = this.offset === 0 && e === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + e);
          this.write(t) ? this[Vs]() : this[ir](() => this[Vs]());
        }
        [ir](e) {
          this.once("drain", e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this.blockRemain < e.length) {
            let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
            return this.emit("error", r);
          }
          return this.remain -= e.length, this.blockRemain -= e.length, this.pos += e.length, this.offset += e.length, super.write(e, null, i);
        }
        [Vs]() {
          if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[ve]((e) => e ? this.emit("error", e) : this.end());
          if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
          this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[Ri]();
        }
      };
      M.WriteEntry = Ti;
      var sr = class extends Ti {
        sync = true;
        [Xs]() {
          this[Oi](ae.default.lstatSync(this.absolute));
        }
        [$s]() {
          this[Js](ae.default.readlinkSync(this.absolute));
        }
        [er]() {
          this[tr](ae.default.openSync(this.absolute, "r"));
        }
        [Ri]() {
          let e = true;
          try {
            let { fd: t, buf: i, offset: r, length: n, pos: o } = this;
            if (t === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
            let a = ae.default.readSync(t, i, r, n, o);
            this[Qs](a), e = false;
          } finally {
            if (e) try {
              this[ve](() => {
              });
            } catch {
            }
          }
        }
        [ir](e) {
          e();
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.closeSync(this.fd), e();
        }
      };
      M.WriteEntrySync = sr;
      var rr = class extends pn.Minipass {
        blockLen = 0;
        blockRemain = 0;
        buf = 0;
        pos = 0;
        remain = 0;
        length = 0;
        preservePaths;
        portable;
        strict;
        noPax;
        noMtime;
        readEntry;
        type;
        prefix;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        header;
        mtime;
        atime;
        ctime;
        linkpath;
        size;
        onWriteEntry;
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = e;
          let { type: r } = e;
          if (r === "Unsupported") throw new Error("writing entry that should be ignored");
          this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = (0, oe.normalizeWindowsPath)(e.path), this.mode = e.mode !== void 0 ? this[vi](e.mode) : void 0, this.uid = this.portable ? void 0 : e.uid, this.gid = this.portable ? void 0 : e.gid, this.uname = this.portable ? void 0 : e.uname, this.gname = this.portable ? void 0 : e.gname, this.size = e.size, this.mtime = this.noMtime ? void 0 : i.mtime || e.mtime, this.atime = this.portable ? void 0 : e.atime, this.ctime = this.portable ? void 0 : e.ctime, this.linkpath = e.linkpath !== void 0 ? (0, oe.normalizeWindowsPath)(e.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let n = false;
          if (!this.preservePaths) {
            let [a, h] = (0, bn.stripAbsolutePath)(this.path);
            a && typeof h == "string" && (this.path = h, n = a);
          }
          this.remain = e.size, this.blockRemain = e.startBlockSize, this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
          let o = this.header?.block;
          if (!o) throw new Error("failed to encode header");
          super.write(o), e.pipe(this);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        write(e, t, i) {
          typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8"));
          let r = e.length;
          if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          return this.blockRemain -= r, super.write(e, i);
        }
        end(e, t, i) {
          return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t ?? "utf8")), i && this.once("finish", i), e ? super.end(e, i) : super.end(i), this;
        }
      };
      M.WriteEntryTar = rr;
      var _h = (s) => s.isFile() ? "File" : s.isDirectory() ? "Directory" : s.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
    });
    var Rn = d((at) => {
      "use strict";
      Object.defineProperty(at, "__esModule", { value: true });
      at.Node = at.Yallist = void 0;
      var or = class s {
        tail;
        head;
        length = 0;
        static create(e = []) {
          return new s(e);
        }
        constructor(e = []) {
          for (let t of e) this.push(t);
        }
        *[Symbol.iterator]() {
          for (let e = this.head; e; e = e.next) yield e.value;
        }
        removeNode(e) {
          if (e.list !== this) throw new Error("removing node which does not belong to this list");
          let t = e.next, i = e.prev;
          return t && (t.prev = i), i && (i.next = t), e === this.head && (this.head = t), e === this.tail && (this.tail = i), this.length--, e.next = void 0, e.prev = void 0, e.list = void 0, t;
        }
        unshiftNode(e) {
          if (e === this.head) return;
          e.list && e.list.removeNode(e);
          let t = this.head;
          e.list = this, e.next = t, t && (t.prev = e), this.head = e, this.tail || (this.tail = e), this.length++;
        }
        pushNode(e) {
          if (e === this.tail) return;
          e.list && e.list.removeNode(e);
          let t = this.tail;
          e.list = this, e.prev = t, t && (t.next = e), this.tail = e, this.head || (this.head = e), this.length++;
        }
        push(...e) {
          for (let t = 0, i = e.length; t < i; t++) yh(this, e[t]);
          return this.length;
        }
        unshift(...e) {
          for (var t = 0, i = e.length; t < i; t++) Eh(this, e[t]);
          return this.length;
        }
        pop() {
          if (!this.tail) return;
          let e = this.tail.value, t = this.tail;
          return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, t.list = void 0, this.length--, e;
        }
        shift() {
          if (!this.head) return;
          let e = this.head.value, t = this.head;
          return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, t.list = void 0, this.length--, e;
        }
        forEach(e, t) {
          t = t || this;
          for (let i = this.head, r = 0; i; r++) e.call(t, i.value, r, this), i = i.next;
        }
        forEachReverse(e, t) {
          t = t || this;
          for (let i = this.tail, r = this.length - 1; i; r--) e.call(t, i.value, r, this), i = i.prev;
        }
        get(e) {
          let t = 0, i = this.head;
          for (; i && t < e; t++) i = i.next;
          if (t === e && i) return i.value;
        }
        getReverse(e) {
          let t = 0, i = this.tail;
          for (; i && t < e; t++) i = i.prev;
          if (t === e && i) return i.value;
        }
        map(e, t) {
          t = t || this;
          let i = new s();
          for (let r = this.head; r; ) i.push(e.call(t, r.value, this)), r = r.next;
          return i;
        }
        mapReverse(e, t) {
          t = t || this;
          var i = new s();
          for (let r = this.tail; r; ) i.push(e.call(t, r.value, this)), r = r.prev;
          return i;
        }
        reduce(e, t) {
          let i, r = this.head;
          if (arguments.length > 1) i = t;
          else if (this.head) r = this.head.next, i = this.head.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (var n = 0; r; n++) i = e(i, r.value, n), r = r.next;
          return i;
        }
        reduceReverse(e, t) {
          let i, r = this.tail;
          if (arguments.length > 1) i = t;
          else if (this.tail) r = this.tail.prev, i = this.tail.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (let n = this.length - 1; r; n--) i = e(i, r.value, n), r = r.prev;
          return i;
        }
        toArray() {
          let e = new Array(this.length);
          for (let t = 0, i = this.head; i; t++) e[t] = i.value, i = i.next;
          return e;
        }
        toArrayReverse() {
          let e = new Array(this.length);
          for (let t = 0, i = this.tail; i; t++) e[t] = i.value, i = i.prev;
          return e;
        }
        slice(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.head, n = 0;
          for (n = 0; r && n < e; n++) r = r.next;
          for (; r && n < t; n++, r = r.next) i.push(r.value);
          return i;
        }
        sliceReverse(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.length, n = this.tail;
          for (; n && r > t; r--) n = n.prev;
          for (; n && r > e; r--, n = n.prev) i.push(n.value);
          return i;
        }
        splice(e, t = 0, ...i) {
          e > this.length && (e = this.length - 1), e < 0 && (e = this.length + e);
          let r = this.head;
          for (let o = 0; r && o < e; o++) r = r.next;
          let n = [];
          for (let o = 0; r && o < t; o++) n.push(r.value), r = this.removeNode(r);
          r ? r !== this.tail && (r = r.prev) : r = this.tail;
          for (let o of i) r = wh(this, r, o);
          return n;
        }
        reverse() {
          let e = this.head, t = this.tail;
          for (let i = e; i; i = i.prev) {
            let r = i.prev;
            i.prev = i.next, i.next = r;
          }
          return this.head = t, this.tail = e, this;
        }
      };
      at.Yallist = or;
      function wh(s, e, t) {
        let i = e, r = e ? e.next : s.head, n = new ot(t, i, r, s);
        return n.next === void 0 && (s.tail = n), n.prev === void 0 && (s.head = n), s.length++, n;
      }
      function yh(s, e) {
        s.tail = new ot(e, s.tail, void 0, s), s.head || (s.head = s.tail), s.length++;
      }
      function Eh(s, e) {
        s.head = new ot(e, void 0, s.head, s), s.tail || (s.tail = s.head), s.length++;
      }
      var ot = class {
        list;
        next;
        prev;
        value;
        constructor(e, t, i, r) {
          this.list = r, this.value = e, t ? (t.next = this, this.prev = t) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
        }
      };
      at.Node = ot;
    });
    var Ci = d((L) => {
      "use strict";
      var bh = L && L.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Sh = L && L.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), gh = L && L.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && bh(t, e, i[r]);
          return Sh(t, e), t;
        };
      })(), Pn = L && L.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(L, "__esModule", { value: true });
      L.PackSync = L.Pack = L.PackJob = void 0;
      var Ii = Pn(require("fs")), fr = nr(), Nt = class {
        path;
        absolute;
        entry;
        stat;
        readdir;
        pending = false;
        pendingLink = false;
        ignore = false;
        piped = false;
        constructor(e, t) {
          this.path = e || "./", this.absolute = t;
        }
      };
      L.PackJob = Nt;
      var Rh = We(), ar = gh(Ps()), Oh = Rn(), vh = hi(), On = Buffer.alloc(1024), Pi = Symbol("onStat"), Tt = Symbol("ended"), X = Symbol("queue"), Dt = Symbol("pendingLinks"), Te = Symbol("current"), je = Symbol("process"), Pt = Symbol("processing"), Di = Symbol("processJob"), Q = Symbol("jobs"), hr = Symbol("jobDone"), Ni = Symbol("addFSEntry"), vn = Symbol("addTarEntry"), dr = Symbol("stat"), mr = Symbol("readdir"), Mi = Symbol("onreaddir"), Li = Symbol("pipe"), Tn = Symbol("entry"), lr = Symbol("entryOpt"), Ai = Symbol("writeEntryClass"), Nn = Symbol("write"), cr = Symbol("ondrain"), Dn = Pn(require("path")), ur = tt(), Fi = class extends Rh.Minipass {
        sync = false;
        opt;
        cwd;
        maxReadSize;
        preservePaths;
        strict;
        noPax;
        prefix;
        linkCache;
        statCache;
        file;
        portable;
        zip;
        readdirCache;
        noDirRecurse;
        follow;
        noMtime;
        mtime;
        filter;
        jobs;
        [Ai];
        onWriteEntry;
        [X];
        [Dt] = /* @__PURE__ */ new Map();
        [Q] = 0;
        [Pt] = false;
        [Tt] = false;
        constructor(e = {}) {
          if (super(), this.opt = e, this.file = e.file || "", this.cwd = e.cwd || process.cwd(), this.maxReadSize = e.maxReadSize, this.preservePaths = !!e.preservePaths, this.strict = !!e.strict, this.noPax = !!e.noPax, this.prefix = (0, ur.normalizeWindowsPath)(e.prefix || ""), this.linkCache = e.linkCache || /* @__PURE__ */ new Map(), this.statCache = e.statCache || /* @__PURE__ */ new Map(), this.readdirCache = e.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = e.onWriteEntry, this[Ai] = fr.WriteEntry, typeof e.onwarn == "function" && this.on("warn", e.onwarn), this.portable = !!e.portable, e.gzip || e.brotli || e.zstd) {
            if ((e.gzip ? 1 : 0) + (e.brotli ? 1 : 0) + (e.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
            if (e.gzip && (typeof e.gzip != "object" && (e.gzip = {}), this.portable && (e.gzip.portable = true), this.zip = new ar.Gzip(e.gzip)), e.brotli && (typeof e.brotli != "object" && (e.brotli = {}), this.zip = new ar.BrotliCompress(e.brotli)), e.zstd && (typeof e.zstd != "object" && (e.zstd = {}), this.zip = new ar.ZstdCompress(e.zstd)), !this.zip) throw new Error("impossible");
            let t = this.zip;
            t.on("data", (i) => super.write(i)), t.on("end", () => super.end()), t.on("drain", () => this[cr]()), this.on("resume", () => t.resume());
          } else this.on("drain", this[cr]);
          this.noDirRecurse = !!e.noDirRecurse, this.follow = !!e.follow, this.noMtime = !!e.noMtime, e.mtime && (this.mtime = e.mtime), this.filter = typeof e.filter == "function" ? e.filter : () => true, this[X] = new Oh.Yallist(), this[Q] = 0, this.jobs = Number(e.jobs) || 4, this[Pt] = false, this[Tt] = false;
        }
        [Nn](e) {
          return super.write(e);
        }
        add(e) {
          return this.write(e), this;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = void 0), e && this.add(e), this[Tt] = true, this[je](), i && i(), this;
        }
        write(e) {
          if (this[Tt]) throw new Error("write after end");
          return typeof e == "string" ? this[Ni](e) : this[vn](e), this.flowing;
        }
        [vn](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e.path));
          if (!this.filter(e.path, e)) e.resume();
          else {
            let i = new Nt(e.path, t);
            i.entry = new fr.WriteEntryTar(e, this[lr](i)), i.entry.on("end", () => this[hr](i)), this[Q] += 1, this[X].push(i);
          }
          this[je]();
        }
        [Ni](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e));
          this[X].push(new Nt(e, t)), this[je]();
        }
        [dr](e) {
          e.pending = true, this[Q] += 1;
          let t = this.follow ? "stat" : "lstat";
          Ii.default[t](e.absolute, (i, r) => {
            e.pending = false, this[Q] -= 1, i ? this.emit("error", i) : this[Pi](e, r);
          });
        }
        [Pi](e, t) {
          if (this.statCache.set(e.absolute, t), e.stat = t, !this.filter(e.path, t)) e.ignore = true;
          else if (t.isFile() && t.nlink > 1 && !this.linkCache.get(`${t.dev}:${t.ino}`) && !this.sync) if (e === this[Te]) this[Di](e);
          else {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            r ? r.push(e) : this[Dt].set(i, [e]), e.pendingLink = true, e.pending = true;
          }
          this[je]();
        }
        [mr](e) {
          e.pending = true, this[Q] += 1, Ii.default.readdir(e.absolute, (t, i) => {
            if (e.pending = false, this[Q] -= 1, t) return this.emit("error", t);
            this[Mi](e, i);
          });
        }
        [Mi](e, t) {
          this.readdirCache.set(e.absolute, t), e.readdir = t, this[je]();
        }
        [je]() {
          if (!this[Pt]) {
            this[Pt] = true;
            for (let e = this[X].head; e && this[Q] < this.jobs; e = e.next) if (this[Di](e.value), e.value.ignore) {
              let t = e.next;
              this[X].removeNode(e), e.next = t;
            }
            this[Pt] = false, this[Tt] && this[X].length === 0 && this[Q] === 0 && (this.zip ? this.zip.end(On) : (super.write(On), super.end()));
          }
        }
        get [Te]() {
          return this[X] && this[X].head && this[X].head.value;
        }
        [hr](e) {
          this[X].shift(), this[Q] -= 1;
          let { stat: t } = e;
          if (t && t.isFile() && t.nlink > 1) {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            if (r) {
              this[Dt].delete(i);
              for (let n of r) n.pending = false, this[Di](n);
            }
          }
          this[je]();
        }
        [Di](e) {
          if (e.pending && e.pendingLink && e === this[Te] && (e.pending = false, e.pendingLink = false), !e.pending) {
            if (e.entry) {
              e === this[Te] && !e.piped && this[Li](e);
              return;
            }
            if (!e.stat) {
              let t = this.statCache.get(e.absolute);
              t ? this[Pi](e, t) : this[dr](e);
            }
            if (e.stat && !e.ignore) {
              if (!this.noDirRecurse && e.stat.isDirectory() && !e.readdir) {
                let t = this.readdirCache.get(e.absolute);
                if (t ? this[Mi](e, t) : this[mr](e), !e.readdir) return;
              }
              if (e.entry = this[Tn](e), !e.entry) {
                e.ignore = true;
                return;
              }
              e === this[Te] && !e.piped && this[Li](e);
            }
          }
        }
        [lr](e) {
          return { onwarn: (t, i, r) => this.warn(t, i, r), noPax: this.noPax, cwd: this.cwd, absolute: e.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
        }
        [Tn](e) {
          this[Q] += 1;
          try {
            return new this[Ai](e.path, this[lr](e)).on("end", () => this[hr](e)).on("error", (i) => this.emit("error", i));
          } catch (t) {
            this.emit("error", t);
          }
        }
        [cr]() {
          this[Te] && this[Te].entry && this[Te].entry.resume();
        }
        [Li](e) {
          e.piped = true, e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          });
          let t = e.entry, i = this.zip;
          if (!t) throw new Error("cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r) || t.pause();
          }) : t.on("data", (r) => {
            super.write(r) || t.pause();
          });
        }
        pause() {
          return this.zip && this.zip.pause(), super.pause();
        }
        warn(e, t, i = {}) {
          (0, vh.warnMethod)(this, e, t, i);
        }
      };
      L.Pack = Fi;
      var pr = class extends Fi {
        sync = true;
        constructor(e) {
          super(e), this[Ai] = fr.WriteEntrySync;
        }
        pause() {
        }
        resume() {
        }
        [dr](e) {
          let t = this.follow ? "statSync" : "lstatSync";
          this[Pi](e, Ii.default[t](e.absolute));
        }
        [mr](e) {
          this[Mi](e, Ii.default.readdirSync(e.absolute));
        }
        [Li](e) {
          let t = e.entry, i = this.zip;
          if (e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          }), !t) throw new Error("Cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r);
          }) : t.on("data", (r) => {
            super[Nn](r);
          });
        }
      };
      L.PackSync = pr;
    });
    var _r = d((ht) => {
      "use strict";
      var Th = ht && ht.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ht, "__esModule", { value: true });
      ht.create = void 0;
      var Mn = Ke(), Ln = Th(require("node:path")), An = rt(), Dh = Ve(), Bi = Ci(), Ph = (s, e) => {
        let t = new Bi.PackSync(s), i = new Mn.WriteStreamSync(s.file, { mode: s.mode || 438 });
        t.pipe(i), In(t, e);
      }, Nh = (s, e) => {
        let t = new Bi.Pack(s), i = new Mn.WriteStream(s.file, { mode: s.mode || 438 });
        t.pipe(i);
        let r = new Promise((n, o) => {
          i.on("error", o), i.on("close", n), t.on("error", o);
        });
        return Fn(t, e).catch((n) => t.emit("error", n)), r;
      }, In = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, An.list)({ file: Ln.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, Fn = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, An.list)({ file: Ln.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => {
          s.add(i);
        } }) : s.add(t);
        s.end();
      }, Mh = (s, e) => {
        let t = new Bi.PackSync(s);
        return In(t, e), t;
      }, Lh = (s, e) => {
        let t = new Bi.Pack(s);
        return Fn(t, e).catch((i) => t.emit("error", i)), t;
      };
      ht.create = (0, Dh.makeCommand)(Ph, Nh, Mh, Lh, (s, e) => {
        if (!e?.length) throw new TypeError("no paths specified to add to archive");
      });
    });
    var Wn = d((lt) => {
      "use strict";
      var Ah = lt && lt.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(lt, "__esModule", { value: true });
      lt.getWriteFlag = void 0;
      var zn = Ah(require("fs")), Ih = process.env.__FAKE_PLATFORM__ || process.platform, kn = Ih === "win32", { O_CREAT: xn, O_NOFOLLOW: Cn, O_TRUNC: jn, O_WRONLY: Un } = zn.default.constants, qn = Number(process.env.__FAKE_FS_O_FILENAME__) || zn.default.constants.UV_FS_O_FILEMAP || 0, Fh = kn && !!qn, Ch = 512 * 1024, Bh = qn | jn | xn | Un, Bn = !kn && typeof Cn == "number" ? Cn | jn | xn | Un : null;
      lt.getWriteFlag = Bn !== null ? () => Bn : Fh ? (s) => s < Ch ? Bh : "w" : () => "w";
    });
    var Gn = d((le) => {
      "use strict";
      var Hn = le && le.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(le, "__esModule", { value: true });
      le.chownrSync = le.chownr = void 0;
      var ki = Hn(require("node:fs")), Mt = Hn(require("node:path")), wr = (s, e, t) => {
        try {
          return ki.default.lchownSync(s, e, t);
        } catch (i) {
          if (i?.code !== "ENOENT") throw i;
        }
      }, zi = (s, e, t, i) => {
        ki.default.lchown(s, e, t, (r) => {
          i(r && r?.code !== "ENOENT" ? r : null);
        });
      }, zh = (s, e, t, i, r) => {
        if (e.isDirectory()) (0, le.chownr)(Mt.default.resolve(s, e.name), t, i, (n) => {
          if (n) return r(n);
          let o = Mt.default.resolve(s, e.name);
          zi(o, t, i, r);
        });
        else {
          let n = Mt.default.resolve(s, e.name);
          zi(n, t, i, r);
        }
      }, kh = (s, e, t, i) => {
        ki.default.readdir(s, { withFileTypes: true }, (r, n) => {
          if (r) {
            if (r.code === "ENOENT") return i();
            if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
          }
          if (r || !n.length) return zi(s, e, t, i);
          let o = n.length, a = null, h = (l) => {
            if (!a) {
              if (l) return i(a = l);
              if (--o === 0) return zi(s, e, t, i);
            }
          };
          for (let l of n) zh(s, l, e, t, h);
        });
      };
      le.chownr = kh;
      var xh = (s, e, t, i) => {
        e.isDirectory() && (0, le.chownrSync)(Mt.default.resolve(s, e.name), t, i), wr(Mt.default.resolve(s, e.name), t, i);
      }, jh = (s, e, t) => {
        let i;
        try {
          i = ki.default.readdirSync(s, { withFileTypes: true });
        } catch (r) {
          let n = r;
          if (n?.code === "ENOENT") return;
          if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return wr(s, e, t);
          throw n;
        }
        for (let r of i) xh(s, r, e, t);
        return wr(s, e, t);
      };
      le.chownrSync = jh;
    });
    var Zn = d((xi) => {
      "use strict";
      Object.defineProperty(xi, "__esModule", { value: true });
      xi.CwdError = void 0;
      var yr = class extends Error {
        path;
        code;
        syscall = "chdir";
        constructor(e, t) {
          super(`${t}: Cannot cd into '${e}'`), this.path = e, this.code = t;
        }
        get name() {
          return "CwdError";
        }
      };
      xi.CwdError = yr;
    });
    var br = d((ji) => {
      "use strict";
      Object.defineProperty(ji, "__esModule", { value: true });
      ji.SymlinkError = void 0;
      var Er = class extends Error {
        path;
        symlink;
        syscall = "symlink";
        code = "TAR_SYMLINK_ERROR";
        constructor(e, t) {
          super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = e, this.path = t;
        }
        get name() {
          return "SymlinkError";
        }
      };
      ji.SymlinkError = Er;
    });
    var Xn = d((De) => {
      "use strict";
      var gr = De && De.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(De, "__esModule", { value: true });
      De.mkdirSync = De.mkdir = void 0;
      var Yn = Gn(), j = gr(require("node:fs")), Uh = gr(require("node:fs/promises")), Ui = gr(require("node:path")), Kn = Zn(), _e = tt(), Vn = br(), qh = (s, e) => {
        j.default.stat(s, (t, i) => {
          (t || !i.isDirectory()) && (t = new Kn.CwdError(s, t?.code || "ENOTDIR")), e(t);
        });
      }, Wh = (s, e, t) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let i = e.umask ?? 18, r = e.mode | 448, n = (r & i) !== 0, o = e.uid, a = e.gid, h = typeof o == "number" && typeof a == "number" && (o !== e.processUid || a !== e.processGid), l = e.preserve, c = e.unlink, u = (0, _e.normalizeWindowsPath)(e.cwd), b = (w, P) => {
          w ? t(w) : P && h ? (0, Yn.chownr)(P, o, a, (xt) => b(xt)) : n ? j.default.chmod(s, r, t) : t();
        };
        if (s === u) return qh(s, b);
        if (l) return Uh.default.mkdir(s, { mode: r, recursive: true }).then((w) => b(null, w ?? void 0), b);
        let A = (0, _e.normalizeWindowsPath)(Ui.default.relative(u, s)).split("/");
        Sr(u, A, r, c, u, void 0, b);
      };
      De.mkdir = Wh;
      var Sr = (s, e, t, i, r, n, o) => {
        if (e.length === 0) return o(null, n);
        let a = e.shift(), h = (0, _e.normalizeWindowsPath)(Ui.default.resolve(s + "/" + a));
        j.default.mkdir(h, t, $n(h, e, t, i, r, n, o));
      }, $n = (s, e, t, i, r, n, o) => (a) => {
        a ? j.default.lstat(s, (h, l) => {
          if (h) h.path = h.path && (0, _e.normalizeWindowsPath)(h.path), o(h);
          else if (l.isDirectory()) Sr(s, e, t, i, r, n, o);
          else if (i) j.default.unlink(s, (c) => {
            if (c) return o(c);
            j.default.mkdir(s, t, $n(s, e, t, i, r, n, o));
          });
          else {
            if (l.isSymbolicLink()) return o(new Vn.SymlinkError(s, s + "/" + e.join("/")));
            o(a);
          }
        }) : (n = n || s, Sr(s, e, t, i, r, n, o));
      }, Hh = (s) => {
        let e = false, t;
        try {
          e = j.default.statSync(s).isDirectory();
        } catch (i) {
          t = i?.code;
        } finally {
          if (!e) throw new Kn.CwdError(s, t ?? "ENOTDIR");
        }
      }, Gh = (s, e) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let t = e.umask ?? 18, i = e.mode | 448, r = (i & t) !== 0, n = e.uid, o = e.gid, a = typeof n == "number" && typeof o == "number" && (n !== e.processUid || o !== e.processGid), h = e.preserve, l = e.unlink, c = (0, _e.normalizeWindowsPath)(e.cwd), u = (w) => {
          w && a && (0, Yn.chownrSync)(w, n, o), r && j.default.chmodSync(s, i);
        };
        if (s === c) return Hh(c), u();
        if (h) return u(j.default.mkdirSync(s, { mode: i, recursive: true }) ?? void 0);
        let D = (0, _e.normalizeWindowsPath)(Ui.default.relative(c, s)).split("/"), A;
        for (let w = D.shift(), P = c; w && (P += "/" + w); w = D.shift()) {
          P = (0, _e.normalizeWindowsPath)(Ui.default.resolve(P));
          try {
            j.default.mkdirSync(P, i), A = A || P;
          } catch {
            let xt = j.default.lstatSync(P);
            if (xt.isDirectory()) continue;
            if (l) {
              j.default.unlinkSync(P), j.default.mkdirSync(P, i), A = A || P;
              continue;
            } else if (xt.isSymbolicLink()) return new Vn.SymlinkError(P, P + "/" + D.join("/"));
          }
        }
        return u(A);
      };
      De.mkdirSync = Gh;
    });
    var Jn = d((qi) => {
      "use strict";
      Object.defineProperty(qi, "__esModule", { value: true });
      qi.normalizeUnicode = void 0;
      var Rr = /* @__PURE__ */ Object.create(null), Qn = 1e4, ct = /* @__PURE__ */ new Set(), Zh = (s) => {
        ct.has(s) ? ct.delete(s) : Rr[s] = s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), ct.add(s);
        let e = Rr[s], t = ct.size - Qn;
        if (t > Qn / 10) {
          for (let i of ct) if (ct.delete(i), delete Rr[i], --t <= 0) break;
        }
        return e;
      };
      qi.normalizeUnicode = Zh;
    });
    var to = d((Wi) => {
      "use strict";
      Object.defineProperty(Wi, "__esModule", { value: true });
      Wi.PathReservations = void 0;
      var eo = require("node:path"), Yh = Jn(), Kh = yi(), Vh = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, $h = Vh === "win32", Xh = (s) => s.split("/").slice(0, -1).reduce((t, i) => {
        let r = t.at(-1);
        return r !== void 0 && (i = (0, eo.join)(r, i)), t.push(i || "/"), t;
      }, []), Or = class {
        #e = /* @__PURE__ */ new Map();
        #i = /* @__PURE__ */ new Map();
        #s = /* @__PURE__ */ new Set();
        reserve(e, t) {
          e = $h ? ["win32 parallelization disabled"] : e.map((r) => (0, Kh.stripTrailingSlashes)((0, eo.join)((0, Yh.normalizeUnicode)(r))));
          let i = new Set(e.map((r) => Xh(r)).reduce((r, n) => r.concat(n)));
          this.#i.set(t, { dirs: i, paths: e });
          for (let r of e) {
            let n = this.#e.get(r);
            n ? n.push(t) : this.#e.set(r, [t]);
          }
          for (let r of i) {
            let n = this.#e.get(r);
            if (!n) this.#e.set(r, [/* @__PURE__ */ new Set([t])]);
            else {
              let o = n.at(-1);
              o instanceof Set ? o.add(t) : n.push(/* @__PURE__ */ new Set([t]));
            }
          }
          return this.#r(t);
        }
        #n(e) {
          let t = this.#i.get(e);
          if (!t) throw new Error("function does not have any path reservations");
          return { paths: t.paths.map((i) => this.#e.get(i)), dirs: [...t.dirs].map((i) => this.#e.get(i)) };
        }
        check(e) {
          let { paths: t, dirs: i } = this.#n(e);
          return t.every((r) => r && r[0] === e) && i.every((r) => r && r[0] instanceof Set && r[0].has(e));
        }
        #r(e) {
          return this.#s.has(e) || !this.check(e) ? false : (this.#s.add(e), e(() => this.#t(e)), true);
        }
        #t(e) {
          if (!this.#s.has(e)) return false;
          let t = this.#i.get(e);
          if (!t) throw new Error("invalid reservation");
          let { paths: i, dirs: r } = t, n = /* @__PURE__ */ new Set();
          for (let o of i) {
            let a = this.#e.get(o);
            if (!a || a?.[0] !== e) continue;
            let h = a[1];
            if (!h) {
              this.#e.delete(o);
              continue;
            }
            if (a.shift(), typeof h == "function") n.add(h);
            else for (let l of h) n.add(l);
          }
          for (let o of r) {
            let a = this.#e.get(o), h = a?.[0];
            if (!(!a || !(h instanceof Set))) if (h.size === 1 && a.length === 1) {
              this.#e.delete(o);
              continue;
            } else if (h.size === 1) {
              a.shift();
              let l = a[0];
              typeof l == "function" && n.add(l);
            } else h.delete(e);
          }
          return this.#s.delete(e), n.forEach((o) => this.#r(o)), true;
        }
      };
      Wi.PathReservations = Or;
    });
    var io = d((Hi) => {
      "use strict";
      Object.defineProperty(Hi, "__esModule", { value: true });
      Hi.umask = void 0;
      var Qh = () => process.umask();
      Hi.umask = Qh;
    });
    var Cr = d((k) => {
      "use strict";
      var Jh = k && k.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), el = k && k.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fo = k && k.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Jh(t, e, i[r]);
          return el(t, e), t;
        };
      })(), Fr = k && k.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(k, "__esModule", { value: true });
      k.UnpackSync = k.Unpack = void 0;
      var tl = fo(Ke()), il = Fr(require("node:assert")), mo = require("node:crypto"), m = Fr(require("node:fs")), g = Fr(require("node:path")), po = Wn(), _o = Xn(), U = tt(), sl = _i(), rl = Zs(), so = fo(Ks()), nl = to(), wo = br(), ol = io(), ro = Symbol("onEntry"), Pr = Symbol("checkFs"), no = Symbol("checkFs2"), Nr = Symbol("isReusable"), G = Symbol("makeFs"), Mr = Symbol("file"), Lr = Symbol("directory"), Zi = Symbol("link"), oo = Symbol("symlink"), ao = Symbol("hardlink"), At = Symbol("ensureNoSymlink"), ho = Symbol("unsupported"), lo = Symbol("checkPath"), vr = Symbol("stripAbsolutePath"), Pe = Symbol("mkdir"), T = Symbol("onError"), Gi = Symbol("pending"), co = Symbol("pend"), ut = Symbol("unpend"), Tr = Symbol("ended"), Dr = Symbol("maybeClose"), Ar = Symbol("skip"), It = Symbol("doChown"), Ft = Symbol("uid"), Ct = Symbol("gid"), Bt = Symbol("checkedCwd"), al = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, zt = al === "win32", hl = 1024, ll = (s, e) => {
        if (!zt) return m.default.unlink(s, e);
        let t = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.rename(s, t, (i) => {
          if (i) return e(i);
          m.default.unlink(t, e);
        });
      }, cl = (s) => {
        if (!zt) return m.default.unlinkSync(s);
        let e = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.renameSync(s, e), m.default.unlinkSync(e);
      }, uo = (s, e, t) => s !== void 0 && s === s >>> 0 ? s : e !== void 0 && e === e >>> 0 ? e : t, Yi = class extends sl.Parser {
        [Tr] = false;
        [Bt] = false;
        [Gi] = 0;
        reservations = new nl.PathReservations();
        transform;
        writable = true;
        readable = false;
        uid;
        gid;
        setOwner;
        preserveOwner;
        processGid;
        processUid;
        maxDepth;
        forceChown;
        win32;
        newer;
        keep;
        noMtime;
        preservePaths;
        unlink;
        cwd;
        strip;
        processUmask;
        umask;
        dmode;
        fmode;
        chmod;
        constructor(e = {}) {
          if (e.ondone = () => {
            this[Tr] = true, this[Dr]();
          }, super(e), this.transform = e.transform, this.chmod = !!e.chmod, typeof e.uid == "number" || typeof e.gid == "number") {
            if (typeof e.uid != "number" || typeof e.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
            if (e.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
            this.uid = e.uid, this.gid = e.gid, this.setOwner = true;
          } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
          this.preserveOwner = e.preserveOwner === void 0 && typeof e.uid != "number" ? process.getuid?.() === 0 : !!e.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof e.maxDepth == "number" ? e.maxDepth : hl, this.forceChown = e.forceChown === true, this.win32 = !!e.win32 || zt, this.newer = !!e.newer, this.keep = !!e.keep, this.noMtime = !!e.noMtime, this.preservePaths = !!e.preservePaths, this.unlink = !!e.unlink, this.cwd = (0, U.normalizeWindowsPath)(g.default.resolve(e.cwd || process.cwd())), this.strip = Number(e.strip) || 0, this.processUmask = this.chmod ? typeof e.processUmask == "number" ? e.processUmask : (0, ol.umask)() : 0, this.umask = typeof e.umask == "number" ? e.umask : this.processUmask, this.dmode = e.dmode || 511 & ~this.umask, this.fmode = e.fmode || 438 & ~this.umask, this.on("entry", (t) => this[ro](t));
        }
        warn(e, t, i = {}) {
          return (e === "TAR_BAD_ARCHIVE" || e === "TAR_ABORT") && (i.recoverable = false), super.warn(e, t, i);
        }
        [Dr]() {
          this[Tr] && this[Gi] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
        }
        [vr](e, t) {
          let i = e[t], { type: r } = e;
          if (!i || this.preservePaths) return true;
          let [n, o] = (0, rl.stripAbsolutePath)(i), a = o.replaceAll(/\\/g, "/").split("/");
          if (a.includes("..") || zt && /^[a-z]:\.\.$/i.test(a[0] ?? "")) {
            if (t === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${t} contains '..'`, { entry: e, [t]: i }), false;
            let h = g.default.posix.dirname(e.path), l = g.default.posix.normalize(g.default.posix.join(h, a.join("/")));
            if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${t} escapes extraction directory`, { entry: e, [t]: i }), false;
          }
          return n && (e[t] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${t}`, { entry: e, [t]: i })), true;
        }
        [lo](e) {
          let t = (0, U.normalizeWindowsPath)(e.path), i = t.split("/");
          if (this.strip) {
            if (i.length < this.strip) return false;
            if (e.type === "Link") {
              let r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
              if (r.length >= this.strip) e.linkpath = r.slice(this.strip).join("/");
              else return false;
            }
            i.splice(0, this.strip), e.path = i.join("/");
          }
          if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: e, path: t, depth: i.length, maxDepth: this.maxDepth }), false;
          if (!this[vr](e, "path") || !this[vr](e, "linkpath")) return false;
          if (e.absolute = g.default.isAbsolute(e.path) ? (0, U.normalizeWindowsPath)(g.default.resolve(e.path)) : (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, e.path)), !this.preservePaths && typeof e.absolute == "string" && e.absolute.indexOf(this.cwd + "/") !== 0 && e.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: e, path: (0, U.normalizeWindowsPath)(e.path), resolvedPath: e.absolute, cwd: this.cwd }), false;
          if (e.absolute === this.cwd && e.type !== "Directory" && e.type !== "GNUDumpDir") return false;
          if (this.win32) {
            let { root: r } = g.default.win32.parse(String(e.absolute));
            e.absolute = r + so.encode(String(e.absolute).slice(r.length));
            let { root: n } = g.default.win32.parse(e.path);
            e.path = n + so.encode(e.path.slice(n.length));
          }
          return true;
        }
        [ro](e) {
          if (!this[lo](e)) return e.resume();
          switch (il.default.equal(typeof e.absolute, "string"), e.type) {
            case "Directory":
            case "GNUDumpDir":
              e.mode && (e.mode = e.mode | 448);
            case "File":
            case "OldFile":
            case "ContiguousFile":
            case "Link":
            case "SymbolicLink":
              return this[Pr](e);
            default:
              return this[ho](e);
          }
        }
        [T](e, t) {
          e.name === "CwdError" ? this.emit("error", e) : (this.warn("TAR_ENTRY_ERROR", e, { entry: t }), this[ut](), t.resume());
        }
        [Pe](e, t, i) {
          (0, _o.mkdir)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t }, i);
        }
        [It](e) {
          return this.forceChown || this.preserveOwner && (typeof e.uid == "number" && e.uid !== this.processUid || typeof e.gid == "number" && e.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
        }
        [Ft](e) {
          return uo(this.uid, e.uid, this.processUid);
        }
        [Ct](e) {
          return uo(this.gid, e.gid, this.processGid);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = new tl.WriteStream(String(e.absolute), { flags: (0, po.getWriteFlag)(e.size), mode: i, autoClose: false });
          r.on("error", (h) => {
            r.fd && m.default.close(r.fd, () => {
            }), r.write = () => true, this[T](h, e), t();
          });
          let n = 1, o = (h) => {
            if (h) {
              r.fd && m.default.close(r.fd, () => {
              }), this[T](h, e), t();
              return;
            }
            --n === 0 && r.fd !== void 0 && m.default.close(r.fd, (l) => {
              l ? this[T](l, e) : this[ut](), t();
            });
          };
          r.on("finish", () => {
            let h = String(e.absolute), l = r.fd;
            if (typeof l == "number" && e.mtime && !this.noMtime) {
              n++;
              let c = e.atime || /* @__PURE__ */ new Date(), u = e.mtime;
              m.default.futimes(l, c, u, (b) => b ? m.default.utimes(h, c, u, (D) => o(D && b)) : o());
            }
            if (typeof l == "number" && this[It](e)) {
              n++;
              let c = this[Ft](e), u = this[Ct](e);
              typeof c == "number" && typeof u == "number" && m.default.fchown(l, c, u, (b) => b ? m.default.chown(h, c, u, (D) => o(D && b)) : o());
            }
            o();
          });
          let a = this.transform && this.transform(e) || e;
          a !== e && (a.on("error", (h) => {
            this[T](h, e), t();
          }), e.pipe(a)), a.pipe(r);
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode;
          this[Pe](String(e.absolute), i, (r) => {
            if (r) {
              this[T](r, e), t();
              return;
            }
            let n = 1, o = () => {
              --n === 0 && (t(), this[ut](), e.resume());
            };
            e.mtime && !this.noMtime && (n++, m.default.utimes(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime, o)), this[It](e) && (n++, m.default.chown(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)), o)), o();
          });
        }
        [ho](e) {
          e.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${e.type}`, { entry: e }), e.resume();
        }
        [oo](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.relative(this.cwd, g.default.resolve(g.default.dirname(String(e.absolute)), String(e.linkpath)))).split("/");
          this[At](e, this.cwd, i, () => this[Zi](e, String(e.linkpath), "symlink", t), (r) => {
            this[T](r, e), t();
          });
        }
        [ao](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, String(e.linkpath))), r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
          this[At](e, this.cwd, r, () => this[Zi](e, i, "link", t), (n) => {
            this[T](n, e), t();
          });
        }
        [At](e, t, i, r, n) {
          let o = i.shift();
          if (this.preservePaths || o === void 0) return r();
          let a = g.default.resolve(t, o);
          m.default.lstat(a, (h, l) => {
            if (h) return r();
            if (l?.isSymbolicLink()) return n(new wo.SymlinkError(a, g.default.resolve(a, i.join("/"))));
            this[At](e, a, i, r, n);
          });
        }
        [co]() {
          this[Gi]++;
        }
        [ut]() {
          this[Gi]--, this[Dr]();
        }
        [Ar](e) {
          this[ut](), e.resume();
        }
        [Nr](e, t) {
          return e.type === "File" && !this.unlink && t.isFile() && t.nlink <= 1 && !zt;
        }
        [Pr](e) {
          this[co]();
          let t = [e.path];
          e.linkpath && t.push(e.linkpath), this.reservations.reserve(t, (i) => this[no](e, i));
        }
        [no](e, t) {
          let i = (a) => {
            t(a);
          }, r = () => {
            this[Pe](this.cwd, this.dmode, (a) => {
              if (a) {
                this[T](a, e), i();
                return;
              }
              this[Bt] = true, n();
            });
          }, n = () => {
            if (e.absolute !== this.cwd) {
              let a = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
              if (a !== this.cwd) return this[Pe](a, this.dmode, (h) => {
                if (h) {
                  this[T](h, e), i();
                  return;
                }
                o();
              });
            }
            o();
          }, o = () => {
            m.default.lstat(String(e.absolute), (a, h) => {
              if (h && (this.keep || this.newer && h.mtime > (e.mtime ?? h.mtime))) {
                this[Ar](e), i();
                return;
              }
              if (a || this[Nr](e, h)) return this[G](null, e, i);
              if (h.isDirectory()) {
                if (e.type === "Directory") {
                  let l = this.chmod && e.mode && (h.mode & 4095) !== e.mode, c = (u) => this[G](u ?? null, e, i);
                  return l ? m.default.chmod(String(e.absolute), Number(e.mode), c) : c();
                }
                if (e.absolute !== this.cwd) return m.default.rmdir(String(e.absolute), (l) => this[G](l ?? null, e, i));
              }
              if (e.absolute === this.cwd) return this[G](null, e, i);
              ll(String(e.absolute), (l) => this[G](l ?? null, e, i));
            });
          };
          this[Bt] ? n() : r();
        }
        [G](e, t, i) {
          if (e) {
            this[T](e, t), i();
            return;
          }
          switch (t.type) {
            case "File":
            case "OldFile":
            case "ContiguousFile":
              return this[Mr](t, i);
            case "Link":
              return this[ao](t, i);
            case "SymbolicLink":
              return this[oo](t, i);
            case "Directory":
            case "GNUDumpDir":
              return this[Lr](t, i);
          }
        }
        [Zi](e, t, i, r) {
          m.default[i](t, String(e.absolute), (n) => {
            n ? this[T](n, e) : (this[ut](), e.resume()), r();
          });
        }
      };
      k.Unpack = Yi;
      var Lt = (s) => {
        try {
          return [null, s()];
        } catch (e) {
          return [e, null];
        }
      }, Ir = class extends Yi {
        sync = true;
        [G](e, t) {
          return super[G](e, t, () => {
          });
        }
        [Pr](e) {
          if (!this[Bt]) {
            let n = this[Pe](this.cwd, this.dmode);
            if (n) return this[T](n, e);
            this[Bt] = true;
          }
          if (e.absolute !== this.cwd) {
            let n = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
            if (n !== this.cwd) {
              let o = this[Pe](n, this.dmode);
              if (o) return this[T](o, e);
            }
          }
          let [t, i] = Lt(() => m.default.lstatSync(String(e.absolute)));
          if (i && (this.keep || this.newer && i.mtime > (e.mtime ?? i.mtime))) return this[Ar](e);
          if (t || this[Nr](e, i)) return this[G](null, e);
          if (i.isDirectory()) {
            if (e.type === "Directory") {
              let o = this.chmod && e.mode && (i.mode & 4095) !== e.mode, [a] = o ? Lt(() => {
                m.default.chmodSync(String(e.absolute), Number(e.mode));
              }) : [];
              return this[G](a, e);
            }
            let [n] = Lt(() => m.default.rmdirSync(String(e.absolute)));
            this[G](n, e);
          }
          let [r] = e.absolute === this.cwd ? [] : Lt(() => cl(String(e.absolute)));
          this[G](r, e);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = (a) => {
            let h;
            try {
              m.default.closeSync(n);
            } catch (l) {
              h = l;
            }
            (a || h) && this[T](a || h, e), t();
          }, n;
          try {
            n = m.default.openSync(String(e.absolute), (0, po.getWriteFlag)(e.size), i);
          } catch (a) {
            return r(a);
          }
          let o = this.transform && this.transform(e) || e;
          o !== e && (o.on("error", (a) => this[T](a, e)), e.pipe(o)), o.on("data", (a) => {
            try {
              m.default.writeSync(n, a, 0, a.length);
            } catch (h) {
              r(h);
            }
          }), o.on("end", () => {
            let a = null;
            if (e.mtime && !this.noMtime) {
              let h = e.atime || /* @__PURE__ */ new Date(), l = e.mtime;
              try {
                m.default.futimesSync(n, h, l);
              } catch (c) {
                try {
                  m.default.utimesSync(String(e.absolute), h, l);
                } catch {
                  a = c;
                }
              }
            }
            if (this[It](e)) {
              let h = this[Ft](e), l = this[Ct](e);
              try {
                m.default.fchownSync(n, Number(h), Number(l));
              } catch (c) {
                try {
                  m.default.chownSync(String(e.absolute), Number(h), Number(l));
                } catch {
                  a = a || c;
                }
              }
            }
            r(a);
          });
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode, r = this[Pe](String(e.absolute), i);
          if (r) {
            this[T](r, e), t();
            return;
          }
          if (e.mtime && !this.noMtime) try {
            m.default.utimesSync(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime);
          } catch {
          }
          if (this[It](e)) try {
            m.default.chownSync(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)));
          } catch {
          }
          t(), e.resume();
        }
        [Pe](e, t) {
          try {
            return (0, _o.mkdirSync)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t });
          } catch (i) {
            return i;
          }
        }
        [At](e, t, i, r, n) {
          if (this.preservePaths || i.length === 0) return r();
          let o = t;
          for (let a of i) {
            o = g.default.resolve(o, a);
            let [h, l] = Lt(() => m.default.lstatSync(o));
            if (h) return r();
            if (l.isSymbolicLink()) return n(new wo.SymlinkError(o, g.default.resolve(t, i.join("/"))));
          }
          r();
        }
        [Zi](e, t, i, r) {
          let n = `${i}Sync`;
          try {
            m.default[n](t, String(e.absolute)), r(), e.resume();
          } catch (o) {
            return this[T](o, e);
          }
        }
      };
      k.UnpackSync = Ir;
    });
    var Br = d((Z) => {
      "use strict";
      var ul = Z && Z.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), fl = Z && Z.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), dl = Z && Z.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ul(t, e, i[r]);
          return fl(t, e), t;
        };
      })(), ml = Z && Z.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(Z, "__esModule", { value: true });
      Z.extract = void 0;
      var yo = dl(Ke()), Eo = ml(require("node:fs")), pl = rt(), _l = Ve(), Ki = Cr(), wl = (s) => {
        let e = new Ki.UnpackSync(s), t = s.file, i = Eo.default.statSync(t), r = s.maxReadSize || 16 * 1024 * 1024;
        new yo.ReadStreamSync(t, { readSize: r, size: i.size }).pipe(e);
      }, yl = (s, e) => {
        let t = new Ki.Unpack(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("close", o), Eo.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new yo.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      Z.extract = (0, _l.makeCommand)(wl, yl, (s) => new Ki.UnpackSync(s), (s) => new Ki.Unpack(s), (s, e) => {
        e?.length && (0, pl.filesFilter)(s, e);
      });
    });
    var Vi = d((ft) => {
      "use strict";
      var bo = ft && ft.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ft, "__esModule", { value: true });
      ft.replace = void 0;
      var So = Ke(), q = bo(require("node:fs")), go = bo(require("node:path")), Ro = et(), Oo = rt(), El = Ve(), bl = Qt(), vo = Ci(), Sl = (s, e) => {
        let t = new vo.PackSync(s), i = true, r, n;
        try {
          try {
            r = q.default.openSync(s.file, "r+");
          } catch (h) {
            if (h?.code === "ENOENT") r = q.default.openSync(s.file, "w+");
            else throw h;
          }
          let o = q.default.fstatSync(r), a = Buffer.alloc(512);
          e: for (n = 0; n < o.size; n += 512) {
            for (let c = 0, u = 0; c < 512; c += u) {
              if (u = q.default.readSync(r, a, c, a.length - c, n + c), n === 0 && a[0] === 31 && a[1] === 139) throw new Error("cannot append to compressed archives");
              if (!u) break e;
            }
            let h = new Ro.Header(a);
            if (!h.cksumValid) break;
            let l = 512 * Math.ceil((h.size || 0) / 512);
            if (n + l + 512 > o.size) break;
            n += l, s.mtimeCache && h.mtime && s.mtimeCache.set(String(h.path), h.mtime);
          }
          i = false, gl(s, t, n, r, e);
        } finally {
          if (i) try {
            q.default.closeSync(r);
          } catch {
          }
        }
      }, gl = (s, e, t, i, r) => {
        let n = new So.WriteStreamSync(s.file, { fd: i, start: t });
        e.pipe(n), Ol(e, r);
      }, Rl = (s, e) => {
        e = Array.from(e);
        let t = new vo.Pack(s), i = (n, o, a) => {
          let h = (D, A) => {
            D ? q.default.close(n, (w) => a(D)) : a(null, A);
          }, l = 0;
          if (o === 0) return h(null, 0);
          let c = 0, u = Buffer.alloc(512), b = (D, A) => {
            if (D || A === void 0) return h(D);
            if (c += A, c < 512 && A) return q.default.read(n, u, c, u.length - c, l + c, b);
            if (l === 0 && u[0] === 31 && u[1] === 139) return h(new Error("cannot append to compressed archives"));
            if (c < 512) return h(null, l);
            let w = new Ro.Header(u);
            if (!w.cksumValid) return h(null, l);
            let P = 512 * Math.ceil((w.size ?? 0) / 512);
            if (l + P + 512 > o || (l += P + 512, l >= o)) return h(null, l);
            s.mtimeCache && w.mtime && s.mtimeCache.set(String(w.path), w.mtime), c = 0, q.default.read(n, u, 0, 512, l, b);
          };
          q.default.read(n, u, 0, 512, l, b);
        };
        return new Promise((n, o) => {
          t.on("error", o);
          let a = "r+", h = (l, c) => {
            if (l && l.code === "ENOENT" && a === "r+") return a = "w+", q.default.open(s.file, a, h);
            if (l || !c) return o(l);
            q.default.fstat(c, (u, b) => {
              if (u) return q.default.close(c, () => o(u));
              i(c, b.size, (D, A) => {
                if (D) return o(D);
                let w = new So.WriteStream(s.file, { fd: c, start: A });
                t.pipe(w), w.on("error", o), w.on("close", n), vl(t, e);
              });
            });
          };
          q.default.open(s.file, a, h);
        });
      }, Ol = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, Oo.list)({ file: go.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, vl = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, Oo.list)({ file: go.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        s.end();
      };
      ft.replace = (0, El.makeCommand)(Sl, Rl, () => {
        throw new TypeError("file is required");
      }, () => {
        throw new TypeError("file is required");
      }, (s, e) => {
        if (!(0, bl.isFile)(s)) throw new TypeError("file is required");
        if (s.gzip || s.brotli || s.zstd || s.file.endsWith(".br") || s.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
        if (!e?.length) throw new TypeError("no paths specified to add/replace");
      });
    });
    var zr = d(($i) => {
      "use strict";
      Object.defineProperty($i, "__esModule", { value: true });
      $i.update = void 0;
      var Tl = Ve(), kt = Vi();
      $i.update = (0, Tl.makeCommand)(kt.replace.syncFile, kt.replace.asyncFile, kt.replace.syncNoFile, kt.replace.asyncNoFile, (s, e = []) => {
        kt.replace.validate?.(s, e), Dl(s);
      });
      var Dl = (s) => {
        let e = s.filter;
        s.mtimeCache || (s.mtimeCache = /* @__PURE__ */ new Map()), s.filter = e ? (t, i) => e(t, i) && !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (t, i) => !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0));
      };
    });
    var To = exports2 && exports2.__createBinding || (Object.create ? (function(s, e, t, i) {
      i === void 0 && (i = t);
      var r = Object.getOwnPropertyDescriptor(e, t);
      (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
        return e[t];
      } }), Object.defineProperty(s, i, r);
    }) : (function(s, e, t, i) {
      i === void 0 && (i = t), s[i] = e[t];
    }));
    var Pl = exports2 && exports2.__setModuleDefault || (Object.create ? (function(s, e) {
      Object.defineProperty(s, "default", { enumerable: true, value: e });
    }) : function(s, e) {
      s.default = e;
    });
    var Y = exports2 && exports2.__exportStar || function(s, e) {
      for (var t in s) t !== "default" && !Object.prototype.hasOwnProperty.call(e, t) && To(e, s, t);
    };
    var Nl = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var s = function(e) {
        return s = Object.getOwnPropertyNames || function(t) {
          var i = [];
          for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
          return i;
        }, s(e);
      };
      return function(e) {
        if (e && e.__esModule) return e;
        var t = {};
        if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && To(t, e, i[r]);
        return Pl(t, e), t;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.u = exports2.types = exports2.r = exports2.t = exports2.x = exports2.c = void 0;
    Y(_r(), exports2);
    var Ml = _r();
    Object.defineProperty(exports2, "c", { enumerable: true, get: function() {
      return Ml.create;
    } });
    Y(Br(), exports2);
    var Ll = Br();
    Object.defineProperty(exports2, "x", { enumerable: true, get: function() {
      return Ll.extract;
    } });
    Y(et(), exports2);
    Y(rt(), exports2);
    var Al = rt();
    Object.defineProperty(exports2, "t", { enumerable: true, get: function() {
      return Al.list;
    } });
    Y(Ci(), exports2);
    Y(_i(), exports2);
    Y(si(), exports2);
    Y(Cs(), exports2);
    Y(Vi(), exports2);
    var Il = Vi();
    Object.defineProperty(exports2, "r", { enumerable: true, get: function() {
      return Il.replace;
    } });
    exports2.types = Nl(Ns());
    Y(Cr(), exports2);
    Y(zr(), exports2);
    var Fl = zr();
    Object.defineProperty(exports2, "u", { enumerable: true, get: function() {
      return Fl.update;
    } });
    Y(nr(), exports2);
  }
});

// <stdin>
module.exports = require_index_min();
