import { db } from '@/lib/db/client';

// The directory's reads of newsroom accounts. Password hashes never leave this module.

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, author: { select: { name: true } } },
  });
}

export function getUserForEdit(id: number) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, authorId: true, updatedAt: true },
  });
}

export type UserForEdit = NonNullable<Awaited<ReturnType<typeof getUserForEdit>>>;
