/**
 * Start-variable contracts of the procedures, for validation at the server's API boundary:
 * `await validateStartVariables('victim-support', body)` returns the problems (empty when valid).
 */
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { AcceleratedProcedureStart } from './accelerated-procedure';
import { InadmissibilityAssessmentStart } from './inadmissibility-assessment';
import { InternationalProtectionApplicationStart } from './international-protection-application';
import { VictimSupportStart } from './victim-support';
import { VoluntaryReturnStart } from './voluntary-return';
import { RemovalStart } from './removal';

export * from './common';
export * from './facts';
export { AcceleratedProcedureStart, InadmissibilityAssessmentStart, InternationalProtectionApplicationStart, RemovalStart, VictimSupportStart, VoluntaryReturnStart };

export const START_CONTRACTS = {
  'international-protection-application': InternationalProtectionApplicationStart,
  'accelerated-procedure': AcceleratedProcedureStart,
  'inadmissibility-assessment': InadmissibilityAssessmentStart,
  'victim-support': VictimSupportStart,
  'voluntary-return': VoluntaryReturnStart,
  removal: RemovalStart,
} as const;

export type ProcessId = keyof typeof START_CONTRACTS;

export interface ContractProblem {
  path: string;
  constraints: string[];
}

function flatten(errors: ValidationError[], prefix = ''): ContractProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ path, constraints: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** Unknown variables are rejected too: start variables are a closed contract. */
export async function validateStartVariables(processId: string, variables: unknown): Promise<ContractProblem[]> {
  const contract = START_CONTRACTS[processId as ProcessId];
  if (!contract) return [{ path: '', constraints: [`unknown process id ${processId}`] }];
  if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return [{ path: '', constraints: ['variables must be an object'] }];
  const instance = plainToInstance(contract as new () => object, variables);
  return flatten(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }));
}
