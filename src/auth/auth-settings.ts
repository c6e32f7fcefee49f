/** Sign-in settings, from the environment (see docs/ui-api.md, Environment). */
export interface AuthSettings {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  cookieSecure: boolean;
  adminUser?: string;
  adminPassword?: string;
  demoUsers: boolean;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  return {
    idleTimeoutMs: positive(env.YUKK_SESSION_IDLE_MINUTES, 30) * 60_000,
    absoluteTimeoutMs: positive(env.YUKK_SESSION_ABSOLUTE_HOURS, 12) * 3_600_000,
    cookieSecure: env.YUKK_COOKIE_SECURE === '1',
    adminUser: env.YUKK_ADMIN_USER || undefined,
    adminPassword: env.YUKK_ADMIN_PASSWORD || undefined,
    demoUsers: env.YUKK_DEMO_USERS === '1',
  };
}
