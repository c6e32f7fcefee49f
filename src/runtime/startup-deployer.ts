import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Engine } from '../../engine';
import { AppConfig } from '../config/app-config';
import { readBundledResources } from './bundled-resources';
import { ENGINE } from './engine.token';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Deploys processes/ and forms/ when the embedded engine starts. Unchanged resources keep their
 * version (the engine compares checksums), so restarts do not pile up versions.
 */
@Injectable()
export class StartupDeployer implements OnApplicationBootstrap {
  private readonly log = new Logger('StartupDeployer');

  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const resources = readBundledResources(this.config.processesDir, this.config.formsDir);
    if (resources.length === 0) return;
    const result = await this.engine.deploy(resources.map((r) => ({ name: r.name, content: r.content })));
    this.log.log(`deployed ${result.processes.length} processes and ${result.forms.length} forms`);
  }
}
