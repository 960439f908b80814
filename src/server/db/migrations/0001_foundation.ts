import { sql, type Kysely } from 'kysely';

/** Foundation: organisation, people, sessions, enterprises, the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE org_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      parent_id uuid REFERENCES org_units(id),
      name text NOT NULL,
      short_name text NOT NULL,
      level text NOT NULL CHECK (level IN ('city', 'district', 'township')),
      path text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX org_units_parent_idx ON org_units (parent_id)`.execute(db);

  await sql`
    CREATE TABLE industries (
      code text PRIMARY KEY,
      name text NOT NULL UNIQUE,
      sort integer NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE enterprises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      credit_code text NOT NULL UNIQUE,
      name text NOT NULL,
      address text NOT NULL,
      industry_code text NOT NULL REFERENCES industries(code),
      employees integer NOT NULL CHECK (employees >= 0),
      risk_grade text NOT NULL CHECK (risk_grade IN ('A', 'B', 'C', 'D')),
      org_id uuid NOT NULL REFERENCES org_units(id),
      legal_representative text NOT NULL DEFAULT '',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX enterprises_org_idx ON enterprises (org_id)`.execute(db);
  await sql`CREATE INDEX enterprises_industry_idx ON enterprises (industry_code)`.execute(db);
  await sql`CREATE INDEX enterprises_grade_idx ON enterprises (risk_grade)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 2 AND 64),
      name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('officer', 'legal_reviewer', 'leader', 'admin', 'tech_inspector', 'social_supervisor', 'enterprise_user')),
      org_id uuid NOT NULL REFERENCES org_units(id),
      enterprise_id uuid REFERENCES enterprises(id),
      legal_qualification boolean NOT NULL DEFAULT false,
      cert_number text,
      cert_issuer text,
      cert_valid_from date,
      cert_valid_to date,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (role <> 'enterprise_user' OR enterprise_id IS NOT NULL),
      CHECK (cert_valid_from IS NULL OR cert_valid_to IS NULL OR cert_valid_from <= cert_valid_to)
    )`.execute(db);
  await sql`CREATE INDEX users_org_idx ON users (org_id)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  // The audit trail (全过程记录, 行政处罚法 art. 47): append-only, hash-chained per record.
  await sql`
    CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      aggregate_type text NOT NULL,
      aggregate_id text NOT NULL,
      seq integer NOT NULL CHECK (seq >= 1),
      type text NOT NULL,
      payload jsonb NOT NULL,
      actor_id uuid,
      actor_name text NOT NULL,
      actor_role text NOT NULL,
      actor_org_id uuid,
      actor_org_name text NOT NULL,
      ip text,
      user_agent text,
      request_id text,
      at timestamptz NOT NULL,
      prev_hash text,
      hash text NOT NULL,
      UNIQUE (aggregate_type, aggregate_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX audit_events_at_idx ON audit_events (at)`.execute(db);
  await sql`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)`.execute(db);
  await sql`
    CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`.execute(db);

  await sql`
    CREATE TABLE app_meta (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}
