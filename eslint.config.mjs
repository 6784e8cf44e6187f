import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // The reader's site links with plain <a>: a full page load of cached HTML is fast, and next/link
  // would prefetch every story on screen (one request each) and hydrate a client component per
  // link (README, "Performance"). The newsroom keeps next/link.
  {
    files: ['src/components/**/*.tsx', 'src/app/not-found.tsx', 'src/app/(site)/**/*.tsx'],
    ignores: ['src/components/admin/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'src/generated/**', '.data/**', 'storage/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
