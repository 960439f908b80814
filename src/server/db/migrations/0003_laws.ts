import { sql, type Kysely } from 'kysely';

/**
 * The law library (法律法规库): instruments, their versions, and each version's structure
 * 章 → 节 → 条 → 款 → 项. Filled by the importer (src/server/legal/law-import.service.ts) from the
 * statute texts and their manifest.json; a re-import replaces a version's structure in place.
 *
 * Search: `search_tokens` holds the article text segmented by jieba (space-joined), indexed as a
 * tsvector with the 'simple' configuration (PostgreSQL's parser does not split Chinese words);
 * a trigram index on the raw text serves substring search for short queries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE laws (
      slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      title text NOT NULL UNIQUE,
      short_title text NOT NULL,
      level text NOT NULL CHECK (level IN ('法律', '行政法规', '地方性法规', '部门规章', '规范性文件', '标准')),
      issuer text NOT NULL,
      status text NOT NULL CHECK (status IN ('现行有效', '已修订', '已废止')),
      sort integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE law_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      law_slug text NOT NULL REFERENCES laws(slug) ON UPDATE CASCADE,
      label text NOT NULL,
      doc_number text,
      adopted date NOT NULL,
      effective date NOT NULL,
      expires date,
      status text NOT NULL CHECK (status IN ('现行有效', '已修订', '已废止')),
      note text,
      source_file text NOT NULL,
      source text,
      history text,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      article_count integer NOT NULL CHECK (article_count > 0),
      imported_at timestamptz NOT NULL,
      UNIQUE (law_slug, effective),
      CHECK (expires IS NULL OR expires > effective)
    )`.execute(db);

  await sql`
    CREATE TABLE law_chapters (
      version_id uuid NOT NULL REFERENCES law_versions(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      title text NOT NULL,
      line integer NOT NULL,
      PRIMARY KEY (version_id, number)
    )`.execute(db);

  await sql`
    CREATE TABLE law_sections (
      version_id uuid NOT NULL,
      chapter integer NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      title text NOT NULL,
      line integer NOT NULL,
      PRIMARY KEY (version_id, chapter, number),
      FOREIGN KEY (version_id, chapter) REFERENCES law_chapters(version_id, number) ON DELETE CASCADE
    )`.execute(db);

  await sql`
    CREATE TABLE law_articles (
      version_id uuid NOT NULL REFERENCES law_versions(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      chapter integer,
      section integer,
      text text NOT NULL,
      line integer NOT NULL,
      search_tokens text NOT NULL,
      search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED,
      PRIMARY KEY (version_id, number),
      FOREIGN KEY (version_id, chapter) REFERENCES law_chapters(version_id, number) ON DELETE CASCADE,
      CHECK (section IS NULL OR chapter IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX law_articles_tsv_idx ON law_articles USING gin (search_tsv)`.execute(db);
  await sql`CREATE INDEX law_articles_text_trgm_idx ON law_articles USING gin (text gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE law_paragraphs (
      version_id uuid NOT NULL,
      article integer NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      text text NOT NULL,
      line integer NOT NULL,
      PRIMARY KEY (version_id, article, number),
      FOREIGN KEY (version_id, article) REFERENCES law_articles(version_id, number) ON DELETE CASCADE
    )`.execute(db);

  await sql`
    CREATE TABLE law_items (
      version_id uuid NOT NULL,
      article integer NOT NULL,
      paragraph integer NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      text text NOT NULL,
      line integer NOT NULL,
      PRIMARY KEY (version_id, article, paragraph, number),
      FOREIGN KEY (version_id, article, paragraph) REFERENCES law_paragraphs(version_id, article, number) ON DELETE CASCADE
    )`.execute(db);
}
