/** The task's Camunda form rendered by form-js; validation runs before anything is sent. */
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { h } from '../../core/dom';
import { onLeave } from '../../shell';
import { mounted } from '../../ui/mount';
import { translateFormErrors } from './form-messages';

export interface TaskForm {
  el: HTMLElement;
  ready: Promise<void>;
  /** Validates; resolves to the data when valid, null when form-js reports errors (shown inline). */
  submit(): Promise<Record<string, unknown> | null>;
}

export function taskForm(schema: Record<string, unknown>, data: Record<string, unknown>, readOnly: boolean, onEdit: () => void = () => undefined): TaskForm {
  const el = h('div', { class: 'task-form', 'data-testid': 'task-form' });
  let form: Form | null = null;
  const ready = mounted(el).then(async () => {
    // No input debounce: the values must be in the form state the moment "complete" is pressed.
    form = new Form({ container: el, debounce: false });
    const observer = translateFormErrors(el);
    onLeave(() => {
      observer.disconnect();
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
      return Object.keys(errors).length ? null : values;
    },
  };
}
