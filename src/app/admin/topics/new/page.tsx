import { requirePermission } from '@/lib/auth/require-user';
import { createTopicAction } from '@/lib/directory/topics/actions';
import { TopicForm } from '@/components/admin/topic-form';

export const metadata = { title: 'New topic' };

export default async function NewTopicPage() {
  await requirePermission('directory:manage');
  return (
    <>
      <h1>New topic</h1>
      <TopicForm action={createTopicAction} />
    </>
  );
}
