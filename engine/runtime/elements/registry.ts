import { ElementType } from '../../model/types';
import { IncidentSignal } from '../context';
import { multiInstanceBody } from './multi-instance-body';
import { boundaryEvent } from './boundary-event';
import { businessRuleTask } from './business-rule-task';
import { callActivity } from './call-activity';
import { endEvent } from './end-event';
import { eventBasedGateway } from './event-based-gateway';
import { exclusiveGateway, inclusiveGateway, parallelGateway } from './gateways';
import { intermediateCatchEvent } from './intermediate-catch-event';
import { intermediateThrowEvent } from './intermediate-throw-event';
import { completeAndLeave, ElementProcessor } from './processor';
import { receiveTask } from './receive-task';
import { scriptTask } from './script-task';
import { sendTask, serviceTask } from './service-task';
import { startEvent } from './start-event';
import { eventSubProcess, processScope, subProcess } from './sub-process';
import { task } from './task';
import { userTask } from './user-task';

const PROCESSORS: Partial<Record<ElementType, ElementProcessor>> = {
  MULTI_INSTANCE_BODY: multiInstanceBody,
  PROCESS: processScope,
  SUB_PROCESS: subProcess,
  EVENT_SUB_PROCESS: eventSubProcess,
  START_EVENT: startEvent,
  INTERMEDIATE_CATCH_EVENT: intermediateCatchEvent,
  INTERMEDIATE_THROW_EVENT: intermediateThrowEvent,
  BOUNDARY_EVENT: boundaryEvent,
  END_EVENT: endEvent,
  SERVICE_TASK: serviceTask,
  SEND_TASK: sendTask,
  SCRIPT_TASK: scriptTask,
  BUSINESS_RULE_TASK: businessRuleTask,
  USER_TASK: userTask,
  RECEIVE_TASK: receiveTask,
  MANUAL_TASK: task,
  TASK: task,
  EXCLUSIVE_GATEWAY: exclusiveGateway,
  INCLUSIVE_GATEWAY: inclusiveGateway,
  PARALLEL_GATEWAY: parallelGateway,
  EVENT_BASED_GATEWAY: eventBasedGateway,
  CALL_ACTIVITY: callActivity,
};

const unknown: ElementProcessor = {
  activate(_it, _ei, node) {
    throw new IncidentSignal('UNKNOWN', `Element type ${node.type} cannot be executed`);
  },
  complete: completeAndLeave,
};

/** The processor of an element instance's type (a multi-instance body has its own). */
export function processorFor(type: string): ElementProcessor {
  return PROCESSORS[type as ElementType] ?? unknown;
}
