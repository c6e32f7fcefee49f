/** The signed-in user. The session itself is an httpOnly cookie the browser handles. */
import { api, Role, User } from './api';

let current: User | null = null;

export function user(): User | null {
  return current;
}

export function hasRole(...roles: Role[]): boolean {
  return !!current && roles.some((r) => current!.roles.includes(r));
}

export async function restore(): Promise<User | null> {
  try {
    current = await api.me();
  } catch {
    current = null;
  }
  return current;
}

export async function signIn(username: string, password: string): Promise<User> {
  current = await api.login(username, password);
  return current;
}

export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    current = null;
  }
}

export function forget(): void {
  current = null;
}
