/**
 * The "Camunda 8" test tier: a released Camunda 8 started by scripts/camunda/start.sh on loopback.
 *
 *   const itC8 = camundaAvailable() ? it : it.skip;
 *   itC8('runs on Camunda 8', async () => {
 *     const { restAddress } = await ensureCamundaCluster();   // e.g. http://127.0.0.1:8088
 *     ...
 *   });
 *
 * Nothing here stops the cluster: it is left running for the next suite; `npm run camunda:stop`
 * (scripts/camunda/stop.sh) stops it. See docs/camunda8.md.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
const SCRIPTS = join(REPO_ROOT, 'scripts', 'camunda');
/** JVM folders searched when JAVA_HOME is not a JDK >= 21 (same order of preference as start.sh). */
const JVM_ROOTS = ['/usr/lib/jvm', '/opt/java'];

export interface CamundaCluster {
  /** Base address without /v2, as ZEEBE_REST_ADDRESS expects it. */
  restAddress: string;
}

export function camundaPort(): number {
  return Number(process.env.CAMUNDA_PORT || 8088);
}

export function camundaRestAddress(): string {
  return process.env.CAMUNDA_REST_URL || `http://127.0.0.1:${camundaPort()}`;
}

/** Major version of a java binary: `-XshowSettings` prints `java.specification.version = 25` on stderr. */
function javaMajor(javaBin: string): number | undefined {
  const res = spawnSync(javaBin, ['-XshowSettings:properties', '-version'], { encoding: 'utf8', timeout: 20_000 });
  const m = /java\.specification\.version = (\d+)/.exec(`${res.stdout ?? ''}${res.stderr ?? ''}`);
  return m ? Number(m[1]) : undefined;
}

let cachedJavaHome: string | null | undefined;

/** A JDK home with Java >= 21 (JAVA_HOME if it qualifies, else the lowest found), or undefined. */
export function findJava21Home(): string | undefined {
  if (cachedJavaHome !== undefined) return cachedJavaHome ?? undefined;
  const candidates: string[] = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  for (const root of JVM_ROOTS) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) candidates.push(join(root, name));
  }
  let best: { home: string; major: number } | undefined;
  for (const home of candidates) {
    const bin = join(home, 'bin', 'java');
    if (!existsSync(bin)) continue;
    const major = javaMajor(bin);
    if (major === undefined || major < 21) continue;
    if (home === process.env.JAVA_HOME) {
      best = { home, major };
      break;
    }
    if (!best || major < best.major) best = { home, major };
  }
  cachedJavaHome = best?.home ?? null;
  return best?.home;
}

/**
 * True when this machine can run the Camunda 8 tier: the scripts are present, `mvn` and `curl`
 * are on the PATH and a JDK >= 21 is found. Set CAMUNDA_TIER=off to force false.
 */
export function camundaAvailable(): boolean {
  if (process.env.CAMUNDA_TIER === 'off') return false;
  if (!existsSync(join(SCRIPTS, 'start.sh')) || !existsSync(join(SCRIPTS, 'stop.sh'))) return false;
  if (!onPath('curl') || !onPath('bash')) return false;
  // mvn is only needed for the first download.
  if (!onPath('mvn') && !existsSync(join(REPO_ROOT, '.cache', 'camunda'))) return false;
  return findJava21Home() !== undefined;
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '')
    .split(':')
    .some((dir) => dir && existsSync(join(dir, cmd)));
}

async function answers(restAddress: string): Promise<boolean> {
  try {
    const res = await fetch(`${restAddress}/v2/topology`, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) return false;
    const body = (await res.json()) as { brokers?: { partitions?: { health?: string }[] }[] };
    const partitions = (body.brokers ?? []).flatMap((b) => b.partitions ?? []);
    return partitions.length > 0 && partitions.every((p) => p.health === 'healthy');
  } catch {
    return false;
  }
}

let starting: Promise<CamundaCluster> | undefined;

/**
 * Resolve with the cluster's address once GET /v2/topology reports healthy partitions, running
 * scripts/camunda/start.sh first when nothing answers on the port (the first run downloads the
 * distribution with Maven; later runs start in about 15 s). Rejects with the script's output.
 */
export function ensureCamundaCluster(opts: { timeoutMs?: number } = {}): Promise<CamundaCluster> {
  if (!starting) {
    starting = doEnsure(opts.timeoutMs ?? 300_000).catch((e) => {
      starting = undefined;
      throw e;
    });
  }
  return starting;
}

async function doEnsure(timeoutMs: number): Promise<CamundaCluster> {
  const restAddress = camundaRestAddress();
  if (await answers(restAddress)) return { restAddress };
  if (!camundaAvailable()) {
    throw new Error('Camunda 8 tier unavailable: needs scripts/camunda/*.sh, curl, mvn and a JDK >= 21');
  }
  const env: NodeJS.ProcessEnv = { ...process.env, CAMUNDA_PORT: String(camundaPort()) };
  const javaHome = findJava21Home();
  if (javaHome) env.JAVA_HOME = javaHome;
  await new Promise<void>((resolvePromise, reject) => {
    execFile(
      'bash',
      [join(SCRIPTS, 'start.sh')],
      { cwd: REPO_ROOT, env, timeout: timeoutMs, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`scripts/camunda/start.sh failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolvePromise();
      },
    );
  });
  if (!(await answers(restAddress))) {
    throw new Error(`scripts/camunda/start.sh returned but ${restAddress}/v2/topology is not healthy`);
  }
  return { restAddress };
}
