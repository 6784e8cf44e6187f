import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or has moved.</p>
      <p>
        <Link href="/">Go to the front page</Link> or <Link href="/search">search the archive</Link>.
      </p>
    </div>
  );
}
