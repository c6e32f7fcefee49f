import type { ServerResponse } from 'node:http';
import { Engine } from '../../../engine';
import type { ActivatedJob, CreatedProcessInstance } from '../../../engine/api/commands';
import type { ActivateJobsDto } from '../dto/job.dto';
import type { CreateProcessInstanceDto } from '../dto/process-instance.dto';
import { badRequest } from './problem';
import { toLong } from './validation';

/**
 * The /v2 commands that both the Nest controllers and the hot path (./hot-path.ts) serve: one place
 * maps a validated body to the engine call, so the two routes cannot drift apart.
 */

export function createProcessInstance(engine: Engine, body: CreateProcessInstanceDto): Promise<CreatedProcessInstance> {
  if (!body.processDefinitionId && !body.processDefinitionKey) throw badRequest('Expected either processDefinitionId or processDefinitionKey, but neither was given.');
  if (body.processDefinitionId && body.processDefinitionKey) throw badRequest('Expected either processDefinitionId or processDefinitionKey, but both were given.');
  if (body.startInstructions?.length) throw badRequest('startInstructions are not supported by the embedded engine.');
  return engine.createProcessInstance({
    processDefinitionId: body.processDefinitionId,
    processDefinitionKey: body.processDefinitionKey === undefined ? undefined : String(body.processDefinitionKey),
    processDefinitionVersion: body.processDefinitionVersion,
    variables: body.variables,
    tenantId: body.tenantId,
    awaitCompletion: body.awaitCompletion,
    fetchVariables: body.fetchVariables,
    requestTimeout: toLong(body.requestTimeout),
  });
}

/** Long polling: the wait ends early when the client goes away, so no job is handed to nobody. */
export async function activateJobs(engine: Engine, body: ActivateJobsDto, res: ServerResponse): Promise<{ jobs: ActivatedJob[] }> {
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) gone.abort();
  };
  res.on('close', onClose);
  try {
    const jobs = await engine.activateJobs(
      {
        type: body.type,
        worker: body.worker,
        timeout: Number(body.timeout),
        maxJobsToActivate: body.maxJobsToActivate,
        fetchVariable: body.fetchVariable,
        requestTimeout: toLong(body.requestTimeout),
        tenantIds: body.tenantIds,
      },
      gone.signal,
    );
    return { jobs };
  } finally {
    res.off('close', onClose);
  }
}
