-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "hasMultimedia" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Article_hasMultimedia_status_publishedAt_id_idx" ON "Article"("hasMultimedia", "status", "publishedAt" DESC, "id" DESC);

-- "hasMultimedia" is kept current by triggers, so every writer (the newsroom, the importer, bulk
-- loads) gets it: a story is multimedia when it has a video or at least one gallery photo.
CREATE FUNCTION article_has_multimedia(article_id INTEGER, video_url TEXT) RETURNS BOOLEAN AS $$
  SELECT video_url IS NOT NULL OR EXISTS (SELECT 1 FROM "ArticleMedia" WHERE "articleId" = article_id)
$$ LANGUAGE sql STABLE;

CREATE FUNCTION article_multimedia_update() RETURNS trigger AS $$
BEGIN
  NEW."hasMultimedia" := article_has_multimedia(NEW."id", NEW."videoUrl");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_multimedia
  BEFORE INSERT OR UPDATE OF "videoUrl" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_multimedia_update();

CREATE FUNCTION article_gallery_multimedia_update() RETURNS trigger AS $$
DECLARE
  article_id INTEGER := CASE WHEN TG_OP = 'DELETE' THEN OLD."articleId" ELSE NEW."articleId" END;
BEGIN
  UPDATE "Article" SET "hasMultimedia" = article_has_multimedia("id", "videoUrl")
    WHERE "id" = article_id AND "hasMultimedia" IS DISTINCT FROM article_has_multimedia("id", "videoUrl");
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_gallery_multimedia
  AFTER INSERT OR DELETE ON "ArticleMedia"
  FOR EACH ROW EXECUTE FUNCTION article_gallery_multimedia_update();

UPDATE "Article" SET "hasMultimedia" = article_has_multimedia("id", "videoUrl");
