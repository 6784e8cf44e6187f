import { db } from '@/lib/db/client';
import type { Role } from '@/generated/prisma/enums';
import { createUser } from '@/lib/directory/users/mutations';

// Accounts for the embedded demo database only: their passwords are public. The embedded
// first-start seed calls this; nothing calls it when DATABASE_URL names a real server.

export const demoUsers: { email: string; name: string; role: Role; password: string; authorSlug?: string }[] = [
  { email: 'admin@newsroom.local', name: 'Demo Admin', role: 'ADMIN', password: 'newsroom-demo-admin' },
  { email: 'editor@newsroom.local', name: 'Demo Editor', role: 'EDITOR', password: 'newsroom-demo-editor' },
  {
    email: 'reporter@newsroom.local',
    name: 'Demo Reporter',
    role: 'REPORTER',
    password: 'newsroom-demo-reporter',
    authorSlug: 'hwang-joon-bum',
  },
];

/** Creates the demo accounts that do not exist yet; existing ones are left as they are. */
export async function ensureDemoUsers(): Promise<void> {
  for (const { authorSlug, ...account } of demoUsers) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    const author = authorSlug
      ? await db.author.findFirst({ where: { slug: authorSlug, user: null }, select: { id: true } })
      : null;
    await createUser({ ...account, authorId: author?.id ?? null });
  }
}
