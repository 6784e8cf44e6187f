// The publication's identity and contact lines. Each can be set by environment for another paper.

export const site = {
  name: process.env.SITE_NAME ?? 'The Hankyoreh',
  edition: process.env.SITE_EDITION ?? 'English Edition',
  description:
    process.env.SITE_DESCRIPTION ??
    'News from Korea in English: North Korea, politics, economy, society, international affairs, opinion and culture.',
  language: 'en',
  contactEmail: process.env.NEWSROOM_EMAIL ?? 'english@hani.co.kr',
  originalEdition: { name: '한겨레 (Korean edition)', url: process.env.ORIGINAL_EDITION_URL ?? 'https://www.hani.co.kr', language: 'ko' },
};
