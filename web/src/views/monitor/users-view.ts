/** User administration (managers): list, create, activate/deactivate. The server validates and audits. */
import { api, ManagedUser, Role } from '../../core/api';
import { h } from '../../core/dom';
import { ApiError } from '../../core/http';
import { formatDate, t, MessageKey } from '../../i18n';
import { empty, errorState, loading } from '../../ui/states';
import { toast } from '../../ui/toast';
import '../../styles/monitor.css';

const ROLES: Role[] = ['analyst', 'officer', 'manager'];
const roleLabel = (r: Role) => t(`role.${r}` as MessageKey);

function problemText(err: unknown): string {
  if (err instanceof ApiError && err.body.errors?.length) return err.body.errors.map((e) => `${e.property}: ${e.messages.join(', ')}`).join('\n');
  return (err as Error).message;
}

function userTable(users: ManagedUser[], reload: () => void): HTMLElement {
  if (!users.length) return empty(t('users.empty'));
  return h(
    'table',
    { class: 'table', 'data-testid': 'user-table' },
    h('thead', null, h('tr', null, h('th', null, t('users.username')), h('th', null, t('users.displayName')), h('th', null, t('users.roles')), h('th', null, t('tasks.field.groups')), h('th', null, ''), h('th', null, ''))),
    h(
      'tbody',
      null,
      users.map((u) => {
        const toggle = h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'toggle-active' }, u.active ? t('users.deactivate') : t('users.activate'));
        toggle.addEventListener('click', async () => {
          toggle.disabled = true;
          try {
            await api.updateUser(u.username, { active: !u.active });
            reload();
          } catch (err) {
            toast(problemText(err), 'error');
            toggle.disabled = false;
          }
        });
        return h(
          'tr',
          { 'data-username': u.username, class: u.active ? '' : 'muted' },
          h('td', null, h('code', null, u.username), h('div', { class: 'muted small' }, formatDate(u.createdAt))),
          h('td', null, u.displayName),
          h('td', null, u.roles.map((r) => h('span', { class: 'badge badge-info' }, roleLabel(r))), ' '),
          h('td', null, u.groups.join(', ') || t('common.none')),
          h('td', null, h('span', { class: `badge ${u.active ? 'badge-ok' : 'badge-muted'}` }, u.active ? t('users.active') : t('users.inactive'))),
          h('td', null, toggle),
        );
      }),
    ),
  );
}

function createForm(onCreated: () => void): HTMLElement {
  const field = (name: string, label: MessageKey, type = 'text') =>
    h('label', { class: 'field' }, h('span', null, t(label)), h('input', { name, type, required: true, autocomplete: 'off' }));
  const roleBoxes = ROLES.map((r) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'roles', value: r }), roleLabel(r)));
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'user-form', 'data-testid': 'user-form' },
    field('username', 'users.username'),
    field('displayName', 'users.displayName'),
    field('password', 'users.password', 'password'),
    h('fieldset', null, h('legend', null, t('users.roles')), roleBoxes),
    h('label', { class: 'field' }, h('span', null, t('users.groups')), h('input', { name: 'groups', autocomplete: 'off' })),
    error,
    h('button', { class: 'btn btn-primary', type: 'submit' }, t('users.create')),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    try {
      await api.createUser({
        username,
        displayName: String(data.get('displayName') ?? '').trim(),
        password: String(data.get('password') ?? ''),
        roles: data.getAll('roles').map(String) as Role[],
        groups: String(data.get('groups') ?? '')
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean),
      });
      toast(t('users.created', { username }), 'ok');
      form.reset();
      onCreated();
    } catch (err) {
      error.textContent = problemText(err);
      error.hidden = false;
    }
  });
  return form;
}

export function usersView(): HTMLElement {
  const listHost = h('div', null, loading());
  const reload = () =>
    api
      .users()
      .then(({ items }) => listHost.replaceChildren(userTable(items, reload)))
      .catch((err) => listHost.replaceChildren(errorState(err, reload)));
  void reload();
  return h(
    'div',
    { class: 'page users-page', 'data-view': 'users' },
    h('div', { class: 'page-head' }, h('h1', null, t('users.title'))),
    h('div', { class: 'users-grid' }, h('section', { class: 'card' }, listHost), h('section', { class: 'card' }, h('h2', null, t('users.create')), createForm(reload))),
  );
}
