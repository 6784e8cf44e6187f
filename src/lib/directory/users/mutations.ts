import { db } from '@/lib/db/client';
import { fieldError } from '@/lib/auth/action-error';
import { hashPassword } from '@/lib/auth/password';
import { deleteUserSessions } from '@/lib/auth/sessions';
import { conflictError, notFoundError } from '../errors';
import { isUniqueViolation } from '../unique-violation';
import { getUserForEdit } from './queries';
import { createUserSchema, type CreateUserInput, type ResetPasswordInput, type UpdateUserInput } from './schema';

// Writes to newsroom accounts. Callers have checked the permission; `createUser` validates its
// own input because the command line and the demo seed call it too.

const emailTaken = () => fieldError('email', 'Another account already uses this email.');
const authorTaken = () => fieldError('authorId', 'This author is already linked to another account.');

function translateUniqueViolation(error: unknown): never {
  if (isUniqueViolation(error, 'email')) throw emailTaken();
  if (isUniqueViolation(error, 'authorId')) throw authorTaken();
  throw error;
}

export async function createUser(input: CreateUserInput) {
  const { password, ...fields } = createUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email: fields.email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { ...fields, passwordHash }, select: { id: true, email: true, name: true, role: true } });
  } catch (error) {
    translateUniqueViolation(error);
  }
}

/** `actorId` is the admin saving the form: nobody may disable or demote themselves. */
export async function updateUser({ id, updatedAt, ...fields }: UpdateUserInput, actorId: number) {
  if (id === actorId && fields.disabled) throw fieldError('disabled', 'You cannot disable your own account.');
  if (id === actorId && fields.role !== 'ADMIN') throw fieldError('role', 'You cannot remove your own admin role.');
  const clash = await db.user.findUnique({ where: { email: fields.email }, select: { id: true } });
  if (clash && clash.id !== id) throw emailTaken();
  try {
    const { count } = await db.user.updateMany({ where: { id, updatedAt }, data: { ...fields, updatedAt: new Date() } });
    if (count === 0) {
      const current = await getUserForEdit(id);
      throw current ? conflictError('account', { ...current, updatedAt: current.updatedAt.toISOString() }) : notFoundError('account');
    }
  } catch (error) {
    translateUniqueViolation(error);
  }
  if (fields.disabled) await deleteUserSessions(id);
}

/** Sets a new password and signs the account out everywhere. */
export async function resetUserPassword({ id, password }: Pick<ResetPasswordInput, 'id' | 'password'>) {
  const { count } = await db.user.updateMany({ where: { id }, data: { passwordHash: await hashPassword(password) } });
  if (count === 0) throw notFoundError('account');
  await deleteUserSessions(id);
}
