/** A Camunda form rendered by form-js (task forms and start forms); validation runs before anything is sent. */
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { h } from '../../core/dom';
import { onLeave } from '../../shell';
import { mounted } from '../../ui/mount';
import { legalDateModule } from './date-field';
import { localizeFormDates, translateFormErrors } from './form-messages';

/** One entry of a 400 problem's `errors` (docs/ui-api.md). */
export interface FieldProblem {
  property: string;
  messages: string[];
}

export interface TaskForm {
  el: HTMLElement;
  ready: Promise<void>;
  /** Validates; resolves to the data when valid, null when form-js reports errors (shown inline). */
  submit(): Promise<Record<string, unknown> | null>;
  /**
   * Shows the server's field errors under the fields they name (`variables.applicant.fullName` → the field whose value
   * path is `applicant.fullName`); returns the errors that name no field, for the caller to show elsewhere.
   */
  showErrors(errors: FieldProblem[], prefix?: string): FieldProblem[];
}

interface FormServices {
  formFieldRegistry: { getAll(): Array<{ id: string; key?: string }> };
  pathRegistry: { getValuePath(field: unknown): string[] | undefined };
}

export function taskForm(schema: Record<string, unknown>, data: Record<string, unknown>, readOnly: boolean, onEdit: () => void = () => undefined): TaskForm {
  const el = h('div', { class: 'task-form', 'data-testid': 'task-form' });
  let form: Form | null = null;
  const ready = mounted(el).then(async () => {
    // No input debounce: the values must be in the form state the moment "complete" is pressed.
    form = new Form({ container: el, debounce: false, additionalModules: [legalDateModule] });
    const observer = translateFormErrors(el);
    const dates = localizeFormDates(el);
    onLeave(() => {
      observer.disconnect();
      dates.disconnect();
      form?.destroy();
    });
    await form.importSchema(schema, data);
    if (readOnly) form.setProperty('readOnly', true);
    form.on('changed', onEdit);
    el.dataset.ready = 'true';
  });
  return {
    el,
    ready,
    async submit() {
      if (!form) return null;
      // form-js debounces typing into its state; blurring and letting it render once flushes the last keystrokes.
      (document.activeElement as HTMLElement | null)?.blur();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const { data: values, errors } = form.submit();
      // Our date fields judge what they hold (unreadable, implausible) and say so under the field; form-js does not know.
      const dateRefused = el.querySelector('.yukk-date[aria-invalid="true"]');
      return Object.keys(errors).length || dateRefused ? null : values;
    },
    showErrors(errors, prefix = 'variables.') {
      if (!form) return errors;
      const injector = form as unknown as { get<K extends keyof FormServices>(name: K): FormServices[K] };
      const get = <K extends keyof FormServices>(name: K) => injector.get(name);
      const fieldByPath = new Map<string, string>();
      for (const field of get('formFieldRegistry').getAll()) {
        const path = field.key ? get('pathRegistry').getValuePath(field) : undefined;
        if (path) fieldByPath.set(path.join('.'), field.id);
      }
      const byField: Record<string, string[]> = {};
      const unplaced: FieldProblem[] = [];
      for (const e of errors) {
        const id = fieldByPath.get(e.property.startsWith(prefix) ? e.property.slice(prefix.length) : e.property);
        if (id) (byField[id] ??= []).push(...e.messages);
        else unplaced.push(e);
      }
      // form-js keeps errors per field id in its state and renders them as its own; editing the field revalidates it,
      // which clears the server's message. There is no public setter, hence the internal one.
      const state = form as unknown as { _getState(): { errors: Record<string, string[]> }; _setState(s: object): void };
      state._setState({ errors: { ...state._getState().errors, ...byField } });
      return unplaced;
    },
  };
}
