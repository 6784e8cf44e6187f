-- An article saved without sub-headlines (NULL rather than an empty list) got no search vector
-- at all: array_to_string(NULL) is NULL, and NULL || anything is NULL. Treat NULL as empty.
CREATE OR REPLACE FUNCTION article_search_vector_update() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."headline", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(array_to_string(NEW."subheadlines", ' '), '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."summary", '')), 'C') ||
    setweight(to_tsvector('english', coalesce(NEW."bodyMarkdown", '')), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

UPDATE "Article" SET "headline" = "headline" WHERE "searchVector" IS NULL;
