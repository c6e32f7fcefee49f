import { CompensationStore } from './compensation';
import { DecisionStore } from './decisions';
import { DeploymentStore } from './deployments';
import { HistoryBuffer } from './history';
import { ElementInstanceStore } from './element-instances';
import { IncidentStore } from './incidents';
import { JobStore } from './jobs';
import { MessageStore } from './messages';
import { MetaStore } from './meta';
import { ProcessInstanceStore } from './process-instances';
import { Statements } from './statements';
import { SubscriptionStore } from './subscriptions';
import { TimerStore } from './timers';
import { UserTaskStore } from './user-tasks';
import { VariableStore } from './variables';

/**
 * One store per kind of engine state, created once per engine (they hold only the prepared-statement
 * cache). Every statement the runtime and the engine run lives in one of them; the read side is engine/query.
 */
export class Stores {
  readonly deployments: DeploymentStore;
  readonly decisions: DecisionStore;
  readonly processInstances: ProcessInstanceStore;
  readonly elements: ElementInstanceStore;
  readonly variables: VariableStore;
  readonly jobs: JobStore;
  readonly userTasks: UserTaskStore;
  readonly timers: TimerStore;
  readonly subscriptions: SubscriptionStore;
  readonly messages: MessageStore;
  readonly incidents: IncidentStore;
  readonly compensation: CompensationStore;
  readonly meta: MetaStore;

  constructor(private readonly st: Statements) {
    this.deployments = new DeploymentStore(st);
    this.decisions = new DecisionStore(st);
    this.processInstances = new ProcessInstanceStore(st);
    this.elements = new ElementInstanceStore(st);
    this.variables = new VariableStore(st);
    this.jobs = new JobStore(st);
    this.userTasks = new UserTaskStore(st);
    this.timers = new TimerStore(st);
    this.subscriptions = new SubscriptionStore(st);
    this.messages = new MessageStore(st);
    this.incidents = new IncidentStore(st);
    this.compensation = new CompensationStore(st);
    this.meta = new MetaStore(st);
  }

  /** The history rows of one command, written together when its work is done. */
  historyBuffer(): HistoryBuffer {
    return new HistoryBuffer(this.st);
  }
}
