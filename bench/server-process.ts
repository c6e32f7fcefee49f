import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRuntimeCredential, RuntimeCredential } from '../src/runtime/runtime-credential';

export interface ServerProcess {
  url: string;
  /** The server's /v2 credential: from the environment it was given, else the one it wrote in its data folder. */
  credential: RuntimeCredential;
  child: ChildProcess;
  /** CPU time (user + system) the server process has used so far, in ms; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built server (`dist/src/main.js`) as a child process on a free loopback port. */
export function startServerProcess(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  // Works from the compiled bench (dist/bench) and from ts-jest (bench/): both use the built server.
  const root = __dirname.split(path.sep).includes('dist') ? path.resolve(__dirname, '..', '..') : path.resolve(__dirname, '..');
  const main = path.join(root, 'dist', 'src', 'main.js');
  const childEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PROCESSES_DIR: path.join(dataDir, 'none'), FORMS_DIR: path.join(dataDir, 'none'), ...env };
  // BENCH_SERVER_NODE_ARGS: extra node options for the server, e.g. `--cpu-prof --cpu-prof-dir=<folder>` to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        resolve({
          url: m[1],
          credential: readRuntimeCredential(dataDir, childEnv),
          child,
          cpuMs: () => processCpuMs(child.pid),
          stop: (signal: NodeJS.Signals = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
  });
}

/** utime + stime of a process from /proc/<pid>/stat (Linux; clock ticks of 10 ms). */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at `state`; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
