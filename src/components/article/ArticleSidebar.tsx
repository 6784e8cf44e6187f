import { StoryList } from '@/components/lists/StoryList';
import { getRelatedArticles, getSectionHeadlines } from '@/lib/articles/queries';
import type { ArticleView } from '@/lib/articles/types';
import { getHotTopics } from '@/lib/topics/queries';
import { paths } from '@/lib/urls';
import { getMostViewed } from '@/lib/views/queries';

/**
 * Related stories, most viewed, hot issues and opinion, beside the article. The related stories
 * are read on each render of the page; the shared lists come from the data cache and give the page
 * their tags (`articles`, `most-viewed`), which every change to a published story expires.
 */
export async function ArticleSidebar({ article }: { article: ArticleView }) {
  const [related, mostViewed, topics, opinion] = await Promise.all([
    getRelatedArticles(article.id, article.section.slug),
    getMostViewed(),
    getHotTopics(),
    getSectionHeadlines('opinion', 4),
  ]);
  return (
    <aside className="article-sidebar" aria-label="More stories">
      <StoryList title="Related stories" stories={related} className="related" />
      <StoryList title="Most viewed articles" stories={mostViewed} numbered className="most-viewed" />
      {topics.length > 0 && (
        <section className="story-list hot-issues" aria-label="Hot issues">
          <h2>Hot issue</h2>
          <ul>
            {topics.map((topic) => (
              <li key={topic.slug}>
                <a href={paths.topic(topic.slug)}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <StoryList title="Opinion" stories={opinion.filter((s) => s.id !== article.id)} href={paths.section('opinion')} className="opinion" />
    </aside>
  );
}
