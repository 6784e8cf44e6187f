import type { StoryLink } from '@/lib/articles/types';
import { paths } from '@/lib/urls';

type Props = { title: string; stories: StoryLink[]; numbered?: boolean; headingLevel?: 'h2' | 'h3'; className?: string; href?: string };

/** A titled list of headlines, as in the article sidebar and the front page's blocks. */
export function StoryList({ title, stories, numbered = false, headingLevel: Heading = 'h2', className = '', href }: Props) {
  if (stories.length === 0) return null;
  const List = numbered ? 'ol' : 'ul';
  return (
    <section className={`story-list ${className}`} aria-label={title}>
      <Heading>{href ? <a href={href}>{title}</a> : title}</Heading>
      <List>
        {stories.map((story) => (
          <li key={story.id}>
            <a href={paths.article(story)}>{story.headline}</a>
          </li>
        ))}
      </List>
    </section>
  );
}
