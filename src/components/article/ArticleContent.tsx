import type { ArticleView } from '@/lib/articles/types';
import { videoEmbedUrl } from '@/lib/markdown/video';
import { Gallery } from '@/components/media/Gallery';
import { LeadVideo } from '@/components/media/LeadVideo';
import { CaptionedPhoto } from '@/components/media/Photo';
import { ArticleFooter } from './ArticleFooter';
import { ArticleHeader } from './ArticleHeader';
import { Byline } from './Byline';

/** The story as readers see it: the public page and the newsroom's preview both render this. */
export function ArticleContent({ article, children }: { article: ArticleView; children?: React.ReactNode }) {
  return (
    <article className="article" lang={article.language}>
      <ArticleHeader article={article} />
      {article.videoUrl && videoEmbedUrl(article.videoUrl) ? (
        <LeadVideo url={article.videoUrl} title={article.headline} />
      ) : (
        article.leadImage && <CaptionedPhoto photo={article.leadImage} sizes="(min-width: 60em) 45em, 100vw" priority />
      )}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <Gallery photos={article.gallery} />
      <Byline authors={article.authors} />
      <ArticleFooter article={article} />
      {children}
    </article>
  );
}
