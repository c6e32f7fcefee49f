/**
 * The read side of the embedded engine: Camunda 8 v2 search and get calls over the engine's tables.
 * Pure functions of (db, query); the REST layer (src/v2) and the monitor call them.
 */
export type { SearchQuery, SearchResult, SearchPage } from './search';
export { asQuery } from './search';
export type { ProcessDefinitionItem } from './process-definitions';
export { searchProcessDefinitions, getProcessDefinition, getProcessDefinitionXml } from './process-definitions';
export type { ProcessInstanceItem } from './process-instances';
export { searchProcessInstances, getProcessInstance } from './process-instances';
export type { ElementInstanceItem } from './element-instances';
export { searchElementInstances, getElementInstance } from './element-instances';
export type { UserTaskItem } from './user-tasks';
export { searchUserTasks, getUserTask } from './user-tasks';
export type { IncidentItem } from './incidents';
export { searchIncidents, getIncident } from './incidents';
export type { VariableItem, VariableSearchItem } from './variables';
export { searchVariables, getVariable, searchUserTaskVariables } from './variables';
export type { JobItem } from './jobs';
export { searchJobs } from './jobs';
export type { FormItem } from './forms';
export { getUserTaskForm, getStartProcessForm } from './forms';
export type { DecisionDefinitionItem, DecisionRequirementsItem, DecisionInstanceItem } from './decisions';
export {
  searchDecisionDefinitions, getDecisionDefinition, getDecisionDefinitionXml, searchDecisionRequirements, getDecisionRequirementsXml, searchDecisionInstances, getDecisionInstance,
} from './decisions';
