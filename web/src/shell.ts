/** App shell: header with role-filtered navigation, language switch, and the routed view. */
import { h } from './core/dom';
import { ApiError } from './core/http';
import type { Role } from './core/api';
import { currentPath, match, navigate, Route } from './core/router';
import { hasRole, signOut, user } from './core/session';
import { getLang, setLang, t, MessageKey } from './i18n';
import { errorState, loading } from './ui/states';

interface NavItem {
  path: string;
  label: MessageKey;
  roles: Role[];
}

const NAV: NavItem[] = [
  { path: '/modeler', label: 'nav.modeler', roles: ['analyst'] },
  { path: '/decisions', label: 'nav.decisions', roles: ['analyst'] },
  { path: '/forms', label: 'nav.forms', roles: ['analyst'] },
  { path: '/tasks', label: 'nav.tasks', roles: ['officer'] },
  { path: '/monitor', label: 'nav.monitor', roles: ['manager'] },
  { path: '/deadlines', label: 'nav.deadlines', roles: ['manager'] },
  { path: '/reports', label: 'nav.reports', roles: ['manager'] },
  { path: '/audit', label: 'nav.audit', roles: ['manager'] },
  { path: '/users', label: 'nav.users', roles: ['manager'] },
  // Last: the home page of a role is its first item, and cases are no one's home page.
  { path: '/cases', label: 'nav.cases', roles: ['officer', 'manager'] },
];

/** The first page a user may open, by role. */
export function homePath(): string {
  return NAV.find((n) => hasRole(...n.roles))?.path ?? '/signin';
}

function header(path: string, rerender: () => void): HTMLElement {
  const u = user();
  const links = NAV.filter((n) => hasRole(...n.roles)).map((n) =>
    h('a', { href: `#${n.path}`, class: path.startsWith(n.path) ? 'nav-link active' : 'nav-link', 'data-nav': n.path.slice(1) }, t(n.label)),
  );
  return h(
    'header',
    { class: 'app-header' },
    h('a', { class: 'brand', href: '#/' }, h('span', { class: 'brand-mark' }, 'y'), h('span', null, t('app.title')), h('small', null, t('app.subtitle'))),
    h('nav', { class: 'app-nav', 'aria-label': 'main' }, links),
    h(
      'div',
      { class: 'app-user' },
      h(
        'button',
        {
          class: 'btn btn-ghost',
          type: 'button',
          'data-testid': 'lang-switch',
          onclick: afterDiscarding(() => {
            setLang(getLang() === 'tr' ? 'en' : 'tr');
            rerender();
          }),
        },
        t('lang.switch'),
      ),
      u ? h('span', { class: 'user-name', title: t('nav.roles', { roles: u.roles.join(', ') }) }, u.displayName || u.username) : null,
      u
        ? h(
            'button',
            {
              class: 'btn btn-ghost',
              type: 'button',
              'data-testid': 'signout',
              onclick: afterDiscarding(async () => {
                await signOut().catch(() => undefined);
                navigate('/signin');
              }),
            },
            t('nav.signout'),
          )
        : null,
    ),
  );
}

let renderSeq = 0;
/** Views may register a cleanup (destroy bpmn-js instances, stop polling) for when the route changes. */
let cleanup: (() => void) | null = null;
export function onLeave(fn: () => void): void {
  const prev = cleanup;
  cleanup = () => {
    prev?.();
    fn();
  };
}

/**
 * A view with work that is not saved yet (the modeler's edits) registers a guard; leaving the view — another
 * route, the language switch, closing or reloading the tab — then asks first. Cleared when the route changes.
 */
let unsavedWork: (() => boolean) | null = null;
export function guardUnsavedWork(hasUnsavedWork: () => boolean): void {
  unsavedWork = hasUnsavedWork;
}

/** True when nothing would be lost, or the user agreed to lose it. */
export function mayDiscardWork(): boolean {
  return !unsavedWork?.() || window.confirm(t('common.unsaved.confirm'));
}

/** For header actions that leave the view: ask once, then let the re-render through without asking again. */
function afterDiscarding(action: () => void | Promise<void>): () => Promise<void> {
  return async () => {
    if (!mayDiscardWork()) return;
    unsavedWork = null;
    await action();
  };
}

window.addEventListener('beforeunload', (event) => {
  if (unsavedWork?.()) event.preventDefault(); // the browser shows its own "leave site?" dialog
});

/** `previousHash`: where a hash change came from, restored when the user keeps their unsaved work. */
export async function renderRoute(root: HTMLElement, routes: Route[], previousHash?: string): Promise<void> {
  if (!mayDiscardWork()) {
    if (previousHash !== undefined) history.replaceState(null, '', previousHash || '#/');
    return;
  }
  unsavedWork = null;
  const seq = ++renderSeq;
  cleanup?.();
  cleanup = null;
  const { path, query } = currentPath();
  const found = match(routes, path, query);
  const rerender = () => void renderRoute(root, routes);
  if (found?.route.public) {
    root.replaceChildren(await found.route.render(found.params, query));
    return;
  }
  if (!user()) {
    navigate('/signin');
    return;
  }
  if (path === '/' || !found) {
    if (path === '/') navigate(homePath());
    else root.replaceChildren(header(path, rerender), h('main', { class: 'app-main' }, errorState(new Error(t('common.notFound')))));
    return;
  }
  const main = h('main', { class: 'app-main' }, loading());
  root.replaceChildren(header(path, rerender), main);
  if (found.route.roles && !hasRole(...(found.route.roles as Role[]))) {
    // The server refuses too; this only avoids a page that can only fail.
    main.replaceChildren(errorState(new ApiError(403, t('common.forbidden'))));
    return;
  }
  try {
    const view = await found.route.render(found.params, query);
    if (seq === renderSeq) main.replaceChildren(view);
  } catch (err) {
    if (seq === renderSeq) main.replaceChildren(errorState(err, rerender));
  }
}
