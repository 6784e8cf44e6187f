// The words of the synthetic corpus: a seeded generator, so every run loads the same newsroom.
// Every body mentions "Korea" (the common search word); `rareWord` appears only in a few headlines.

export const commonWord = 'Korea';
export const rareWord = 'zelkova';

export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export const headlineSubjects = [
  'Seoul', 'Pyongyang', 'The National Assembly', 'The Bank of Korea', 'Samsung', 'Hyundai', 'Labor unions',
  'The Constitutional Court', 'Busan port', 'Farmers in Jeolla', 'The Blue House', 'Prosecutors', 'Chaebol reformers',
  'Tenants in Incheon', 'The Defense Ministry', 'Climate activists', 'K-pop agencies', 'Teachers', 'Nurses', 'Exporters',
] as const;
export const headlineVerbs = [
  'weighs', 'rejects', 'backs', 'questions', 'delays', 'unveils', 'braces for', 'pushes back on', 'signs off on',
  'reconsiders', 'warns over', 'eyes',
] as const;
export const headlineObjects = [
  'new chip subsidies', 'talks with Washington', 'a minimum wage rise', 'missile test fallout', 'rent controls',
  'the housing bubble', 'coal phase-out plans', 'a special counsel probe', 'tariff threats', 'pension reform',
  'the birth rate crisis', 'a four-day week', 'nuclear energy targets', 'border loudspeakers', 'a trade deal with Tokyo',
] as const;

const people = ['Kim Min-ji', 'Lee Jae-won', 'Park Soo-hyun', 'Choi Eun-young', 'Jung Tae-ho', 'Han Seo-yeon', 'Yoon Ji-hoon', 'Kang Mi-rae'];
const places = ['Seoul', 'Busan', 'Incheon', 'Gwangju', 'Daegu', 'Ulsan', 'Sejong', 'Jeju', 'Changwon', 'Suwon'];
const themes = ['housing', 'wages', 'exports', 'the alliance with the United States', 'semiconductors', 'the birth rate', 'energy', 'education', 'elections', 'trade with China'];

function sentence(random: () => number): string {
  const forms = [
    () => `${pick(random, people)}, an official in ${pick(random, places)}, said the plan on ${pick(random, themes)} would be reviewed again before the end of the year.`,
    () => `The debate over ${pick(random, themes)} has divided lawmakers in South Korea for months, and neither party expects a quick compromise.`,
    () => `Figures released on Monday showed that ${pick(random, themes)} remained the main worry for households in ${pick(random, places)} and across Korea.`,
    () => `Critics argue the government moved too slowly, while supporters say the measures on ${pick(random, themes)} need time to take effect.`,
    () => `"We cannot wait for another report," said ${pick(random, people)}, who has followed ${pick(random, themes)} in ${pick(random, places)} for a decade.`,
    () => `Economists at several research institutes in Korea cautioned that the outlook for ${pick(random, themes)} depends heavily on decisions made abroad.`,
    () => `Residents of ${pick(random, places)} gathered outside city hall on Saturday, calling for clearer answers on ${pick(random, themes)}.`,
  ];
  return pick(random, forms)();
}

function paragraph(random: () => number, sentences = 4): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** One article body of about 700 words, using the Markdown a news story uses (headings, quotes, lists, a figure). */
export function articleBody(seed: number, figureSrc: string | null): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) parts.push(paragraph(random));
  parts.push(`## What changes for ${pick(random, themes)}`);
  parts.push(paragraph(random), paragraph(random, 3));
  parts.push(`:::pullquote{cite="${pick(random, people)}"}\n${sentence(random)}\n:::`);
  if (figureSrc) parts.push(`::figure[Officials in ${pick(random, places)} on Monday.]{src="${figureSrc}" alt="A briefing room" credit="Yonhap News"}`);
  parts.push(paragraph(random), paragraph(random, 3));
  parts.push('Key figures from the ministry:', `- ${sentence(random)}\n- ${sentence(random)}\n- ${sentence(random)}`);
  parts.push(`## Reaction in ${pick(random, places)}`);
  parts.push(paragraph(random), `> ${sentence(random)}`, paragraph(random, 3));
  parts.push(`Read more about [${pick(random, themes)}](https://english.hani.co.kr/) in our earlier coverage.`);
  return parts.join('\n\n');
}

export function summary(random: () => number): string {
  return `${sentence(random)} ${sentence(random)}`.slice(0, 280);
}

export const givenNames = ['Min-ji', 'Jae-won', 'Soo-hyun', 'Eun-young', 'Tae-ho', 'Seo-yeon', 'Ji-hoon', 'Mi-rae', 'Hyun-woo', 'Da-eun', 'Sung-min', 'Ye-jin'];
export const familyNames = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin'];
export const tagWords = [
  'inflation', 'tariffs', 'chips', 'missiles', 'housing', 'unions', 'elections', 'courts', 'climate', 'coal', 'nuclear',
  'pensions', 'wages', 'rent', 'exports', 'Japan', 'China', 'USA', 'Busan', 'Seoul', 'Incheon', 'students', 'hospitals',
  'doctors', 'farmers', 'fisheries', 'startups', 'K-pop', 'film', 'baseball', 'football', 'Olympics', 'heritage',
];
