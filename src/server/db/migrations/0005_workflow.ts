import { sql, type Kysely } from 'kysely';

/**
 * The enforcement workflow (issue #4): inspections, hazards, penalty cases (state + the
 * domain record as jsonb + an optimistic `version`), their deadlines, evidence files, and the
 * enforcement documents with their per-unit, per-kind, per-year counters.
 *
 * `enterprise_id` is repeated on deadlines, files and documents: jurisdiction is always
 * decided through the enterprise's org unit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE inspections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      type text NOT NULL CHECK (type IN ('planned', 'special', 'tip', 'accident', 'reinspection')),
      date date NOT NULL,
      state text NOT NULL,
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      record jsonb NOT NULL,
      participant_ids uuid[] NOT NULL DEFAULT '{}',
      started_at timestamptz,
      finished_at timestamptz,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX inspections_enterprise_idx ON inspections (enterprise_id)`.execute(db);
  await sql`CREATE INDEX inspections_participants_idx ON inspections USING gin (participant_ids)`.execute(db);
  await sql`CREATE INDEX inspections_state_idx ON inspections (state, updated_at DESC)`.execute(db);

  await sql`
    CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      title text NOT NULL,
      facts text NOT NULL DEFAULT '',
      violation_code text,
      party_kind text NOT NULL CHECK (party_kind IN ('organisation', 'citizen')),
      hazard_id uuid,
      inspection_id uuid REFERENCES inspections(id),
      discretion jsonb,
      state text NOT NULL,
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      record jsonb NOT NULL,
      participant_ids uuid[] NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX cases_enterprise_idx ON cases (enterprise_id)`.execute(db);
  await sql`CREATE INDEX cases_participants_idx ON cases USING gin (participant_ids)`.execute(db);
  await sql`CREATE INDEX cases_state_idx ON cases (state, updated_at DESC)`.execute(db);

  await sql`
    CREATE TABLE hazards (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      inspection_id uuid REFERENCES inspections(id),
      case_id uuid REFERENCES cases(id),
      description text NOT NULL,
      violation_code text,
      major_hazard boolean NOT NULL DEFAULT false,
      state text NOT NULL,
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      record jsonb NOT NULL,
      participant_ids uuid[] NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX hazards_enterprise_idx ON hazards (enterprise_id)`.execute(db);
  await sql`CREATE INDEX hazards_inspection_idx ON hazards (inspection_id)`.execute(db);
  await sql`CREATE INDEX hazards_participants_idx ON hazards USING gin (participant_ids)`.execute(db);
  await sql`CREATE INDEX hazards_state_idx ON hazards (state, updated_at DESC)`.execute(db);
  await sql`ALTER TABLE cases ADD CONSTRAINT cases_hazard_fk FOREIGN KEY (hazard_id) REFERENCES hazards(id)`.execute(db);

  // Legal deadlines as rows: computed with the injected clock by the transition that opened them.
  await sql`
    CREATE TABLE deadlines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      aggregate_type text NOT NULL CHECK (aggregate_type IN ('inspection', 'hazard', 'case')),
      aggregate_id uuid NOT NULL,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      kind text NOT NULL,
      ref text,
      due_date date NOT NULL,
      provisional boolean NOT NULL DEFAULT false,
      from_date date NOT NULL,
      rule_key text NOT NULL,
      rule_article text NOT NULL,
      rule_text text NOT NULL,
      opened_by text NOT NULL,
      opened_at timestamptz NOT NULL,
      satisfied_at timestamptz,
      cancelled_at timestamptz,
      CHECK (satisfied_at IS NULL OR cancelled_at IS NULL)
    )`.execute(db);
  await sql`CREATE INDEX deadlines_aggregate_idx ON deadlines (aggregate_type, aggregate_id)`.execute(db);
  await sql`CREATE INDEX deadlines_open_idx ON deadlines (due_date) WHERE satisfied_at IS NULL AND cancelled_at IS NULL`.execute(db);

  // Stored files: evidence uploaded by users and rendered documents. The bytes live in the file store.
  await sql`
    CREATE TABLE files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      aggregate_type text NOT NULL CHECK (aggregate_type IN ('inspection', 'hazard', 'case')),
      aggregate_id uuid NOT NULL,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      purpose text NOT NULL CHECK (purpose IN ('evidence', 'document')),
      storage_key text NOT NULL UNIQUE,
      name text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX files_aggregate_idx ON files (aggregate_type, aggregate_id)`.execute(db);

  // Enforcement documents: a row is written with the transition (pending), numbered and issued after it.
  await sql`
    CREATE TABLE documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      aggregate_type text NOT NULL CHECK (aggregate_type IN ('inspection', 'hazard', 'case')),
      aggregate_id uuid NOT NULL,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'issued', 'failed')),
      issuer_org_id uuid REFERENCES org_units(id),
      year integer,
      seq integer CHECK (seq >= 1),
      number text UNIQUE,
      error text,
      attempts integer NOT NULL DEFAULT 0,
      file_id uuid REFERENCES files(id),
      sha256 text,
      size integer,
      page_count integer,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      issued_at timestamptz,
      UNIQUE (issuer_org_id, kind, year, seq),
      CHECK ((number IS NULL) = (seq IS NULL)),
      CHECK (status <> 'issued' OR (number IS NOT NULL AND file_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX documents_aggregate_idx ON documents (aggregate_type, aggregate_id)`.execute(db);
  await sql`CREATE INDEX documents_pending_idx ON documents (created_at) WHERE status <> 'issued'`.execute(db);

  // One counter per issuing unit, kind and year, taken with a row lock in the numbering transaction.
  await sql`
    CREATE TABLE document_counters (
      org_id uuid NOT NULL REFERENCES org_units(id),
      kind text NOT NULL,
      year integer NOT NULL,
      last_seq integer NOT NULL CHECK (last_seq >= 0),
      PRIMARY KEY (org_id, kind, year)
    )`.execute(db);
}
