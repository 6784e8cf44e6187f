// A stand-in for the request Next.js would give server code: `vi.mock('next/headers', ...)`
// with these, then set cookies and headers per test. Only the framework is faked; the
// database under test is always the real one.

type StoredCookie = { value: string; options: Record<string, unknown> };

export const request = {
  cookies: new Map<string, StoredCookie>(),
  headers: new Headers(),
  /** False while "rendering a server component", where Next.js refuses cookie writes. */
  canSetCookies: true,
};

export function resetRequest(headers: Record<string, string> = {}) {
  request.cookies.clear();
  request.headers = new Headers(headers);
  request.canSetCookies = true;
}

function setCookie(name: string, value: string, options: Record<string, unknown> = {}) {
  if (!request.canSetCookies) throw new Error('Cookies can only be modified in a Server Action or Route Handler.');
  if (options.maxAge === 0) request.cookies.delete(name);
  else request.cookies.set(name, { value, options });
}

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => {
      const cookie = request.cookies.get(name);
      return cookie ? { name, value: cookie.value } : undefined;
    },
    set: setCookie,
    delete: (name: string) => setCookie(name, '', { maxAge: 0 }),
  }),
  headers: async () => request.headers,
};
