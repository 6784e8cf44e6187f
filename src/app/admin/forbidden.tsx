import Link from 'next/link';

// Shown (with status 403) when a signed-in member opens a page their role does not allow.
export default function Forbidden() {
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p>Your role does not include this part of the newsroom. Ask an admin if you need it.</p>
      <p><Link href="/admin">Back to the dashboard</Link></p>
    </>
  );
}
