import { FrontPage } from '@/components/pages/FrontPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { getFrontPage } from '@/lib/articles/front-page';
import { frontPageMetadata } from '@/lib/seo/page-metadata';
import { frontPageJsonLd } from '@/lib/seo/structured-data/pages';
import { getHotTopics } from '@/lib/topics/queries';
import { getMostViewed } from '@/lib/views/queries';

export const revalidate = 60;

export const metadata = frontPageMetadata();

export default async function FrontPageRoute() {
  const [front, mostViewed, hotTopics] = await Promise.all([getFrontPage(), getMostViewed(), getHotTopics()]);
  return (
    <>
      <JsonLd data={frontPageJsonLd()} />
      <FrontPage front={front} mostViewed={mostViewed} hotTopics={hotTopics} />
    </>
  );
}
