// A newsroom user driving /admin over plain HTTP. Forms post to server actions with progressive
// enhancement, so reading a form's fields and posting them back is what a browser without
// JavaScript does; actions behind buttons are called as the client components call them.

export type FormFields = Map<string, string>;
type Form = { action: string; fields: FormFields; html: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
    code.startsWith('#x') ? String.fromCodePoint(parseInt(code.slice(2), 16))
      : code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1)))
        : entities[code.toLowerCase()] ?? whole);

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
  if (!match) return null;
  return decode(match[1] ?? match[2] ?? match[3] ?? '');
}

function parseForms(html: string): Form[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map(([formHtml]) => {
    const fields: FormFields = new Map();
    for (const [tag] of formHtml.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(tag, 'name');
      const type = (attribute(tag, 'type') ?? 'text').toLowerCase();
      if (!name || ['submit', 'button', 'file', 'image'].includes(type)) continue;
      if (['checkbox', 'radio'].includes(type) && attribute(tag, 'checked') === null) continue;
      fields.set(name, attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''));
    }
    for (const [, open, content] of formHtml.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/gi)) {
      const name = attribute(open!, 'name');
      if (name) fields.set(name, decode(content!.replace(/^\n/, '')));
    }
    for (const [, open, options] of formHtml.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/gi)) {
      const name = attribute(open!, 'name');
      const all = [...options!.matchAll(/<option\b[^>]*>/gi)].map(([tag]) => tag);
      const chosen = all.find((tag) => attribute(tag, 'selected') !== null) ?? all[0];
      if (name && chosen) fields.set(name, attribute(chosen, 'value') ?? '');
    }
    return { action: attribute(formHtml.slice(0, formHtml.indexOf('>') + 1), 'action') ?? '', fields, html: formHtml };
  });
}

export class NewsroomSession {
  private cookie = '';

  constructor(readonly origin: string) {}

  async page(path: string): Promise<{ status: number; html: string }> {
    const response = await fetch(new URL(path, this.origin), { headers: { cookie: this.cookie }, redirect: 'manual' });
    return { status: response.status, html: await response.text() };
  }

  /** Fills the first form on `path` that has every field in `changes`, and submits it. */
  async submit(path: string, changes: Record<string, string>): Promise<Response> {
    const { html } = await this.page(path);
    const form = parseForms(html).find((f) => Object.keys(changes).every((name) => f.fields.has(name)));
    if (!form) throw new Error(`No form on ${path} has the fields ${Object.keys(changes).join(', ')}`);
    const body = new FormData();
    for (const [name, value] of form.fields) body.set(name, changes[name] ?? value);
    const target = new URL(form.action && !form.action.startsWith('javascript:') ? form.action : path, this.origin);
    // Server actions refuse a POST whose Origin is missing or foreign, as they should.
    const response = await fetch(target, { method: 'POST', body, headers: { cookie: this.cookie, origin: this.origin }, redirect: 'manual' });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('newsroom_session='));
    if (session) this.cookie = session.split(';')[0]!;
    return response;
  }

  /**
   * Calls a server action the way the newsroom's client components do: a POST to the page that
   * uses it, naming the action by its build id, with the arguments as the body.
   */
  async callAction(path: string, actionId: string, args: unknown[]): Promise<string> {
    const response = await fetch(new URL(path, this.origin), {
      method: 'POST',
      body: JSON.stringify(args),
      headers: { cookie: this.cookie, origin: this.origin, 'next-action': actionId, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
      redirect: 'manual',
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`The action on ${path} answered HTTP ${response.status}`);
    return text;
  }

  async logIn(email: string, password: string): Promise<void> {
    const response = await this.submit('/admin/login', { email, password });
    if (!this.cookie) throw new Error(`Signing in as ${email} failed (HTTP ${response.status})`);
  }
}
