'use server';

import { revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/auth/action';
import { tags } from '@/lib/cache/tags';
import { awaitReplicas } from '@/lib/db/client';
import { directoryPaths, savedPath } from '../paths';
import { createSection, updateSection } from './mutations';
import { createSectionSchema, updateSectionSchema } from './schema';

// A section's page lists its subsections, so a change also refreshes its parents' pages; every
// section is in the site's navigation.
async function revalidateSections(slugs: string[]) {
  await awaitReplicas();
  for (const slug of slugs) revalidateTag(tags.section(slug), 'max');
  revalidateTag(tags.navigation, 'max');
}

export const createSectionAction = authedAction(
  { schema: createSectionSchema, permission: 'directory:manage' },
  async (input) => {
    const { section, affectedSlugs } = await createSection(input);
    await revalidateSections(affectedSlugs);
    redirect(savedPath(directoryPaths.sections(), section.name));
  },
);

export const updateSectionAction = authedAction(
  { schema: updateSectionSchema, permission: 'directory:manage' },
  async (input) => {
    const { affectedSlugs } = await updateSection(input);
    await revalidateSections(affectedSlugs);
    redirect(savedPath(directoryPaths.sections(), input.name));
  },
);
