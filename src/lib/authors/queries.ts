import { unstable_cache } from 'next/cache';
import { getListingPage } from '@/lib/articles/lists';
import type { ListingPage } from '@/lib/articles/listing';
import { photoSelect } from '@/lib/articles/select';
import type { PhotoView } from '@/lib/articles/types';
import { tags } from '@/lib/cache/tags';
import { readDb } from '@/lib/db/client';

// Author pages: the reporter's or columnist's profile and their published stories.

export type AuthorProfile = {
  id: number;
  slug: string;
  name: string;
  jobTitle: string;
  email: string | null;
  bio: string;
  isColumnist: boolean;
  photo: PhotoView | null;
};

export function getAuthorProfile(slug: string): Promise<AuthorProfile | null> {
  return unstable_cache(
    async () => {
      const author = await readDb.author.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, jobTitle: true, email: true, bio: true, isColumnist: true, photo: { select: photoSelect } },
      });
      return author && { ...author, photo: author.photo as PhotoView | null };
    },
    ['author', slug],
    { tags: [tags.author(slug)], revalidate: 3600 },
  )();
}

/** A page of the author's stories, newest first (stories they share a byline on included). */
export function getAuthorPage(author: AuthorProfile, page: number): Promise<ListingPage | null> {
  return getListingPage({ kind: 'author', id: author.id }, page, [tags.author(author.slug)]);
}
