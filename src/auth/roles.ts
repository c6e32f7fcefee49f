import { SetMetadata } from '@nestjs/common';

export const ROLES = ['analyst', 'officer', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_KEY = 'yukk:roles';
export const PUBLIC_KEY = 'yukk:public';

/** The roles of which the caller needs at least one. An /api handler without @Roles or @Public is denied to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No session needed (sign-in only). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in user as the guard attaches it to the request. */
export interface Principal {
  username: string;
  displayName: string;
  roles: Role[];
  groups: string[];
  sessionId: string;
  expiresAt: number;
}
