/**
 * Live linting, done by the server (POST /api/deployments/lint): camunda-compat for Camunda 8.8 and the product's own
 * rules (job types, forms, gateways, deadlines, messages), worded in the UI language. The browser's camunda-compat run
 * (@camunda/linting) only adds where in the properties panel a finding lives; overlays and the list show the server's.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { Linter, LintReport } from '@camunda/linting';
import type { LintMessage } from '../../core/http';
import { analystApi } from './analyst-api';

export interface LintState {
  running: boolean;
  errors: LintReport[];
  warnings: LintReport[];
  /** The server could not be asked (network, session): shown, and deploy stays possible only after a fresh run. */
  failed?: string;
}

const isError = (category: string) => category === 'error' || category === 'rule-error';

export function attachLinting(modeler: Modeler, resourceName: () => string, onChange: (state: LintState) => void): { run: () => Promise<LintState>; current: () => LintState } {
  const local = new Linter({ modeler: 'web', type: 'cloud' });
  let state: LintState = { running: false, errors: [], warnings: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let destroyed = false;

  const run = async (): Promise<LintState> => {
    const mine = ++seq;
    state = { ...state, running: true };
    onChange(state);
    const definitions = (modeler as unknown as { getDefinitions(): object }).getDefinitions();
    let reports: LintReport[] = [];
    let failed: string | undefined;
    if (definitions) {
      try {
        const { xml } = await modeler.saveXML({ format: true });
        const [server, browser] = await Promise.all([analystApi.lint([{ name: resourceName(), content: xml! }]), local.lint(definitions)]);
        reports = [...server.errors, ...server.warnings].map((m: LintMessage) => {
          // keep the properties-panel location of the same finding, when the browser's run has it
          const twin = browser.find((b) => b.id === m.elementId && m.rule.endsWith(b.rule));
          return { ...(twin ?? {}), id: m.elementId ?? '', message: m.message, category: m.category as LintReport['category'], rule: m.rule };
        });
      } catch (err) {
        failed = (err as Error).message;
      }
    }
    // A newer run started, or the view was left (the modeler destroyed) while this one linted.
    if (mine !== seq || destroyed) return state;
    const linting = modeler.get<{ setErrors(r: LintReport[]): void; activate(): void }>('linting');
    linting.setErrors(reports);
    linting.activate();
    state = { running: false, errors: reports.filter((r) => isError(r.category)), warnings: reports.filter((r) => !isError(r.category)), failed };
    onChange(state);
    return state;
  };

  // Debounced so typing in the properties panel does not lint on every key stroke.
  modeler.on('commandStack.changed', () => {
    clearTimeout(timer);
    state = { ...state, running: true };
    onChange(state);
    timer = setTimeout(() => void run(), 400);
  });
  modeler.on('import.done', () => void run());
  modeler.on('diagram.destroy', () => {
    destroyed = true;
    clearTimeout(timer);
  });
  return { run, current: () => state };
}
