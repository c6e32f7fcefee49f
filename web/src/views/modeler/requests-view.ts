/** Deployments awaiting approval: a second person (another analyst or a manager) reviews the diff and decides. */
import { h } from '../../core/dom';
import { t } from '../../i18n';
import { user } from '../../core/session';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import { analystApi, DeploymentRequest } from './analyst-api';
import { formatInstant } from './play-panel';
import { formatDmn } from './dmn/dmn-format';
import { xmlDiffNodes } from './xml-diff';
import '../../styles/modeler.css';

export async function requestsView(): Promise<HTMLElement> {
  const list = h('div', { class: 'requests-list', 'data-testid': 'requests-list' }, loading());
  const view = h('div', { class: 'page requests-page', 'data-view': 'requests' }, h('div', { class: 'page-head' }, h('a', { class: 'btn btn-ghost', href: '#/modeler' }, '← ', t('common.back')), h('h1', null, t('an.requests'))), list);
  const me = user()?.username;

  const card = (r: DeploymentRequest) => {
    const diff = h('pre', { class: 'xml-diff' });
    const reason = h('input', { class: 'input', 'aria-label': t('an.requests.rejectReason'), placeholder: t('an.requests.rejectReason'), 'data-testid': 'reject-reason' });
    const own = r.requestedBy === me;
    const approve = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'approve', disabled: own, title: own ? t('an.requests.own') : '' }, t('an.requests.approve'));
    const reject = h('button', { type: 'button', class: 'btn', 'data-testid': 'reject', disabled: own }, t('an.requests.reject'));
    const el = h(
      'article',
      { class: 'request-card', 'data-request-id': r.id },
      h('h2', null, r.resourceNames.join(', '), ' · ', h('code', null, r.versionTag)),
      h('p', { class: 'muted' }, t('an.requests.by', { user: r.requestedBy, at: formatInstant(r.requestedAt) })),
      h('blockquote', { 'data-testid': 'request-note' }, r.note),
      h('details', null, h('summary', null, t('an.review.xml')), diff),
      own ? h('p', { class: 'muted' }, t('an.requests.own')) : h('div', { class: 'modal-actions' }, reason, reject, approve),
    );
    void analystApi.request(r.id).then(async (d) => {
      const parts = await Promise.all(
        d.resources.map(async (res, i) => {
          const live = d.live[i]?.content;
          if (!live) return [h('p', { class: 'muted' }, `${res.name}: ${t('an.review.new')}`)];
          // A decision table in the editor's layout on both sides: the diff shows the cells that changed.
          if (res.name.endsWith('.dmn')) return xmlDiffNodes(await formatDmn(live), await formatDmn(res.content));
          return xmlDiffNodes(live, res.content);
        }),
      );
      diff.replaceChildren(...parts.flat());
    });
    approve.addEventListener('click', async () => {
      approve.disabled = true;
      try {
        const d = await analystApi.approve(r.id);
        toast(t('an.requests.approved', { what: d.processes.map((p) => `${p.processDefinitionId} v${p.version}`).concat(d.forms.map((f) => `${f.formId} v${f.version}`), d.decisions.map((x) => `${x.decisionDefinitionId} v${x.version}`)).join(', ') }), 'ok');
        await load();
      } catch (err) {
        toast((err as Error).message, 'error');
        approve.disabled = false;
      }
    });
    reject.addEventListener('click', async () => {
      try {
        await analystApi.reject(r.id, reason.value.trim() || undefined);
        toast(t('an.requests.rejected'), 'ok');
        await load();
      } catch (err) {
        toast((err as Error).message, 'error');
      }
    });
    return el;
  };

  const load = async () => {
    try {
      const { items } = await analystApi.requests('pending');
      list.replaceChildren(...(items.length ? items.map(card) : [empty(t('an.requests.empty'))]));
    } catch (err) {
      list.replaceChildren(errorState(err, () => void load()));
    }
  };
  void load();
  return view;
}
