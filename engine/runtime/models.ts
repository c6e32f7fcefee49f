import { ProcessModel } from '../model/types';
import type { DeploymentStore } from '../store/deployments';

export interface DefinitionInfo {
  key: number;
  bpmnProcessId: string;
  version: number;
  tenantId: string;
  model: ProcessModel;
}

/** Compiled models by definition key. Compilation is async, so models are registered before use. */
export class ModelRegistry {
  private readonly byKey = new Map<number, DefinitionInfo>();

  constructor(private readonly deployments: DeploymentStore) {}

  register(info: DefinitionInfo): void {
    this.byKey.set(info.key, info);
  }

  get(key: number): DefinitionInfo {
    const info = this.byKey.get(key);
    if (!info) throw new Error(`process definition ${key} is not loaded`);
    return info;
  }

  has(key: number): boolean {
    return this.byKey.has(key);
  }

  latestKey(bpmnProcessId: string, tenantId: string): number | undefined {
    return this.deployments.processKey(bpmnProcessId, tenantId);
  }

  /** Latest definitions (per process id and tenant) that start on the named message. */
  messageStarts(tenantId: string): DefinitionInfo[] {
    return this.deployments.latestProcessKeys(tenantId).map((key) => this.get(key)).filter((d) => d.model.messageStartEvents.length > 0);
  }
}
