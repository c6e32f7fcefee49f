/** Form editing (analysts): forms of the repository and deployed ones, edited with form-js FormEditor and deployed. */
import { FormEditor } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';
import { api, FormSummary } from '../../core/api';
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { guardUnsavedWork, onLeave } from '../../shell';
import { mounted } from '../../ui/mount';
import { progress } from '../../ui/progress';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import '../../styles/modeler.css';

export async function formEditorView(selectedId: string | null): Promise<HTMLElement> {
  const { items } = await api.forms();
  const forms = [...items].sort((a, b) => a.formId.localeCompare(b.formId));
  const current = selectedId ?? forms[0]?.formId ?? null;

  const host = h('div', { class: 'form-editor-host', 'data-testid': 'form-editor' });
  const status = h('span', { class: 'toolbar-status', 'aria-live': 'polite' });
  const bar = progress('form-deploy-progress');
  const saveBtn = h('button', { class: 'btn btn-primary', type: 'button', disabled: true }, t('forms.save'));
  const dirtyMark = h('span', { class: 'badge badge-warn', hidden: true }, t('modeler.unsaved'));
  guardUnsavedWork(() => !dirtyMark.hidden);

  const item = (f: FormSummary) =>
    h(
      'li',
      { class: f.formId === current ? 'active' : '' },
      h('a', { class: 'nav-list-item', href: `#/forms?id=${encodeURIComponent(f.formId)}` }, h('span', { class: 'nav-list-title' }, f.formId), h('span', { class: 'nav-list-meta' }, f.source === 'deployed' ? `v${f.version}` : f.resourceName)),
    );

  const view = h(
    'div',
    { class: 'modeler-layout', 'data-view': 'forms' },
    h('aside', { class: 'sidebar' }, h('h2', null, t('modeler.forms')), forms.length ? h('ul', { class: 'nav-list' }, forms.map(item)) : empty(t('modeler.forms.empty'))),
    h('section', { class: 'modeler-main' }, h('div', { class: 'toolbar' }, h('span', { class: 'toolbar-title' }, t('forms.title'), current ? `: ${current}` : ''), dirtyMark, h('span', { class: 'spacer' }), status, saveBtn), bar.el, host),
  );
  if (!current) return view;

  host.appendChild(loading());
  void mounted(view).then(async () => {
    try {
      const form = await api.form(current);
      host.replaceChildren();
      const editor = new FormEditor({ container: host });
      onLeave(() => editor.destroy());
      await editor.importSchema(form.schema);
      // Registered after the import, which itself reports a change.
      editor.on('changed', () => {
        dirtyMark.hidden = false;
      });
      saveBtn.disabled = false;
      saveBtn.addEventListener('click', async () => {
        saveBtn.disabled = true;
        bar.start(t('forms.saving'));
        try {
          const schema = editor.saveSchema();
          await api.deploy([{ name: form.resourceName || `${current}.form`, content: JSON.stringify(schema, null, 2) }]);
          status.textContent = t('forms.saved', { id: current });
          dirtyMark.hidden = true;
          toast(t('forms.saved', { id: current }), 'ok');
        } catch (err) {
          status.textContent = (err as Error).message;
          toast((err as Error).message, 'error');
        } finally {
          bar.done();
          saveBtn.disabled = false;
        }
      });
    } catch (err) {
      host.replaceChildren(errorState(err));
    }
  });
  return view;
}
