import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-user';
import { updateSectionAction } from '@/lib/directory/sections/actions';
import { getSectionForEdit, listSections } from '@/lib/directory/sections/queries';
import { idFromParam } from '@/lib/directory/paths';
import { SectionForm } from '@/components/admin/section-form';

export const metadata = { title: 'Edit section' };

export default async function EditSectionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('directory:manage');
  const id = idFromParam((await params).id);
  const [section, all] = await Promise.all([id ? getSectionForEdit(id) : null, listSections()]);
  if (!section) notFound();
  // The section itself is left out; choosing one of its subsections is refused on save.
  const parents = all.filter((s) => s.id !== section.id).map((s) => ({ value: String(s.id), label: `${'— '.repeat(s.depth)}${s.name}` }));
  return (
    <>
      <h1>{section.name}</h1>
      <SectionForm action={updateSectionAction} section={section} parents={parents} />
    </>
  );
}
