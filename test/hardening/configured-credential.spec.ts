import { ApiServer, signIn, startApiServer } from '../api/support/api-server';
import { eventually } from '../api/support/fixtures';

/** A case whose first step is one of the product's own job workers, then an officer's task. */
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="credential-on" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="Period"><bpmn:extensionElements><zeebe:taskDefinition type="yukk.calendar.period-end" retries="1"/><zeebe:taskHeaders><zeebe:header key="parameter" value="accelerated.interviewPeriod"/><zeebe:header key="from" value="startDate"/><zeebe:header key="resultVariable" value="reviewDueAt"/><zeebe:header key="citation" value="Art. 79(2)"/></zeebe:taskHeaders></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:userTask id="Review"><bpmn:extensionElements><zeebe:userTask/><zeebe:assignmentDefinition candidateGroups="officers"/></bpmn:extensionElements><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="End"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Period"/>
    <bpmn:sequenceFlow id="f2" sourceRef="Period" targetRef="Review"/>
    <bpmn:sequenceFlow id="f3" sourceRef="Review" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('the product with the runtime credential configured (YUKK_RUNTIME_USER / YUKK_RUNTIME_PASSWORD)', () => {
  const credential = { user: 'ops-runtime', password: 'configured-runtime-secret-9' };
  let server: ApiServer;

  beforeAll(async () => {
    // Only the documented two settings: no CAMUNDA_AUTH_STRATEGY, no CAMUNDA_BASIC_AUTH_*.
    server = await startApiServer({ YUKK_RUNTIME_USER: credential.user, YUKK_RUNTIME_PASSWORD: credential.password }, { workers: true });
  });
  afterAll(async () => server?.close());

  it('runs the server\'s own job workers and task list on it, and refuses /v2 callers without it', async () => {
    expect(server.runtimeCredential).toEqual(expect.objectContaining({ user: credential.user, source: 'environment' }));
    const analyst = await signIn(server, 'demo.analyst');
    expect((await analyst.post('/api/deployments', { resources: [{ name: 'credential-on.bpmn', content: BPMN }] })).status).toBe(201);
    const officer = await signIn(server, 'demo.officer');
    const started = await officer.post('/api/cases', { processDefinitionId: 'credential-on', variables: { startDate: '2026-03-02' } });
    expect(started.status).toBe(201);
    const caseKey = started.body.processInstanceKey as string;

    // the period worker completed its job (the task after it exists) and the officer's queue shows the task
    const task = await eventually(async () => {
      const r = await officer.get('/api/tasks?processDefinitionId=credential-on&limit=100');
      expect(r.status).toBe(200);
      return (r.body.items ?? []).find((t: { processInstanceKey: string; elementId: string }) => t.processInstanceKey === caseKey && t.elementId === 'Review');
    }, 600);
    expect(task).toBeDefined();

    const authorization = `Basic ${Buffer.from(`${credential.user}:${credential.password}`).toString('base64')}`;
    const vars = await fetch(`${server.url}/v2/variables/search`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ filter: { processInstanceKey: caseKey, name: 'reviewDueAt' } }) });
    expect(((await vars.json()) as { items: unknown[] }).items).toHaveLength(1);
    expect((await fetch(`${server.url}/v2/topology`)).status).toBe(401);
  });
});
