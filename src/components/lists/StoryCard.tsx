import { Photo } from '@/components/media/Photo';
import type { ListCard } from '@/lib/articles/list-card';
import type { ArticleCard } from '@/lib/articles/types';
import { formatKstDate, toKstIso } from '@/lib/time/kst';
import { paths } from '@/lib/urls';

type Story = ArticleCard & Partial<Pick<ListCard, 'columnist' | 'video' | 'galleryPhotos'>>;

type Props = {
  story: Story;
  headingLevel?: 'h2' | 'h3';
  showPhoto?: boolean;
  showSummary?: boolean;
  priority?: boolean;
  /** The photo's displayed width, for the browser's choice among the stored widths. */
  sizes?: string;
  className?: string;
};

function mediaLabel(story: Story): string | null {
  if (story.video) return 'Video';
  if (story.galleryPhotos && story.galleryPhotos > 1) return `Gallery · ${story.galleryPhotos} photos`;
  return null;
}

/** A story in a list: photo, headline, columnist (for columns), summary, date and bylines. */
export function StoryCard({ story, headingLevel: Heading = 'h3', showPhoto = true, showSummary = true, priority = false, sizes = '(min-width: 60em) 20em, 100vw', className = '' }: Props) {
  const href = paths.article(story);
  const label = mediaLabel(story);
  return (
    <article className={`story-card ${className}`}>
      {showPhoto && story.leadImage && (
        <a href={href} tabIndex={-1} aria-hidden="true" className="story-card-photo">
          <Photo photo={story.leadImage} sizes={sizes} priority={priority} />
        </a>
      )}
      {label && <p className="story-card-label">{label}</p>}
      <Heading>
        <a href={href}>{story.headline}</a>
      </Heading>
      {story.columnist && (
        <p className="columnist">
          {story.columnist.photo && <Photo photo={story.columnist.photo} sizes="3rem" className="columnist-photo" />}
          <a href={paths.author(story.columnist.slug)}>{story.columnist.name}</a>
        </p>
      )}
      {showSummary && story.summary && <p className="summary">{story.summary}</p>}
      <p className="meta">
        <time dateTime={toKstIso(new Date(story.publishedAt))}>{formatKstDate(new Date(story.publishedAt))}</time>
        {story.bylines.length > 0 && !story.columnist && <> · {story.bylines.map((b) => b.name).join(', ')}</>}
      </p>
    </article>
  );
}
