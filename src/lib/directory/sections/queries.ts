import { db } from '@/lib/db/client';

// The directory's reads of sections, for the newsroom's own pages.

/** Every section, parents before their children, each level in its set order. */
export async function listSections() {
  const sections = await db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, parentId: true, position: true },
  });
  const byParent = new Map<number | null, typeof sections>();
  for (const section of sections) byParent.set(section.parentId, [...(byParent.get(section.parentId) ?? []), section]);
  const ordered: (typeof sections[number] & { depth: number })[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const section of byParent.get(parentId) ?? []) {
      ordered.push({ ...section, depth });
      visit(section.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

export function getSectionForEdit(id: number) {
  return db.section.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, description: true, parentId: true, position: true, version: true },
  });
}

export type SectionForEdit = NonNullable<Awaited<ReturnType<typeof getSectionForEdit>>>;
