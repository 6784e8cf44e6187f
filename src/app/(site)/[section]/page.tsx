import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryCard } from '@/components/lists/StoryList';
import { getSectionArticles } from '@/lib/articles/queries';
import { getSection } from '@/lib/sections/queries';
import { paths } from '@/lib/urls';

export const revalidate = 300;

type Props = { params: Promise<{ section: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection((await params).section);
  if (!section) return {};
  return { title: section.name, description: section.description || undefined, alternates: { canonical: paths.section(section.slug) } };
}

export default async function SectionPage({ params }: Props) {
  const section = await getSection((await params).section);
  if (!section) notFound();
  const stories = await getSectionArticles(section.slug, 20);
  return (
    <div className="section-page">
      <header className="page-header">
        {section.parent && (
          <p className="section-label">
            <Link href={paths.section(section.parent.slug)}>{section.parent.name}</Link>
          </p>
        )}
        <h1>{section.name}</h1>
        {section.description && <p className="page-description">{section.description}</p>}
        {section.children.length > 0 && (
          <nav aria-label={`${section.name} subsections`} className="subsection-nav">
            <ul>
              {section.children.map((child) => (
                <li key={child.slug}>
                  <Link href={paths.section(child.slug)}>{child.name}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      {stories.length === 0 ? (
        <p>No stories in this section yet.</p>
      ) : (
        <div className="story-grid">
          {stories.map((story, index) => (
            <StoryCard key={story.id} story={story} headingLevel="h2" priority={index === 0} />
          ))}
        </div>
      )}
    </div>
  );
}
