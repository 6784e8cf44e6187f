import { z } from 'zod';
import { Role } from '@/generated/prisma/enums';
import { emailSchema } from '@/lib/auth/email';
import { newPasswordSchema } from '@/lib/auth/password';
import { checkboxSchema, idSchema, nameSchema, optionalIdSchema } from '../fields';

// Newsroom accounts. Users have no `version` column: the edit form carries `updatedAt` as its
// optimistic lock instead.

export const roleSchema = z.enum(Role, { error: 'Choose a role.' });

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: newPasswordSchema,
  authorId: optionalIdSchema,
});

export const updateUserSchema = z.object({
  id: idSchema,
  updatedAt: z.coerce.date(),
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  disabled: checkboxSchema,
  authorId: optionalIdSchema,
});

export const resetPasswordSchema = z
  .object({ id: idSchema, password: newPasswordSchema, passwordConfirmation: z.string() })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'The two passwords differ.',
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
