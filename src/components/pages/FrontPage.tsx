import { StoryCard } from '@/components/lists/StoryCard';
import { StoryList } from '@/components/lists/StoryList';
import type { FrontPage as FrontPageData, SectionBlock } from '@/lib/articles/front-page';
import type { StoryLink } from '@/lib/articles/types';
import type { ListCard } from '@/lib/articles/list-card';
import { site } from '@/lib/site';
import type { TopicLink } from '@/lib/topics/queries';
import { paths } from '@/lib/urls';

type Props = { front: FrontPageData; mostViewed: StoryLink[]; hotTopics: TopicLink[] };

function Strip({ title, href, stories, className }: { title: string; href: string; stories: ListCard[]; className: string }) {
  if (stories.length === 0) return null;
  return (
    <section className={`front-strip ${className}`} aria-labelledby={`${className}-heading`}>
      <h2 id={`${className}-heading`} className="block-heading">
        <a href={href}>{title}</a>
      </h2>
      <div className="strip-grid">
        {stories.map((story) => (
          <StoryCard key={story.id} story={story} showSummary={false} sizes="(min-width: 60em) 15em, 50vw" />
        ))}
      </div>
    </section>
  );
}

function SectionBlockView({ block }: { block: SectionBlock }) {
  const [first, ...rest] = block.stories;
  if (!first) return null;
  return (
    <section className="section-block" aria-labelledby={`block-${block.slug}`}>
      <h2 id={`block-${block.slug}`} className="block-heading">
        <a href={paths.section(block.slug)}>{block.name}</a>
      </h2>
      <StoryCard story={first} showSummary={false} sizes="(min-width: 60em) 22em, 100vw" />
      {rest.length > 0 && (
        <ul className="block-headlines">
          {rest.map((story) => (
            <li key={story.id}>
              <a href={paths.article(story)}>{story.headline}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The front page, from the lead story down: top stories, hot issues, sections, opinion, multimedia. */
export function FrontPage({ front, mostViewed, hotTopics }: Props) {
  return (
    <div className="front-page">
      <h1 className="visually-hidden">{site.name} {site.edition}</h1>
      {hotTopics.length > 0 && (
        <nav className="hot-issues" aria-label="Hot issues">
          <h2>Hot issues</h2>
          <ul>
            {hotTopics.map((topic) => (
              <li key={topic.slug}>
                <a href={paths.topic(topic.slug)}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="front-columns">
        <div className="front-top">
          {front.lead && <StoryCard story={front.lead} headingLevel="h2" priority className="story-card-lead" sizes="(min-width: 60em) 45em, 100vw" />}
          <div className="top-stories">
            {front.top.map((story) => (
              <StoryCard key={story.id} story={story} headingLevel="h2" sizes="(min-width: 60em) 20em, 100vw" />
            ))}
          </div>
        </div>
        <aside className="front-aside" aria-label="Most viewed">
          <StoryList title="Most viewed" stories={mostViewed} numbered className="most-viewed" />
          <p className="more-link"><a href={paths.latest()}>All the latest news</a></p>
        </aside>
      </div>
      <Strip title="Opinion" href={paths.section('opinion')} stories={front.opinion} className="opinion-strip" />
      <div className="section-blocks">
        {front.sections.map((block) => (
          <SectionBlockView key={block.slug} block={block} />
        ))}
      </div>
      <Strip title="Multimedia" href={paths.multimedia()} stories={front.multimedia} className="multimedia-strip" />
    </div>
  );
}
