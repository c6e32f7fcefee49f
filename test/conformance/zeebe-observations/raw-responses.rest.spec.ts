/**
 * The raw REST v2 answers recorded from Camunda 8.6.0 (docs/camunda8.md, appendix): status, content type,
 * problem title and the body's shape. Keys are left out: 8.6 sent them as JSON numbers, 8.8 (and the
 * embedded engine) as strings. Problem details are left out too: they carry each engine's own sentence.
 */
import { linear, serviceTask } from '../support/bpmn-builder';
import { RawResponse, RawRestClient } from '../support/raw-rest-client';
import { eventually } from '../support/helpers';
import { describeObservations, divergence, observed } from '../support/recorded-observations';
import { UNREADABLE_BODY_TITLE } from './divergences';

/** Status, content type and problem title of an answer (the parts both engines share). */
const problem = (r: RawResponse) => ({ status: r.status, contentType: r.contentType, title: r.body?.title });

const SMOKE = linear('smoke', [serviceTask('task', 'smoke')]);
const PINNED = 1_767_225_600_000; // 2026-01-01T00:00:00Z, as in the recording

describeObservations('raw REST v2 answers', (client) => {
  observed(
    'the happy path: deployment, creation, activation, completion, clock pin and reset',
    client,
    async (c) => {
      const deployed = await c.raw('POST', '/deployments', RawRestClient.deploymentForm({ 'smoke.bpmn': SMOKE }));
      const created = await c.raw('POST', '/process-instances', { processDefinitionId: 'smoke', variables: { caseId: 'C-1', amount: 42 } });
      const activated = await c.raw('POST', '/jobs/activation', { type: 'smoke', worker: 'smoke-sh', timeout: 60_000, maxJobsToActivate: 10, requestTimeout: 5_000 });
      const job = activated.body.jobs[0];
      const completed = await c.raw('POST', `/jobs/${job.jobKey}/completion`, { variables: { smoked: true } });
      const pinned = await c.raw('PUT', '/clock', { timestamp: PINNED });
      await c.createInstance('smoke');
      const [pinnedJob] = await c.activate('smoke', { timeout: 60_000 });
      const reset = await c.raw('POST', '/clock/reset', {});
      await c.complete(pinnedJob.jobKey);
      return {
        deployment: { status: deployed.status, contentType: deployed.contentType, tenantId: deployed.body.tenantId, processDefinition: deployed.body.deployments[0].processDefinition.processDefinitionId, version: deployed.body.deployments[0].processDefinition.processDefinitionVersion, resourceName: deployed.body.deployments[0].processDefinition.resourceName },
        creation: { status: created.status, processDefinitionId: created.body.processDefinitionId, processDefinitionVersion: created.body.processDefinitionVersion, tenantId: created.body.tenantId, variables: created.body.variables },
        activation: { status: activated.status, jobs: activated.body.jobs.length, type: job.type, worker: job.worker, retries: job.retries, variables: job.variables, customHeaders: job.customHeaders, tenantId: job.tenantId },
        completion: { status: completed.status, body: completed.body },
        clockPin: { status: pinned.status, body: pinned.body },
        deadlineUnderPinnedClock: pinnedJob.deadline - PINNED,
        clockReset: { status: reset.status, body: reset.body },
      };
    },
    {
      deployment: { status: 200, contentType: 'application/json', tenantId: '<default>', processDefinition: 'smoke', version: 1, resourceName: 'smoke.bpmn' },
      // 8.6 echoes an empty variables object unless awaitCompletion is used.
      creation: { status: 200, processDefinitionId: 'smoke', processDefinitionVersion: 1, tenantId: '<default>', variables: {} },
      activation: { status: 200, jobs: 1, type: 'smoke', worker: 'smoke-sh', retries: 3, variables: { amount: 42, caseId: 'C-1' }, customHeaders: {}, tenantId: '<default>' },
      completion: { status: 204, body: undefined },
      clockPin: { status: 204, body: undefined },
      // the deadline is the pinned time plus the activation's timeout
      deadlineUnderPinnedClock: 60_000,
      clockReset: { status: 204, body: undefined },
    },
  );

  observed(
    'an activation that finds no job is held until its requestTimeout, then answers 200 with no jobs',
    client,
    async (c) => {
      const r = await c.raw('POST', '/jobs/activation', { type: 'nothing-here', timeout: 1_000, maxJobsToActivate: 1, requestTimeout: 300 });
      return { status: r.status, body: r.body };
    },
    { status: 200, body: { jobs: [] } },
  );

  observed(
    'messages: publication and correlation answer 200; a correlation without a subscription 404 NOT_FOUND',
    client,
    async (c) => {
      const id = 'msgflow';
      await c.deploy({
        [`${id}.bpmn`]: linear(id, [{ id: 'go', tag: 'intermediateCatchEvent', tail: `<bpmn:messageEventDefinition messageRef="msg-go"/>` }]).replace(
          '  <bpmn:process',
          `  <bpmn:message id="msg-go" name="go"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements></bpmn:message>\n  <bpmn:process`,
        ),
      });
      await c.createInstance(id, { caseId: 'K-2' });
      const published = await c.raw('POST', '/messages/publication', { name: 'go', correlationKey: 'K-1', timeToLive: 0, variables: { via: 'publication' } });
      const correlated = await c.raw('POST', '/messages/correlation', { name: 'go', correlationKey: 'K-2', variables: { via: 'correlation' } });
      const nobody = await c.raw('POST', '/messages/correlation', { name: 'go', correlationKey: 'nobody' });
      return {
        publication: { status: published.status, tenantId: published.body.tenantId, hasMessageKey: typeof published.body.messageKey === 'string' },
        correlation: { status: correlated.status, tenantId: correlated.body.tenantId, namesTheInstance: typeof correlated.body.processInstanceKey === 'string' },
        noSubscription: problem(nobody),
      };
    },
    {
      publication: { status: 200, tenantId: '<default>', hasMessageKey: true },
      correlation: { status: 200, tenantId: '<default>', namesTheInstance: true },
      noSubscription: { status: 404, contentType: 'application/problem+json', title: 'NOT_FOUND' },
    },
  );

  observed(
    'rejections as RFC 7807 problem details',
    client,
    async (c) => {
      await c.deploy({ 'rejections.bpmn': linear('rejections', [serviceTask('task', 'rejections')]) });
      const done = await c.createInstance('rejections');
      const [job] = await c.activateAtLeast('rejections', 1);
      await c.complete(job.jobKey);
      await eventually(async () => (await c.raw('GET', `/process-instances/${done}`)).body?.state === 'COMPLETED');
      return {
        brokenBpmn: problem(await c.raw('POST', '/deployments', RawRestClient.deploymentForm({ 'broken.bpmn': SMOKE.slice(0, 200) }))),
        oldFieldName: problem(await c.raw('POST', '/process-instances', { bpmnProcessId: 'smoke' })),
        unknownProcess: problem(await c.raw('POST', '/process-instances', { processDefinitionId: 'no-such-process' })),
        unknownJob: problem(await c.raw('POST', '/jobs/2251799813999999/completion', {})),
        cancelCompleted: problem(await c.raw('POST', `/process-instances/${done}/cancellation`, {})),
        unknownIncident: problem(await c.raw('POST', '/incidents/2251799813687999/resolution', {})),
        activationWithoutType: problem(await c.raw('POST', '/jobs/activation', { timeout: 1_000, maxJobsToActivate: 1 })),
        negativeClock: problem(await c.raw('PUT', '/clock', { timestamp: -5 })),
        clockWithoutTimestamp: problem(await c.raw('PUT', '/clock', {})),
      };
    },
    {
      brokenBpmn: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
      oldFieldName: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
      unknownProcess: { status: 404, contentType: 'application/problem+json', title: 'NOT_FOUND' },
      unknownJob: { status: 404, contentType: 'application/problem+json', title: 'NOT_FOUND' },
      cancelCompleted: { status: 404, contentType: 'application/problem+json', title: 'NOT_FOUND' },
      unknownIncident: { status: 404, contentType: 'application/problem+json', title: 'NOT_FOUND' },
      activationWithoutType: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
      negativeClock: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
      clockWithoutTimestamp: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
    },
  );

  divergence(
    'a body that cannot be read: 400, titled differently',
    client,
    async (c) => ({
      clockWithText: problem(await c.raw('PUT', '/clock', { timestamp: 'tomorrow' })),
      malformedJson: problem(await c.raw('POST', '/process-instances', '{not json')),
    }),
    {
      embedded: {
        clockWithText: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
        malformedJson: { status: 400, contentType: 'application/problem+json', title: 'INVALID_ARGUMENT' },
      },
      // detail "Failed to read request" (Spring's message converter)
      camunda: {
        clockWithText: { status: 400, contentType: 'application/problem+json', title: 'Bad Request' },
        malformedJson: { status: 400, contentType: 'application/problem+json', title: 'Bad Request' },
      },
      verdict: UNREADABLE_BODY_TITLE,
    },
  );

  observed(
    'after a failure with retries 0 the job is in an incident; updating its retries answers 204',
    client,
    async (c) => {
      const id = 'failflow';
      await c.deploy({ [`${id}.bpmn`]: linear(id, [serviceTask('probe', id)]) });
      await c.createInstance(id);
      const [job] = await c.activateAtLeast(id, 1);
      const failed = await c.raw('POST', `/jobs/${job.jobKey}/failure`, { retries: 0, errorMessage: 'boom', retryBackOff: 0 });
      const again = await c.raw('POST', `/jobs/${job.jobKey}/failure`, { retries: 0, errorMessage: 'boom again' });
      const updated = await c.raw('PATCH', `/jobs/${job.jobKey}`, { changeset: { retries: 2 } });
      return { failed: failed.status, failedAgain: problem(again), retriesUpdated: updated.status };
    },
    { failed: 204, failedAgain: { status: 409, contentType: 'application/problem+json', title: 'INVALID_STATE' }, retriesUpdated: 204 },
  );
});
