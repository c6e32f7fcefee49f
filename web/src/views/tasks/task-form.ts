/** The task's Camunda form rendered by form-js; validation runs before anything is sent. */
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { h } from '../../core/dom';
import { onLeave } from '../../shell';
import { mounted } from '../../ui/mount';

export interface TaskForm {
  el: HTMLElement;
  ready: Promise<void>;
  /** Validates; returns the data when valid, null when form-js reports errors (shown inline). */
  submit(): Record<string, unknown> | null;
}

export function taskForm(schema: Record<string, unknown>, data: Record<string, unknown>, readOnly: boolean): TaskForm {
  const el = h('div', { class: 'task-form', 'data-testid': 'task-form' });
  let form: Form | null = null;
  const ready = mounted(el).then(async () => {
    form = new Form({ container: el });
    onLeave(() => form?.destroy());
    await form.importSchema(schema, data);
    if (readOnly) form.setProperty('readOnly', true);
    el.dataset.ready = 'true';
  });
  return {
    el,
    ready,
    submit() {
      if (!form) return null;
      const { data: values, errors } = form.submit();
      return Object.keys(errors).length ? null : values;
    },
  };
}
