import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AppDatabaseModule } from '../auth/app-database';
import { AuthModule } from '../auth/auth.module';
import { CalendarModule } from '../calendar/calendar.module';
import { AppConfig } from '../config/app-config';
import { ModelerModule } from '../modeler/modeler.module';
import { MonitorModule } from '../monitor/monitor.module';
import { CamundaClientModule } from '../runtime/camunda-client';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import { CaseIdentityModule } from './case-identity';
import { LegalClockModule } from './legal-clock';

/** The API of the web UI under /api: sign-in, users, audit, modeler, tasks, monitor; the runtime via @camunda8/sdk. */
@Module({})
export class UiApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: UiApiModule,
      imports: [
        AppDatabaseModule.forRoot(config.dataDir),
        CamundaClientModule.forRoot({ externalRestAddress: config.externalRestAddress, runtimeCredential: config.runtimeCredential }),
        LegalClockModule,
        AuthModule,
        AuditModule,
        UsersModule,
        ModelerModule.forRoot({ formsDir: config.formsDir, processesDir: config.processesDir }),
        TasksModule.forRoot({ dataDir: config.dataDir }),
        CaseIdentityModule,
        MonitorModule,
        CalendarModule,
      ],
    };
  }
}

/** Modules whose controllers make up the /api OpenAPI document. */
export const UI_API_MODULES = [AuthModule, AuditModule, UsersModule, ModelerModule, TasksModule, MonitorModule, CalendarModule];
