/** Entry point: styles, routes, session restore. Heavy views load lazily so sign-in stays light. */
import './styles/base.css';
import './styles/app.css';
import './styles/responsive.css';
import { setUnauthorizedHandler } from './core/http';
import type { Route } from './core/router';
import { navigate } from './core/router';
import { forget, restore } from './core/session';
import { getLang, setLang } from './i18n';
import { homePath, renderRoute } from './shell';
import { signInView } from './views/signin';

const root = document.getElementById('app')!;

const routes: Route[] = [
  { path: '/signin', public: true, render: () => signInView(() => navigate(homePath()), () => void renderRoute(root, routes)) },
  { path: '/modeler', roles: ['analyst'], render: async (_p, q) => (await import('./views/modeler/modeler-view')).modelerView(q.get('key')) },
  { path: '/modeler/requests', roles: ['analyst', 'manager'], render: async () => (await import('./views/modeler/requests-view')).requestsView() },
  { path: '/modeler/:processId/history', roles: ['analyst'], render: async (p, q) => (await import('./views/modeler/history-view')).historyView(p.processId, q) },
  { path: '/decisions', roles: ['analyst'], render: async (_p, q) => (await import('./views/modeler/dmn/dmn-view')).dmnView(q.get('key')) },
  { path: '/forms', roles: ['analyst'], render: async (_p, q) => (await import('./views/modeler/form-editor-view')).formEditorView(q.get('id')) },
  { path: '/tasks', roles: ['officer'], render: async (_p, q) => (await import('./views/tasks/tasks-view')).tasksView(q) },
  { path: '/tasks/new', roles: ['officer'], render: async (_p, q) => (await import('./views/tasks/tasks-view')).tasksView(q, null, true) },
  { path: '/tasks/:key', roles: ['officer'], render: async (p, q) => (await import('./views/tasks/tasks-view')).tasksView(q, p.key) },
  { path: '/cases', roles: ['officer', 'manager'], render: async (_p, q) => (await import('./views/tasks/case-view')).caseSearchView(q) },
  { path: '/cases/:number', roles: ['officer', 'manager'], render: async (p) => (await import('./views/tasks/case-view')).caseView(p.number) },
  { path: '/monitor', roles: ['manager'], render: async (_p, q) => (await import('./views/monitor/monitor-view')).monitorView(q) },
  { path: '/monitor/instances/:key', roles: ['manager'], render: async (p) => (await import('./views/monitor/instance-view')).instanceView(p.key) },
  { path: '/audit', roles: ['manager'], render: async (_p, q) => (await import('./views/monitor/audit-view')).auditView(q) },
  { path: '/users', roles: ['manager'], render: async () => (await import('./views/monitor/users-view')).usersView() },
  { path: '/deadlines', roles: ['manager'], render: async (_p, q) => (await import('./views/monitor/deadlines-view')).deadlinesView(q) },
  { path: '/reports', roles: ['manager'], render: async (_p, q) => (await import('./views/monitor/reports-view')).reportsView(q) },
];

setUnauthorizedHandler(() => {
  forget();
  navigate('/signin');
});

async function start(): Promise<void> {
  setLang(getLang());
  await restore();
  window.addEventListener('hashchange', (event) => void renderRoute(root, routes, new URL(event.oldURL).hash));
  await renderRoute(root, routes);
}

void start();
