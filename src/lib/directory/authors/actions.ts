'use server';

import { revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/auth/action';
import { tags } from '@/lib/cache/tags';
import { awaitReplicas } from '@/lib/db/client';
import { directoryPaths, savedPath } from '../paths';
import { createAuthor, updateAuthor } from './mutations';
import { createAuthorSchema, updateAuthorSchema } from './schema';

export const createAuthorAction = authedAction(
  { schema: createAuthorSchema, permission: 'directory:manage' },
  async (input) => {
    const author = await createAuthor(input);
    await awaitReplicas();
    revalidateTag(tags.author(author.slug), 'max');
    redirect(savedPath(directoryPaths.authors(), author.name));
  },
);

export const updateAuthorAction = authedAction(
  { schema: updateAuthorSchema, permission: 'directory:manage' },
  async (input) => {
    const { previousSlug, slug } = await updateAuthor(input);
    await awaitReplicas();
    revalidateTag(tags.author(slug), 'max');
    if (previousSlug !== slug) revalidateTag(tags.author(previousSlug), 'max');
    redirect(savedPath(directoryPaths.authors(), input.name));
  },
);
