import { Prisma } from '@/generated/prisma/client';

/**
 * Whether `error` is a unique-constraint violation on `field`. A form checks uniqueness before
 * writing; this catches the race where two people take the same slug at the same moment.
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes(field);
}
