import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Engine } from '../../engine';
import { AppConfig } from '../config/app-config';
import { describeVersions, startupResources } from './bundled-resources';
import { ENGINE } from './engine.token';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Deploys processes/ and forms/ when the embedded engine starts, before the server listens (the engine is in this
 * process, so there is nothing to wait for). Camunda 8 mode does the same after listening, with retries
 * (camunda-startup-deployer.ts); which files and in which order is decided once, in bundled-resources.ts.
 */
@Injectable()
export class StartupDeployer implements OnApplicationBootstrap {
  private readonly log = new Logger('StartupDeployer');

  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const resources = startupResources(this.config);
    if (resources.length === 0) return;
    const result = await this.engine.deploy(resources.map((r) => ({ name: r.name, content: r.content })));
    const versions = {
      processes: result.processes.map((p) => ({ id: p.processDefinitionId, version: p.processDefinitionVersion })),
      forms: result.forms.map((f) => ({ id: f.formId, version: f.version })),
      decisions: result.decisions.map((d) => ({ id: d.decisionDefinitionId, version: d.version })),
    };
    this.log.log(`deployed ${describeVersions(versions)}`);
  }
}
