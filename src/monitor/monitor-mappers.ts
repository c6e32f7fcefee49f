import { str } from '../ui-api/runtime-values';
import { ElementInstanceDto, IncidentDto, InstanceDto } from './monitor.dto';

type Raw = Record<string, unknown>;

export const toInstance = (p: Raw): InstanceDto => ({
  processInstanceKey: String(p.processInstanceKey),
  processDefinitionId: String(p.processDefinitionId),
  processDefinitionKey: String(p.processDefinitionKey),
  processDefinitionName: str(p.processDefinitionName),
  processDefinitionVersion: Number(p.processDefinitionVersion ?? 0),
  state: String(p.state),
  startDate: String(p.startDate ?? ''),
  endDate: str(p.endDate),
  hasIncident: Boolean(p.hasIncident),
});

export const toElementInstance = (e: Raw): ElementInstanceDto => ({
  elementInstanceKey: String(e.elementInstanceKey),
  elementId: String(e.elementId),
  elementName: str(e.elementName),
  type: String(e.type),
  state: String(e.state),
  startDate: str(e.startDate),
  endDate: str(e.endDate),
  hasIncident: Boolean(e.hasIncident),
});

export const toIncident = (i: Raw): IncidentDto => ({
  incidentKey: String(i.incidentKey),
  processInstanceKey: str(i.processInstanceKey),
  processDefinitionId: str(i.processDefinitionId),
  elementId: str(i.elementId),
  elementInstanceKey: str(i.elementInstanceKey),
  errorType: str(i.errorType),
  errorMessage: str(i.errorMessage),
  state: str(i.state),
  creationTime: str(i.creationTime),
  jobKey: str(i.jobKey),
});
