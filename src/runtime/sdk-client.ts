import { Camunda8 } from '@camunda8/sdk';
import type { KeepAliveFetch } from './keep-alive-fetch';

/** The 8.8 orchestration-cluster REST client (the same for the embedded engine and Camunda 8). */
export type OrchestrationClient = ReturnType<Camunda8['getOrchestrationClusterApiClient']>;

export type SdkConfig = NonNullable<ConstructorParameters<typeof Camunda8>[0]>;

/**
 * An SDK client on the keep-alive transport when one is given (Node's own fetch costs about twice the CPU
 * per request). `configure()` re-hydrates from the same settings and only swaps the transport.
 * One place for the server's runtime client, the job workers and the benchmarks.
 */
export function createOrchestrationClient(config: SdkConfig, transport?: KeepAliveFetch): OrchestrationClient {
  const client = new Camunda8(config).getOrchestrationClusterApiClient();
  if (transport) client.configure({ fetch: transport.fetch });
  return client;
}
