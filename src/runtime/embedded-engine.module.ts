import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Engine } from '../../engine';
import { AppConfig } from '../config/app-config';
import { ENGINE, RUNTIME_CREDENTIAL } from './engine.token';
import { APP_CONFIG, StartupDeployer } from './startup-deployer';

/** Owns the embedded engine's lifetime inside the Nest application. */
@Global()
@Module({})
export class EmbeddedEngineModule implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: EmbeddedEngineModule,
      providers: [
        { provide: ENGINE, useFactory: () => Engine.open({ dataDir: config.dataDir }) },
        { provide: APP_CONFIG, useValue: config },
        { provide: RUNTIME_CREDENTIAL, useValue: config.runtimeCredential },
        StartupDeployer,
      ],
      exports: [ENGINE, RUNTIME_CREDENTIAL],
    };
  }

  /** Long polls end now, so the HTTP server can close without waiting for their request timeout. */
  beforeApplicationShutdown(): void {
    this.engine.releaseJobWaiters();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
