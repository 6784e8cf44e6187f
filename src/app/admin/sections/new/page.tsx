import { requirePermission } from '@/lib/auth/require-user';
import { createSectionAction } from '@/lib/directory/sections/actions';
import { listSections } from '@/lib/directory/sections/queries';
import { SectionForm } from '@/components/admin/section-form';

export const metadata = { title: 'New section' };

export default async function NewSectionPage() {
  await requirePermission('directory:manage');
  const parents = (await listSections()).map((s) => ({ value: String(s.id), label: `${'— '.repeat(s.depth)}${s.name}` }));
  return (
    <>
      <h1>New section</h1>
      <SectionForm action={createSectionAction} parents={parents} />
    </>
  );
}
