import { unstable_cache } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';
import { listCardSelect, toListCard, type ListCard } from './list-card';
import { findListingPage, type Listing } from './listing';
import { placedOrder } from './placement';
import { published } from './queries';

// The front page: editors choose the lead and the top stories (frontPagePlacement LEAD/TOP,
// ordered by frontPageRank); where they have not, the newest stories fill in. Below them, a
// block per section, the opinion strip and the multimedia strip, none repeating a story above.

export const TOP_STORIES = 4;
const BLOCK_STORIES = 4;
const OPINION_SLUG = 'opinion';

export type SectionBlock = { slug: string; name: string; stories: ListCard[] };
export type FrontPage = { lead: ListCard | null; top: ListCard[]; sections: SectionBlock[]; opinion: ListCard[]; multimedia: ListCard[] };

async function findPlaced(placement: 'LEAD' | 'TOP', take: number): Promise<ListCard[]> {
  const rows = await readDb.article.findMany({
    where: { ...published, frontPagePlacement: placement },
    orderBy: placedOrder,
    take,
    select: listCardSelect,
  });
  return rows.map(toListCard);
}

async function newest(listing: Listing, take: number): Promise<ListCard[]> {
  return (await findListingPage(listing, 1, take))?.stories ?? [];
}

async function findFrontPage(): Promise<FrontPage> {
  const [placedLead, placedTop, latest, sections, multimedia] = await Promise.all([
    findPlaced('LEAD', 1),
    findPlaced('TOP', TOP_STORIES),
    newest({ kind: 'latest' }, 1 + TOP_STORIES * 2),
    readDb.section.findMany({ where: { parentId: null }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true, children: { select: { id: true } } } }),
    newest({ kind: 'multimedia' }, BLOCK_STORIES * 2),
  ]);
  const seen = new Set<number>();
  const pick = (stories: ListCard[], take: number) => {
    const picked = stories.filter((story) => !seen.has(story.id)).slice(0, take);
    for (const story of picked) seen.add(story.id);
    return picked;
  };
  const lead = pick([...placedLead, ...latest], 1)[0] ?? null;
  const top = pick([...placedTop, ...latest], TOP_STORIES);
  const blocks = await Promise.all(
    sections.map(async (section) => ({
      slug: section.slug,
      name: section.name,
      stories: await newest({ kind: 'sections', sectionIds: [section.id, ...section.children.map((c) => c.id)] }, BLOCK_STORIES + TOP_STORIES + 1),
    })),
  );
  const opinion = blocks.find((block) => block.slug === OPINION_SLUG);
  return {
    lead,
    top,
    sections: blocks.filter((block) => block !== opinion).map((block) => ({ ...block, stories: pick(block.stories, BLOCK_STORIES) })).filter((block) => block.stories.length > 0),
    opinion: opinion ? pick(opinion.stories, BLOCK_STORIES) : [],
    multimedia: pick(multimedia, BLOCK_STORIES),
  };
}

export const getFrontPage = unstable_cache(findFrontPage, ['front-page'], { tags: [tags.articleLists, tags.navigation], revalidate: 60 });
