/**
 * One helper thread per build, started on first use and kept while the build lasts
 * (starting a thread costs ~20 ms, a restore uses it several times): it runs the
 * functions in TASKS from their source text, with the modules they need, and answers
 * each task by its id. It never keeps the process alive (unref'd while idle).
 *
 * A task shares its work with the calling thread through SharedArrayBuffers in its job;
 * the thread only ever does a part of what the caller would otherwise do alone.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { linkFiles, type LinkModules } from './link-files.js';
import { makeSpare } from './spare-tree.js';
import { checkIds } from './check-ids.js';
import { fsPath } from '../fs/byte-names.js';

const TASKS = { linkFiles, makeSpare, checkIds } as const;
type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;

/** The modules a task gets on this thread (the helper requires its own). */
export const MODULES: LinkModules = { fs, crypto, fsPath };

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const mods = { fs: require('node:fs'), crypto: require('node:crypto'), fsPath: ${fsPath.toString()} };
const tasks = { ${Object.entries(TASKS).map(([name, fn]) => `${name}: ${fn.toString()}`).join(',\n')} };
parentPort.on('message', ({ id, task, job }) => {
  let reply;
  try {
    reply = { id, value: tasks[task](mods, job) };
  } catch (e) {
    reply = { id, error: String((e && e.message) || e) };
  }
  parentPort.postMessage(reply);
});
`;

interface Reply { readonly id: number; readonly value?: unknown; readonly error?: string }

interface Helper {
  readonly worker: Worker;
  readonly pending: Map<number, (reply: Reply) => void>;
  next: number;
}

let helper: Helper | undefined;

function start(): Helper {
  const worker = new Worker(SOURCE, { eval: true });
  const h: Helper = { worker, pending: new Map(), next: 0 };
  const stopped = (why: string) => {
    if (helper === h) helper = undefined;
    for (const [id, answer] of h.pending) answer({ id, error: why });
    h.pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const answer = h.pending.get(reply.id);
    h.pending.delete(reply.id);
    if (h.pending.size === 0) worker.unref();
    answer?.(reply);
  });
  worker.on('error', (e) => stopped(`the helper thread failed (${e.message})`));
  worker.on('exit', () => stopped('the helper thread stopped'));
  worker.unref();
  return h;
}

/** Starts the helper thread now (it takes a moment), if it is not running yet. */
export function warmHelperThread(): void {
  helper ??= start();
}

/**
 * Runs `task` with `job` on the helper thread. Rejects when the thread failed or could
 * not start: what it claimed may be half done, so the caller must not trust the job's
 * shared state (a restore then goes the copying way, see linkTree).
 */
export function onHelperThread<K extends TaskName>(task: K, job: Parameters<Tasks[K]>[1]): Promise<ReturnType<Tasks[K]>> {
  let h: Helper;
  try {
    h = helper ??= start();
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  const id = h.next++;
  return new Promise((resolve, reject) => {
    h.pending.set(id, (reply) => (reply.error === undefined ? resolve(reply.value as ReturnType<Tasks[K]>) : reject(new Error(reply.error))));
    h.worker.ref();
    h.worker.postMessage({ id, task, job });
  });
}
