import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ProblemDetailsFilter } from './v2/http/problem.filter';
import { AppConfig } from './config/app-config';
import { EmbeddedEngineModule } from './runtime/embedded-engine.module';
import { SandboxModule } from './sandbox/sandbox.module';
import { UiApiModule } from './ui-api/ui-api.module';
import { V2Module } from './v2/v2.module';
import { WorkersModule } from '../workers/workers.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const runtime = config.externalRestAddress ? [] : [EmbeddedEngineModule.forRoot(config), V2Module];
    // Global so that errors raised before routing (body parsing, unknown routes) are problem details too.
    return { module: AppModule, imports: [...runtime, UiApiModule.forRoot(config), WorkersModule, SandboxModule.forRoot(config)], providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] };
  }
}
