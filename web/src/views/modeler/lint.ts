/**
 * Live linting with @camunda/linting (bpmnlint + camunda-compat, rules picked from the diagram's
 * execution platform version). Results go to the canvas overlays and to a listener (the lint panel).
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { Linter, LintReport } from '@camunda/linting';

export interface LintState {
  running: boolean;
  errors: LintReport[];
  warnings: LintReport[];
}

export function attachLinting(modeler: Modeler, onChange: (state: LintState) => void): { run: () => Promise<LintState>; current: () => LintState } {
  const linter = new Linter({ modeler: 'web', type: 'cloud' });
  let state: LintState = { running: false, errors: [], warnings: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let destroyed = false;

  const run = async (): Promise<LintState> => {
    const mine = ++seq;
    state = { ...state, running: true };
    onChange(state);
    const definitions = (modeler as unknown as { getDefinitions(): object }).getDefinitions();
    const reports = definitions ? await linter.lint(definitions) : [];
    // A newer run started, or the view was left (the modeler destroyed) while this one linted.
    if (mine !== seq || destroyed) return state;
    const linting = modeler.get<{ setErrors(r: LintReport[]): void; activate(): void }>('linting');
    linting.setErrors(reports);
    linting.activate();
    state = {
      running: false,
      errors: reports.filter((r) => r.category === 'error' || r.category === 'rule-error'),
      warnings: reports.filter((r) => r.category === 'warn' || r.category === 'info'),
    };
    onChange(state);
    return state;
  };

  // Debounced so typing in the properties panel does not lint on every key stroke.
  modeler.on('commandStack.changed', () => {
    clearTimeout(timer);
    state = { ...state, running: true };
    onChange(state);
    timer = setTimeout(() => void run(), 250);
  });
  modeler.on('import.done', () => void run());
  modeler.on('diagram.destroy', () => {
    destroyed = true;
    clearTimeout(timer);
  });
  return { run, current: () => state };
}
