/** What a pure job handler sees and returns; no engine or SDK type leaks in here. */
export type Variables = Record<string, unknown>;

export interface JobInput {
  variables: Variables;
  customHeaders: Record<string, string>;
  /** Identity of the job, for idempotent side effects (jobs are delivered at least once). */
  jobKey: string;
  processInstanceKey?: string;
  elementId?: string;
}

/** A pure handler: result variables out, or throws BpmnError (business outcome) or anything else (technical fault). */
export type JobHandler = (input: JobInput) => Variables | Promise<Variables>;

/** A business outcome the process models with an error event (`job.error`), never an incident. */
export class BpmnError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly variables: Variables = {},
  ) {
    super(message);
    this.name = 'BpmnError';
  }
}

/** Bad or missing input: a modelling or data fault, so the job fails and, without retries, raises an incident. */
export class InvalidJobInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobInputError';
  }
}
