import { Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ClockController } from './controllers/clock.controller';
import { DecisionsController } from './controllers/decisions.controller';
import { DeploymentsController } from './controllers/deployments.controller';
import { ElementInstancesController } from './controllers/element-instances.controller';
import { IncidentsController } from './controllers/incidents.controller';
import { JobsController } from './controllers/jobs.controller';
import { MessagesController } from './controllers/messages.controller';
import { ProcessDefinitionsController } from './controllers/process-definitions.controller';
import { ProcessInstancesController } from './controllers/process-instances.controller';
import { ProcessInstanceChangesController } from './controllers/process-instance-changes.controller';
import { SignalsController } from './controllers/signals.controller';
import { TopologyController } from './controllers/topology.controller';
import { UserTasksController } from './controllers/user-tasks.controller';
import { VariablesController } from './controllers/variables.controller';
import { runtimeAccess } from './http/runtime-access.middleware';
import { RUNTIME_CREDENTIAL } from '../runtime/engine.token';
import type { RuntimeCredential } from '../runtime/runtime-credential';

/**
 * Camunda 8 Orchestration Cluster REST API v2 (subset) served by the embedded engine (token ENGINE).
 * Controllers are thin: commands go to the engine, searches to engine/query.
 */
@Module({
  controllers: [
    TopologyController,
    DeploymentsController,
    ProcessDefinitionsController,
    DecisionsController,
    ProcessInstancesController,
    ProcessInstanceChangesController,
    ElementInstancesController,
    JobsController,
    UserTasksController,
    MessagesController,
    SignalsController,
    IncidentsController,
    VariablesController,
    ClockController,
  ],
  // The problem-details filter for errors raised before routing is global: AppModule registers it.
})
export class V2Module implements NestModule {
  constructor(@Inject(RUNTIME_CREDENTIAL) private readonly credential: RuntimeCredential) {}

  configure(consumer: MiddlewareConsumer): void {
    if (!this.credential) throw new Error('V2Module needs the runtime credential (startServer resolves it)');
    consumer.apply(runtimeAccess(this.credential)).forRoutes('v2');
  }
}
