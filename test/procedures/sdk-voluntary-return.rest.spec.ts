/**
 * First SDK-tier scenario: the real job workers (WorkerPool over @camunda8/sdk job workers) and the
 * processes/forms, against the runtime under test (embedded by default, Camunda 8 with YUKK_TEST_RUNTIME=camunda).
 * Every response passes the SDK's strict validation (test/support/embedded-runtime.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OrchestrationLifters } from '@camunda8/sdk';
import { runtimeUnderTest, TestRuntime } from '../support/embedded-runtime';
import { JOB_TYPES } from '../../workers/job-types';
import { SqliteOutbox } from '../../workers/notifications/outbox';
import { loadWorkerConfig } from '../../workers/support/config';
import { JobWorkerFactory, WorkerPool } from '../../workers/support/worker-pool';

const ROOT = path.resolve(__dirname, '..', '..');
const NOW = { consistency: { waitUpToMs: 0 } } as const;
const files = (dir: string, ext: string) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(ROOT, dir, f));

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('voluntary return through the SDK with the real job workers', () => {
  let rt: TestRuntime;
  let pool: WorkerPool;
  let outbox: SqliteOutbox;
  let dataDir: string;

  beforeAll(async () => {
    rt = await runtimeUnderTest();
    await rt.deploy(...files('processes', '.bpmn'), ...files('forms', '.form'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-procedures-'));
    outbox = SqliteOutbox.inDataDir(dataDir);
    pool = new WorkerPool();
    const config = loadWorkerConfig({ YUKK_WORKER_POLL_TIMEOUT_MS: '1000' });
    pool.start(rt.api as unknown as JobWorkerFactory, JOB_TYPES, { outbox, now: Date.now }, config, { log: () => undefined, warn: () => undefined });
  }, 60_000);

  afterAll(async () => {
    await pool?.stop(2_000);
    outbox?.close();
    await rt?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const task = (processInstanceKey: string, elementId: string) =>
    eventually(async () => {
      const res = await rt.api.searchUserTasks(
        { filter: { processInstanceKey: processInstanceKey as never, state: 'CREATED', elementId: OrchestrationLifters.ElementId.assumeExists(elementId) } },
        NOW,
      );
      return res.items?.[0];
    });

  const complete = async (pik: string, elementId: string, variables: Record<string, unknown>) => {
    const t = await task(pik, elementId);
    await rt.api.completeUserTask({ userTaskKey: t.userTaskKey, variables });
  };

  it('status holder: screening worker, cessation offer, exit; the instance completes', async () => {
    const created = await rt.api.createProcessInstance({
      processDefinitionId: OrchestrationLifters.ProcessDefinitionId.assumeExists('voluntary-return'),
      variables: { caseNumber: 'SH-2026-0100', personCategory: 'status-holder', person: { fullName: 'Deneme Kişi', nationality: 'XX' } },
    });
    const pik = created.processInstanceKey as unknown as string;
    await complete(pik, 'Task_Request', { writtenRequest: true, requestDate: '2026-06-01', identityAndTravelDocument: true, destination: 'origin', destinationCountry: 'XX' });
    await complete(pik, 'Task_Interview', { voluntarinessRecorded: true, voluntarinessNotes: 'Gönüllü olduğunu beyan etti.' });
    // the screening job is done by the real worker before the next task appears
    await complete(pik, 'Task_NonRefoulement', { nonRefoulementCleared: true, nonRefoulementReasons: 'Risk bulunmadı.' });
    await complete(pik, 'Task_TravelDocuments', { consularContactConsent: false, travelDocumentType: 'passport', travelDocumentIssuedOn: '2026-06-01' });
    await complete(pik, 'Task_Assistance', { assistance: 'inKind', partnerOrganisation: 'IOM' });
    await complete(pik, 'Task_CessationOffer', { cessationNoticeGiven: true, cessationNoticeDate: '2026-06-02' });
    await complete(pik, 'Task_Exit', { departed: true, exitDate: '2026-06-10', borderGate: 'Kapı-1' });

    const instance = await eventually(async () => {
      const pi = await rt.api.getProcessInstance({ processInstanceKey: created.processInstanceKey }, NOW);
      return pi.state === 'COMPLETED' ? pi : undefined;
    });
    expect(instance.state).toBe('COMPLETED');
    const vars = await rt.api.searchVariables({ filter: { processInstanceKey: created.processInstanceKey, name: 'returnEffects' } as never, page: { limit: 10 } }, NOW);
    expect(JSON.parse(String(vars.items[0].value))).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cessationOffered', offerOnly: true })]));
  }, 60_000);
});
