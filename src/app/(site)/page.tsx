import { StoryCard, StoryList } from '@/components/lists/StoryList';
import { getLatestArticles } from '@/lib/articles/queries';
import { site } from '@/lib/site';
import { getMostViewed } from '@/lib/views/queries';

export const revalidate = 60;

export default async function FrontPage() {
  const [latest, mostViewed] = await Promise.all([getLatestArticles(21), getMostViewed()]);
  const [lead, ...rest] = latest;
  return (
    <div className="front-page">
      <h1 className="visually-hidden">{site.name} {site.edition}</h1>
      <div className="front-columns">
        <div className="front-main">
          {lead && <StoryCard story={lead} headingLevel="h2" priority />}
          <div className="story-grid">
            {rest.map((story) => (
              <StoryCard key={story.id} story={story} />
            ))}
          </div>
        </div>
        <aside className="front-aside" aria-label="Most viewed">
          <StoryList title="Most viewed articles" stories={mostViewed} numbered className="most-viewed" />
        </aside>
      </div>
    </div>
  );
}
