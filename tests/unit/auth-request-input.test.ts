import { expect, test } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf, formValues } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { generatePassword, hashPassword, newPasswordSchema, verifyDummyPassword, verifyPassword } from '@/lib/auth/password';

test('the client address comes from the last X-Forwarded-For hop, and only behind a trusted proxy', () => {
  const headers = new Headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.7' });
  expect(clientAddress(headers, { TRUST_PROXY: '1' })).toBe('198.51.100.7');
  expect(clientAddress(headers, {})).toBeNull();
  expect(clientAddress(new Headers({ 'x-forwarded-for': 'not-an-address' }), { TRUST_PROXY: '1' })).toBeNull();
  expect(clientAddress(new Headers({ 'x-forwarded-for': '2001:db8::1' }), { TRUST_PROXY: '1' })).toBe('2001:db8::1');
});

test('form data becomes an object; repeated fields become arrays; framework fields are dropped', () => {
  const data = new FormData();
  data.append('name', 'Politics');
  data.append('topicIds', '1');
  data.append('topicIds', '2');
  data.append('$ACTION_ID_abc', '');
  expect(formValues(data)).toEqual({ name: 'Politics', topicIds: ['1', '2'] });
});

test('validation issues become messages per field', () => {
  const schema = z.object({ slug: z.string().min(2, 'Too short.'), author: z.object({ id: z.number() }) });
  const result = schema.safeParse({ slug: 'a', author: { id: 'x' } });
  expect(result.success).toBe(false);
  expect(fieldErrorsOf(result.error!)).toEqual({ slug: ['Too short.'], 'author.id': [expect.any(String)] });
});

test('new passwords need twelve characters; hashes are argon2id and verify only the right password', async () => {
  expect(newPasswordSchema.safeParse('short pass').success).toBe(false);
  expect(newPasswordSchema.safeParse('twelve chars').success).toBe(true);
  const hash = await hashPassword('twelve chars');
  expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword(hash, 'twelve chars')).toBe(true);
  expect(await verifyPassword(hash, 'twelve chars!')).toBe(false);
  expect(await verifyPassword('not a hash', 'twelve chars')).toBe(false);
  expect(await verifyDummyPassword('anything')).toBe(false);
});

test('generated passwords are long and different each time', () => {
  const [a, b] = [generatePassword(), generatePassword()];
  expect(a).toHaveLength(24);
  expect(a).not.toBe(b);
});
