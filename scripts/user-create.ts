// Creates a newsroom account on DATABASE_URL (or the embedded database):
//   npm run user:create -- --email a@b.c --name "Jane Editor" --role admin [--password ...] [--author author-slug]
// Without --password a strong one is generated and printed once.
import { parseArgs } from 'node:util';
import { withDatabaseUrl } from '../src/lib/db/embedded';
import { generatePassword } from '../src/lib/auth/password';
import { createUserSchema } from '../src/lib/directory/users/schema';

const usage =
  'Usage: npm run user:create -- --email a@b.c --name "Jane Editor" --role reporter|editor|admin [--password ...] [--author author-slug]';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'reporter' },
    password: { type: 'string' },
    author: { type: 'string' },
  },
});

const parsed = createUserSchema.omit({ authorId: true }).safeParse({
  email: values.email ?? '',
  name: values.name ?? '',
  role: values.role?.toUpperCase(),
  password: values.password ?? generatePassword(),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
  console.error(usage);
  process.exit(2);
}

async function create(url: string) {
  process.env.DATABASE_URL = url;
  // Imported only now, so the database client is created with the URL chosen above.
  const { db } = await import('../src/lib/db/client');
  const { createUser } = await import('../src/lib/directory/users/mutations');
  try {
    const author = values.author ? await db.author.findUnique({ where: { slug: values.author }, select: { id: true } }) : null;
    if (values.author && !author) throw new Error(`No author has the slug "${values.author}".`);
    return await createUser({ ...parsed.data!, authorId: author?.id ?? null });
  } finally {
    await db.$disconnect();
  }
}

try {
  const user = await withDatabaseUrl(create);
  console.log(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
  if (!values.password) console.log(`Password (shown only now, store it safely): ${parsed.data.password}`);
} catch (error) {
  const fieldErrors = (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
  console.error(fieldErrors ? Object.values(fieldErrors).flat().join('\n') : error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
