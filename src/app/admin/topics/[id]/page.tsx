import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-user';
import { updateTopicAction } from '@/lib/directory/topics/actions';
import { getTopicForEdit } from '@/lib/directory/topics/queries';
import { idFromParam } from '@/lib/directory/paths';
import { TopicForm } from '@/components/admin/topic-form';

export const metadata = { title: 'Edit topic' };

export default async function EditTopicPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('directory:manage');
  const id = idFromParam((await params).id);
  const topic = id ? await getTopicForEdit(id) : null;
  if (!topic) notFound();
  return (
    <>
      <h1>{topic.name}</h1>
      <TopicForm action={updateTopicAction} topic={topic} />
    </>
  );
}
