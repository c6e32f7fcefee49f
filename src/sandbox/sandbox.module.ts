import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FormsStore } from '../modeler/forms.store';
import { SandboxController } from './sandbox.controller';
import { SANDBOX_SETTINGS, SandboxService } from './sandbox.service';

/** The analysts' play sandbox: a second embedded engine under <DATA_DIR>/sandbox with the real workers. */
@Module({})
export class SandboxModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SandboxModule,
      providers: [{ provide: SANDBOX_SETTINGS, useValue: { dataDir: config.dataDir, processesDir: config.processesDir, formsDir: config.formsDir } }, SandboxService, FormsStore],
      controllers: [SandboxController],
    };
  }
}
