import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import { Engine } from '../../../engine';
import type { ActivateJobsDto, CompleteJobDto } from '../dto/job.dto';
import type { CreateProcessInstanceDto } from '../dto/process-instance.dto';
import { bodyInputProblem, keyInRange } from '../../http/input-limits';
import { activateJobs, createProcessInstance } from './commands';
import { sendProblem } from './problem.filter';
import type { RuntimeCredential } from '../../runtime/runtime-credential';
import { runtimeAccessCheck } from './runtime-access.middleware';

/**
 * The three requests a job worker and a load generator send thousands of times a second — create an
 * instance, activate jobs, complete a job — answered in front of Nest's routing, pipes and
 * serialisation, which cost more CPU than the engine's own work for them.
 *
 * Only requests that are plainly well-formed are taken here (see the `plainly*` checks). Anything
 * else falls through, body already read, to the Nest controllers, which stay the one place that
 * validates and words the 400s. So each check below must be no looser than its DTO; the spec
 * checks that against class-validator.
 */

const MAX_HOT_BODY = 1024 * 1024;
const COMPLETION = /^\/v2\/jobs\/(-?[0-9]{1,19})\/completion$/;
const JSON_TYPE = /^application\/(?:[a-z0-9.+-]*\+)?json\s*(?:;|$)/i;

export type HotRoute = { kind: 'create' } | { kind: 'activate' } | { kind: 'complete'; jobKey: string };

export function hotRoute(method: string | undefined, url: string | undefined): HotRoute | undefined {
  if (method !== 'POST' || !url) return undefined;
  if (url === '/v2/process-instances') return { kind: 'create' };
  if (url === '/v2/jobs/activation') return { kind: 'activate' };
  const m = COMPLETION.exec(url);
  // A key outside the 64-bit range is refused by the input limits behind (input-limits.ts).
  return m && keyInRange(m[1]) ? { kind: 'complete', jobKey: m[1] } : undefined;
}

/**
 * Puts the hot path in front of the server's request listener (the express app Nest created), so a
 * hot request costs no express routing either. Call before `listen`.
 */
export function installRuntimeHotPath(server: Server, engine: Engine, credential: RuntimeCredential): void {
  const [app] = server.listeners('request') as RequestListener[];
  if (!app) throw new Error('installRuntimeHotPath: the server has no request listener yet');
  const hot = runtimeHotPath(engine, credential);
  server.removeListener('request', app);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => hot(req, res, () => app(req, res)));
}

export function runtimeHotPath(engine: Engine, credential: RuntimeCredential) {
  const refused = runtimeAccessCheck(credential);
  const log = new Logger('v2');
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: () => void): void => {
    const target = hotRoute(req.method, req.url);
    const length = Number(req.headers['content-length']);
    // Chunked, large or non-JSON bodies are left to body-parser and its error messages; refused
    // callers to the access middleware, which words the refusal.
    if (!target || !JSON_TYPE.test(req.headers['content-type'] ?? '') || !(length <= MAX_HOT_BODY) || refused(req)) return next();
    readBody(req, length).then(
      (text) => {
        let body: unknown;
        try {
          body = text === '' ? {} : JSON.parse(text);
        } catch (err) {
          return sendProblem(res, { status: 400, type: 'entity.parse.failed', message: (err as Error).message }, req.method, req.url ?? '', log);
        }
        // The controllers find the body where body-parser would have put it (body-parser skips a read stream).
        req.body = body;
        if (!plainlyValid(target, body)) return next();
        run(engine, target, body, res).catch((err) => sendProblem(res, err, req.method, req.url ?? '', log));
      },
      () => res.destroy(),
    );
  };
}

async function run(engine: Engine, target: HotRoute, body: unknown, res: ServerResponse): Promise<void> {
  switch (target.kind) {
    case 'create':
      return sendJson(res, await createProcessInstance(engine, body as CreateProcessInstanceDto));
    case 'activate':
      return sendJson(res, await activateJobs(engine, body as ActivateJobsDto, res));
    case 'complete':
      await engine.completeJob(target.jobKey, (body as CompleteJobDto).variables ?? {});
      res.writeHead(204).end();
  }
}

function sendJson(res: ServerResponse, value: unknown): void {
  if (res.destroyed) return; // a long poll whose client left
  const text = JSON.stringify(value);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage, length: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > length) req.destroy(new Error('request body longer than its content-length'));
      else chunks.push(c);
    });
    req.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.once('error', reject);
  });
}

// ------------------------------------------------------------------ plainly well-formed bodies

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isLong = (v: unknown, min = -Infinity) => {
  const n = typeof v === 'string' && /^-?[0-9]+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= min;
};
const onlyKeys = (body: Record<string, unknown>, allowed: Set<string>) => Object.keys(body).every((k) => allowed.has(k));
const PROCESS_ID = /^[a-zA-Z_][a-zA-Z0-9_\-.]*$/;

const CREATE_KEYS = new Set(['processDefinitionId', 'variables', 'tenantId']);
const ACTIVATE_KEYS = new Set(['type', 'worker', 'timeout', 'maxJobsToActivate', 'fetchVariable', 'requestTimeout', 'tenantIds']);
const COMPLETE_KEYS = new Set(['variables']);

/** The common shapes only; rarer options (await completion, start instructions, job results) go to Nest. */
export function plainlyValid(target: HotRoute, body: unknown): boolean {
  if (!isObject(body)) return false;
  // Deep values and bad variable names are worded by the input limits behind (input-limits.ts).
  if (bodyInputProblem(body) !== undefined) return false;
  switch (target.kind) {
    case 'create':
      return (
        onlyKeys(body, CREATE_KEYS) &&
        typeof body.processDefinitionId === 'string' &&
        PROCESS_ID.test(body.processDefinitionId) &&
        (body.variables === undefined || isObject(body.variables)) &&
        (body.tenantId === undefined || typeof body.tenantId === 'string')
      );
    case 'activate':
      return (
        onlyKeys(body, ACTIVATE_KEYS) &&
        typeof body.type === 'string' &&
        body.type !== '' &&
        (body.worker === undefined || typeof body.worker === 'string') &&
        isLong(body.timeout, 1) &&
        Number.isInteger(body.maxJobsToActivate) &&
        (body.maxJobsToActivate as number) >= 1 &&
        (body.fetchVariable === undefined || isStringList(body.fetchVariable)) &&
        (body.requestTimeout === undefined || isLong(body.requestTimeout)) &&
        (body.tenantIds === undefined || isStringList(body.tenantIds))
      );
    case 'complete':
      return onlyKeys(body, COMPLETE_KEYS) && (body.variables === undefined || body.variables === null || isObject(body.variables));
  }
}

