import { EngineClock } from '../clock';
import { KeyGenerator } from '../store/keys';
import { Stores } from '../store/stores';
import { DecisionRegistry } from './decisions';
import { ModelRegistry } from './models';

/** What a command leaves for after its commit: wake job pollers, answer awaiting callers. */
export class Effects {
  readonly jobTypes = new Set<string>();
  readonly completedInstances = new Set<number>();
  readonly terminatedInstances = new Set<number>();
}

/** What a command sees of the engine: the stores, the key sequence, the clock and the deployed models. */
export interface EngineContext {
  stores: Stores;
  keys: KeyGenerator;
  clock: EngineClock;
  models: ModelRegistry;
  decisions: DecisionRegistry;
  effects: Effects;
}

/** Raised inside a step to turn it into an incident on the element (Interpreter.step). */
export class IncidentSignal extends Error {
  constructor(readonly errorType: string, message: string) {
    super(message);
  }
}
