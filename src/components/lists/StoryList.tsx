import Link from 'next/link';
import type { ArticleCard } from '@/lib/articles/types';
import { formatKstDate } from '@/lib/time/kst';
import { paths } from '@/lib/urls';
import { Photo } from '@/components/media/Photo';

type Props = { title: string; stories: ArticleCard[]; numbered?: boolean; headingLevel?: 'h2' | 'h3'; className?: string; href?: string };

/** A titled list of headlines, as in the article sidebar and the front page's blocks. */
export function StoryList({ title, stories, numbered = false, headingLevel: Heading = 'h2', className = '', href }: Props) {
  if (stories.length === 0) return null;
  const List = numbered ? 'ol' : 'ul';
  return (
    <section className={`story-list ${className}`} aria-label={title}>
      <Heading>{href ? <Link href={href}>{title}</Link> : title}</Heading>
      <List>
        {stories.map((story) => (
          <li key={story.id}>
            <Link href={paths.article(story)}>{story.headline}</Link>
          </li>
        ))}
      </List>
    </section>
  );
}

/** A story with its photo, headline, summary and date, for section and front pages. */
export function StoryCard({ story, headingLevel: Heading = 'h3', showPhoto = true, priority = false }: { story: ArticleCard; headingLevel?: 'h2' | 'h3'; showPhoto?: boolean; priority?: boolean }) {
  return (
    <article className="story-card">
      {showPhoto && story.leadImage && (
        <Link href={paths.article(story)} tabIndex={-1} aria-hidden="true" className="story-card-photo">
          <Photo photo={story.leadImage} sizes="(min-width: 60em) 20em, 100vw" priority={priority} />
        </Link>
      )}
      <Heading>
        <Link href={paths.article(story)}>{story.headline}</Link>
      </Heading>
      {story.summary && <p className="summary">{story.summary}</p>}
      <p className="meta">
        <time dateTime={story.publishedAt}>{formatKstDate(new Date(story.publishedAt))}</time>
        {story.bylines.length > 0 && <> · {story.bylines.map((b) => b.name).join(', ')}</>}
      </p>
    </article>
  );
}
