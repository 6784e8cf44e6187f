import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { LoginForm } from '@/components/admin/login-form';

export const metadata = { title: 'Sign in' };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect('/admin');
  return (
    <div className="admin-login">
      <h1>Sign in to the newsroom</h1>
      <LoginForm />
    </div>
  );
}
