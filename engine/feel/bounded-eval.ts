import { createRequire } from 'node:module';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { canReference } from './fast-eval';

/**
 * FEEL with limits. feelin evaluates synchronously on the server's one thread and has no step budget, so one
 * expression such as `count(for x in 1..3000, y in 1..3000 return 1)` froze the whole server for 12 s and took
 * 1.5 GB it never gave back. An expression that can do unbounded work — iteration (`for`, `some`, `every`),
 * ranges, user functions (recursion), regular expressions (backtracking) — is therefore evaluated in a worker
 * thread with a time limit and a heap limit; the engine thread waits for it synchronously (Atomics.wait, so the
 * command stays one synchronous transaction) for at most the time limit, then terminates the worker, and the
 * evaluation fails as any FEEL failure does: an incident (or a 4xx) that names the expression.
 *
 * Every other expression (comparisons, paths, arithmetic, plain function calls: the great majority, and all of
 * the hot path) does work linear in the size of the variables it names, which the API layers bound, and runs
 * in-thread as before: its only cost here is one cached regular-expression test.
 *
 * Limits: YUKK_FEEL_TIMEOUT_MS (default 1000) and YUKK_FEEL_MEMORY_MB (default 128), read once.
 */

/** Constructs whose work is not bounded by the size of the input. */
const UNBOUNDED = /\b(?:for|some|every|function)\b|\.\.|\b(?:matches|replace|split)\s*\(/;
const classified = new Map<string, boolean>();

export function needsBoundedEvaluation(source: string): boolean {
  let unbounded = classified.get(source);
  if (unbounded === undefined) {
    unbounded = UNBOUNDED.test(source);
    if (classified.size >= 5000) classified.clear();
    classified.set(source, unbounded);
  }
  return unbounded;
}

export const FEEL_LIMITS = {
  timeoutMs: positive(process.env.YUKK_FEEL_TIMEOUT_MS, 1000),
  memoryMb: positive(process.env.YUKK_FEEL_MEMORY_MB, 128),
};

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export class FeelLimitExceeded extends Error {
  constructor() {
    super(`the evaluation exceeded its limit (${FEEL_LIMITS.timeoutMs} ms or ${FEEL_LIMITS.memoryMb} MB) and was stopped`);
    this.name = 'FeelLimitExceeded';
  }
}

/** What the worker needs to evaluate as the engine does: built-ins are sent as source (no closures in them). */
export interface WorkerRecipe {
  /** Functions added to the context, as `name → source of an arrow function`. */
  builtins: Record<string, string>;
  /** Source of a self-contained function converting feelin's results to JSON (feel.ts `toJson`). */
  toJson: string;
}

interface Sandbox {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

const IDLE = 0;
const DONE = 1;
const READY = 2;
const STARTING = 3;
let sandbox: Sandbox | undefined;

/**
 * The worker's program is plain JavaScript run with `eval`, so it works from the TypeScript sources (tests) and
 * the build alike; it loads the same feelin the engine uses.
 */
function spawn(recipe: WorkerRecipe): Sandbox {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(signal, 0, STARTING);
  const { port1, port2 } = new MessageChannel();
  const feelin = createRequire(__filename).resolve('feelin');
  const program = `
const { workerData } = require('node:worker_threads');
const { evaluate, date, dateAndTime } = require(workerData.feelin);
const toJson = ${recipe.toJson};
const builtins = Object.fromEntries(Object.entries(workerData.builtins).map(([name, source]) => [name, (0, eval)('(' + source + ')')]));
const { port, signal } = workerData;
port.on('message', ({ source, context, now }) => {
  let answer;
  try {
    const functions = { ...builtins, now: () => dateAndTime(new Date(now).toISOString()), today: () => date(new Date(now).toISOString().slice(0, 10)) };
    const result = evaluate(source, { ...context, ...functions });
    answer = { value: toJson(result.value), warnings: result.warnings.map((w) => w.message) };
  } catch (err) {
    answer = { error: err && err.message ? String(err.message) : String(err) };
  }
  port.postMessage(answer);
  Atomics.store(signal, 0, ${DONE});
  Atomics.notify(signal, 0);
});
Atomics.store(signal, 0, ${READY});
Atomics.notify(signal, 0);
`;
  const worker = new Worker(program, {
    eval: true,
    workerData: { feelin, builtins: recipe.builtins, port: port2, signal },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: FEEL_LIMITS.memoryMb, maxYoungGenerationSizeMb: Math.min(32, FEEL_LIMITS.memoryMb) },
    stdout: true,
    stderr: true,
  });
  // Neither keeps the process alive: the engine thread only ever waits for it synchronously.
  worker.unref();
  port1.unref();
  worker.on('error', () => undefined); // out of memory: noticed as a missing answer
  return { worker, port: port1, signal };
}

/** Loading feelin in a new worker takes a moment; that is not the expression's time. */
function ready(recipe: WorkerRecipe): Sandbox {
  sandbox ??= spawn(recipe);
  if (Atomics.wait(sandbox.signal, 0, STARTING, 30_000) === 'timed-out') {
    discard(sandbox);
    throw new Error('the FEEL sandbox did not start');
  }
  return sandbox;
}

function discard(stopped: Sandbox): void {
  if (sandbox === stopped) sandbox = undefined;
  void stopped.worker.terminate();
  stopped.port.close();
}

/** Evaluates in the sandbox; throws FeelLimitExceeded when the limits are hit, Error for FEEL's own failures. */
export function boundedEvaluate(source: string, context: Record<string, unknown>, now: number, recipe: WorkerRecipe): { value: unknown; warnings: string[] } {
  const visible: Record<string, unknown> = {};
  for (const name of Object.keys(context)) if (name !== '__proto__' && canReference(source, name)) visible[name] = context[name];
  const current = ready(recipe);
  const { port, signal } = current;
  Atomics.store(signal, 0, IDLE);
  port.postMessage({ source, context: visible, now });
  const outcome = Atomics.wait(signal, 0, IDLE, FEEL_LIMITS.timeoutMs);
  const reply = outcome === 'timed-out' ? undefined : receiveMessageOnPort(port);
  if (!reply) {
    // Stopped mid-evaluation (or it ran out of memory): this worker is gone; its successor starts loading now,
    // in parallel, so the next expression does not wait for that too.
    discard(current);
    sandbox = spawn(recipe);
    throw new FeelLimitExceeded();
  }
  const answer = reply.message as { value: unknown; warnings: string[] } | { error: string };
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

/** For tests and shutdown: stops the sandbox worker, if any. */
export async function stopFeelSandbox(): Promise<void> {
  const current = sandbox;
  sandbox = undefined;
  current?.port.close();
  await current?.worker.terminate();
}
