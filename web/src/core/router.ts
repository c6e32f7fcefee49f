/**
 * Hash router: the server serves web/dist as static files with no SPA fallback,
 * so deep links live in the fragment (#/tasks/123).
 */
export interface Route {
  /** Pattern like "/tasks/:key". */
  path: string;
  render: (params: Record<string, string>, query: URLSearchParams) => Promise<Node> | Node;
  /** Roles any of which may open the route; empty means any signed-in user. */
  roles?: string[];
  public?: boolean;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
  query: URLSearchParams;
}

export function currentPath(): { path: string; query: URLSearchParams } {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(qs ?? '') };
}

export function match(routes: Route[], path: string, query: URLSearchParams): Match | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      if (p.startsWith(':')) {
        params[p.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return p === parts[i];
    });
    if (ok) return { route, params, query };
  }
  return null;
}

export function navigate(path: string): void {
  if (location.hash === '#' + path) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = path;
}
