-- Search snippets (ts_headline) read each story's summary and body as plain words. Cleaning the
-- Markdown for every search ran five regular expressions over the ten shown stories' text, a
-- quarter of Postgres's time for a search for a common word; a trigger beside the search vector's
-- now does it once, when a story is written, into "searchText".
--
-- The private-use characters that mark matches (src/lib/search/snippet.ts) are removed first, so
-- only ts_headline can put them in a snippet. Then, in this order: directive lines (figures,
-- videos, pull-quote fences); raw HTML, which the renderer drops too; links keep their words and
-- lose their address; emphasis, headings, quotes, tables and code marks; runs of white space.
CREATE FUNCTION article_search_text(summary text, body text) RETURNS text AS $$
  SELECT regexp_replace(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(translate(coalesce(summary, '') || ' ' || coalesce(body, ''), U&'\E000\E001', ''), '^:{2,3}.*$', '', 'gn'),
          '<[^>]*>', ' ', 'g'),
        '!?\[([^\]]*)\]\([^)]*\)', '\1', 'g'),
      '[*_#>|~`]+', '', 'g'),
    '\s+', ' ', 'g')
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

ALTER TABLE "Article" ADD COLUMN "searchText" TEXT;

CREATE FUNCTION article_search_text_update() RETURNS trigger AS $$
BEGIN
  NEW."searchText" := article_search_text(NEW."summary", NEW."bodyMarkdown");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_search_text
  BEFORE INSERT OR UPDATE OF "summary", "bodyMarkdown" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_search_text_update();

-- A search reads the vector of every candidate (for a common word, the newest 1,000 matches)
-- twice, to match and to rank. At 2-3 KB it was moved out of its row into the TOAST table, so
-- each read was a TOAST fetch: matching and ranking a common word's 1,000 took 14 ms. MAIN keeps
-- the vector in its row (the bodies go out of line instead): 5 ms, for a heap twice the size.
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- Existing stories: the text, without firing the triggers (their vectors are current). A vector
-- is stored anew, and so moves into its row, only when it is a new value: `|| ''` makes it one.
UPDATE "Article" SET "searchText" = article_search_text("summary", "bodyMarkdown"), "searchVector" = "searchVector" || ''::tsvector;
