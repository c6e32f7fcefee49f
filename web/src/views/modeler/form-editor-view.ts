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
import { analystApi } from './analyst-api';
import { translateFormEditor } from './form-editor-tr';
import '../../styles/modeler.css';

export async function formEditorView(selectedId: string | null): Promise<HTMLElement> {
  const { items } = await api.forms();
  const forms = [...items].sort((a, b) => a.formId.localeCompare(b.formId));
  const current = selectedId ?? forms[0]?.formId ?? null;

  const host = h('div', { class: 'form-editor-host', 'data-testid': 'form-editor' });
  const status = h('span', { class: 'toolbar-status', 'aria-live': 'polite' });
  const bar = progress('form-deploy-progress');
  const saveBtn = h('button', { class: 'btn btn-primary', type: 'button', disabled: true, 'data-testid': 'form-publish' }, t('an.review.submit'));
  // A form goes live like a diagram: version tag and release note, approved by a second person; never with an error.
  const tagInput = h('input', { class: 'input', 'aria-label': t('an.review.tag'), placeholder: t('an.review.tag'), 'data-testid': 'form-tag', size: 12 });
  const noteInput = h('input', { class: 'input', 'aria-label': t('an.review.note'), placeholder: t('an.review.note'), 'data-testid': 'form-note', size: 28 });
  const problems = h('ul', { class: 'lint-list form-problems', 'data-testid': 'form-problems' });
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
    h('section', { class: 'modeler-main' }, h('div', { class: 'toolbar' }, h('span', { class: 'toolbar-title' }, t('forms.title'), current ? `: ${current}` : ''), dirtyMark, h('span', { class: 'spacer' }), status, tagInput, noteInput, saveBtn), bar.el, problems, host),
  );
  if (!current) return view;

  host.appendChild(loading());
  void mounted(view).then(async () => {
    try {
      const form = await api.form(current);
      host.replaceChildren();
      const editor = new FormEditor({ container: host });
      const translation = translateFormEditor(host);
      onLeave(() => {
        translation?.disconnect();
        editor.destroy();
      });
      await editor.importSchema(form.schema);
      // Registered after the import, which itself reports a change.
      editor.on('changed', () => {
        dirtyMark.hidden = false;
      });
      saveBtn.disabled = false;
      const resource = () => ({ name: form.resourceName || `${current}.form`, content: JSON.stringify(editor.saveSchema(), null, 2) });
      /** Lints the form on the server; publishing waits while it has an error. */
      const check = async (): Promise<boolean> => {
        const { errors } = await analystApi.lint([resource()]);
        problems.replaceChildren(...errors.map((m) => h('li', { class: 'lint-item lint-error', 'data-element-id': m.elementId ?? '' }, h('code', { class: 'lint-element' }, m.elementId ?? '—'), h('span', null, m.message))));
        problems.dataset.errors = String(errors.length);
        saveBtn.disabled = errors.length > 0;
        saveBtn.title = errors.length ? t('an.forms.errors', { count: errors.length }) : '';
        return errors.length === 0;
      };
      let checkTimer: ReturnType<typeof setTimeout> | undefined;
      editor.on('changed', () => {
        clearTimeout(checkTimer);
        checkTimer = setTimeout(() => void check().catch(() => undefined), 400);
      });
      onLeave(() => clearTimeout(checkTimer));
      await check();
      saveBtn.addEventListener('click', async () => {
        if (!tagInput.value.trim() || noteInput.value.trim().length < 3) {
          status.textContent = t('an.review.needsTag');
          return;
        }
        saveBtn.disabled = true;
        bar.start(t('forms.saving'));
        try {
          if (!(await check())) return;
          const request = await analystApi.requestDeployment([resource()], tagInput.value.trim(), noteInput.value.trim());
          status.textContent = t('an.forms.sent', { id: request.id });
          status.dataset.request = request.id;
          dirtyMark.hidden = true;
          toast(t('an.forms.sent', { id: request.id }), 'ok');
        } catch (err) {
          status.textContent = (err as Error).message;
          toast((err as Error).message, 'error');
        } finally {
          bar.done();
          saveBtn.disabled = problems.dataset.errors !== '0';
        }
      });
    } catch (err) {
      host.replaceChildren(errorState(err));
    }
  });
  return view;
}
