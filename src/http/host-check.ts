import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * DNS rebinding defence: a page on evil.example whose name is re-pointed to 127.0.0.1 reaches this server with
 * `Host: evil.example`. Only Hosts that name this server are answered: IP literals (a rebinding attack needs a
 * name), `localhost`, the configured HOST, and the names in YUKK_ALLOWED_HOSTS (comma-separated; `.example.org`
 * allows that domain and its sub-domains). A request without Host (HTTP/1.0 tools) is answered.
 */
export type HostCheck = (req: IncomingMessage) => string | undefined;

/** The host name of a Host header, lower case, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 ? h.slice(1, end) : h.slice(1);
  }
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

export function allowedHostNames(configuredHost: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.YUKK_ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return [configuredHost.toLowerCase(), ...listed];
}

export function hostCheck(allowed: string[]): HostCheck {
  const exact = new Set(allowed.filter((n) => !n.startsWith('.')));
  const suffixes = allowed.filter((n) => n.startsWith('.'));
  // Headers repeat (one client, one Host), so verdicts are remembered; bounded against floods of new names.
  const seen = new Map<string, boolean>();
  const decide = (header: string): boolean => {
    const name = hostName(header);
    if (name === '' || isIP(name) !== 0) return true;
    if (name === 'localhost' || name.endsWith('.localhost')) return true;
    if (exact.has(name)) return true;
    return suffixes.some((s) => name.endsWith(s) || name === s.slice(1));
  };
  return (req) => {
    const header = req.headers.host;
    if (header === undefined) return undefined;
    let ok = seen.get(header);
    if (ok === undefined) {
      ok = decide(header);
      if (seen.size > 256) seen.clear();
      seen.set(header, ok);
    }
    return ok ? undefined : `This server does not answer for the host name '${hostName(header).slice(0, 100)}'; an operator can allow it with YUKK_ALLOWED_HOSTS`;
  };
}
