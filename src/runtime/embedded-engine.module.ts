import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Engine } from '../../engine';
import { ENGINE } from './engine.token';

/** Owns the embedded engine's lifetime inside the Nest application. */
@Global()
@Module({})
export class EmbeddedEngineModule implements OnApplicationShutdown {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  static forRoot(options: { dataDir: string }): DynamicModule {
    return {
      module: EmbeddedEngineModule,
      providers: [{ provide: ENGINE, useFactory: () => Engine.open({ dataDir: options.dataDir }) }],
      exports: [ENGINE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
