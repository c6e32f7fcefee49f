import { CamundaStartupDeployer, describeError, retryDelay } from './camunda-startup-deployer';

/** The retry loop against a scripted client, on jest's fake clock (the integration test is test/camunda-mode/). */

const RESOURCES = [
  { name: 'a.form', file: 'a.form', content: Buffer.from('{"id":"a","components":[]}') },
  { name: 'p.bpmn', file: 'p.bpmn', content: Buffer.from('<definitions/>') },
];

const OK = {
  deploymentKey: '7',
  deployments: [{ form: { formId: 'a', version: 3 } }, { processDefinition: { processDefinitionId: 'p', processDefinitionVersion: 2 } }],
};

function networkError(): Error {
  const err = new Error('fetch failed') as Error & { cause?: unknown };
  err.name = 'NetworkSdkError';
  err.cause = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
  return err;
}

function setup(outcomes: Array<() => Promise<unknown>>) {
  const log = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const calls: Array<{ resources: File[] }> = [];
  const createDeployment = jest.fn((arg: { resources: File[] }) => {
    calls.push(arg);
    const next = outcomes.shift() ?? (() => Promise.reject(networkError()));
    return next();
  });
  const deployer = new CamundaStartupDeployer(() => ({ createDeployment }) as never, 'https://client:pw@cluster.example:8080', log);
  return { deployer, log, calls, createDeployment };
}

/** Lets the awaited promise chain of one attempt run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('CamundaStartupDeployer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('backs off 1 s, doubling, up to 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('sends every resource in one deployment and logs the versions', async () => {
    const { deployer, log, calls } = setup([() => Promise.resolve(OK)]);
    deployer.start(RESOURCES);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0].resources.map((f) => f.name)).toEqual(['a.form', 'p.bpmn']);
    expect(await calls[0].resources[1].text()).toBe('<definitions/>');
    expect(deployer.status()).toEqual({ state: 'deployed', attempts: 1, failures: 0, deployed: { processes: [{ id: 'p', version: 2 }], forms: [{ id: 'a', version: 3 }] } });
    expect(log.info).toHaveBeenCalledWith('deployed 2 resources to Camunda 8 at https://***@cluster.example:8080 (deployment 7): processes p v2; forms a v3');
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('retries after failures with growing waits, warning each time, until the deployment succeeds', async () => {
    const fail = () => Promise.reject(networkError());
    const { deployer, log, createDeployment } = setup([fail, fail, fail, () => Promise.resolve(OK)]);
    deployer.start(RESOURCES);
    await settle();
    expect(createDeployment).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenLastCalledWith(
      'deployment of 2 resources to Camunda 8 at https://***@cluster.example:8080 failed (attempt 1): NetworkSdkError: fetch failed (ECONNREFUSED); retrying in 1 s',
    );
    for (const [wait, attempt] of [[1000, 2], [2000, 3], [4000, 4]] as const) {
      await jest.advanceTimersByTimeAsync(wait - 1);
      expect(createDeployment).toHaveBeenCalledTimes(attempt - 1);
      await jest.advanceTimersByTimeAsync(1);
      await settle();
      expect(createDeployment).toHaveBeenCalledTimes(attempt);
    }
    expect(log.warn).toHaveBeenCalledTimes(3);
    expect(log.warn.mock.calls[2][0]).toContain('(attempt 3)');
    expect(log.warn.mock.calls[2][0]).toContain('retrying in 4 s');
    expect(deployer.status()).toMatchObject({ state: 'deployed', attempts: 4, failures: 3 });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does not retry a deployment Camunda refuses (400)', async () => {
    const refused = Object.assign(new Error('INVALID_ARGUMENT'), { name: 'HttpSdkError', status: 400, detail: "'p.bpmn': Must have at least one executable process" });
    const { deployer, log, createDeployment } = setup([() => Promise.reject(refused)]);
    deployer.start(RESOURCES);
    await settle();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(createDeployment).toHaveBeenCalledTimes(1);
    expect(deployer.status()).toMatchObject({ state: 'refused', failures: 1 });
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("HttpSdkError 400: INVALID_ARGUMENT: 'p.bpmn': Must have at least one executable process. Not retried"));
  });

  it('stops retrying when the server shuts down, and cancels an attempt under way', async () => {
    const { deployer, createDeployment } = setup([]);
    deployer.start(RESOURCES);
    await settle();
    deployer.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(createDeployment).toHaveBeenCalledTimes(1);
    expect(deployer.status().state).toBe('stopped');

    const cancel = jest.fn();
    const pending = setup([() => Object.assign(new Promise(() => undefined), { cancel })]);
    pending.deployer.start(RESOURCES);
    pending.deployer.stop();
    expect(cancel).toHaveBeenCalled();
    expect(pending.deployer.status().state).toBe('stopped');
  });

  it('starts once, and not at all without resources', async () => {
    const { deployer, createDeployment } = setup([() => Promise.resolve(OK)]);
    deployer.start([]);
    expect(deployer.status().state).toBe('idle');
    deployer.start(RESOURCES);
    deployer.start(RESOURCES);
    await settle();
    expect(createDeployment).toHaveBeenCalledTimes(1);
  });

  it('keeps credentials and secret environment values out of error descriptions', () => {
    const saved = process.env.CAMUNDA_CLIENT_SECRET;
    process.env.CAMUNDA_CLIENT_SECRET = 'very-secret-value';
    try {
      const text = describeError(new Error('token request to https://id:very-secret-value@login.example/oauth failed for very-secret-value'));
      expect(text).not.toContain('very-secret-value');
      expect(text).toBe('Error: token request to https://***@login.example/oauth failed for ***');
    } finally {
      if (saved === undefined) delete process.env.CAMUNDA_CLIENT_SECRET;
      else process.env.CAMUNDA_CLIENT_SECRET = saved;
    }
  });
});
