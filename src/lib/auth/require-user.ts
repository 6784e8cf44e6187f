import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/generated/prisma/client';
import { getCurrentUser } from './get-current-user';
import { can, hasRole, type Permission } from './permissions';
import type { SessionUser } from './sessions';

export const LOGIN_PATH = '/admin/login';

/**
 * For admin pages and route handlers: the signed-in user, or a redirect to the login page.
 * With `role`, a user below it gets the 403 page (`forbidden()`, see src/app/admin/forbidden.tsx).
 */
export async function requireUser(role?: Role): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(LOGIN_PATH);
  if (role && !hasRole(user, role)) forbidden();
  return user;
}

/** Like `requireUser`, for a page that needs one permission rather than a role. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
