
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or has moved.</p>
      <p>
        <a href="/">Go to the front page</a> or <a href="/search">search the archive</a>.
      </p>
    </div>
  );
}
