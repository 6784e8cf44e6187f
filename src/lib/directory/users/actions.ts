'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/auth/action';
import { directoryPaths, savedPath } from '../paths';
import { createUser, resetUserPassword, updateUser } from './mutations';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from './schema';

export const createUserAction = authedAction({ schema: createUserSchema, permission: 'user:manage' }, async (input) => {
  const user = await createUser(input);
  redirect(savedPath(directoryPaths.users(), user.name));
});

export const updateUserAction = authedAction({ schema: updateUserSchema, permission: 'user:manage' }, async (input, admin) => {
  await updateUser(input, admin.id);
  redirect(savedPath(directoryPaths.users(), input.name));
});

export const resetPasswordAction = authedAction(
  { schema: resetPasswordSchema, permission: 'user:manage' },
  async (input, admin) => {
    await resetUserPassword(input);
    if (input.id === admin.id) redirect('/admin/login');
    return { message: 'Password changed. The account has been signed out everywhere.' };
  },
);
