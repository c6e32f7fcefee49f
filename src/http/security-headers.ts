import type { NextFunction, Request, Response } from 'express';

/**
 * Browser hardening for everything the server answers through express (the UI at /, /api, /api/docs).
 *
 * The CSP allows only this origin's scripts, styles, fonts and connections. Styles also allow 'unsafe-inline':
 * bpmn-js, form-js and Swagger UI set style attributes at run time (a style cannot run code). Images allow
 * data: and blob: (diagram exports, icons). No frames: the UI never frames and is never framed (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Array<[string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
];

export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of HEADERS) res.setHeader(name, value);
    next();
  };
}
