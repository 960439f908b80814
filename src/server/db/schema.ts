/** Row types of the database, one interface per table (snake_case columns as stored). */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back as 'YYYY-MM-DD' strings (type parser set in database.ts). */
type DateString = string;

export interface OrgUnitTable {
  id: Generated<string>;
  code: string;
  parent_id: string | null;
  name: string;
  short_name: string;
  level: 'city' | 'district' | 'township';
  path: string;
  created_at: Timestamp;
}

export interface IndustryTable {
  code: string;
  name: string;
  sort: number;
}

export interface EnterpriseTable {
  id: Generated<string>;
  credit_code: string;
  name: string;
  address: string;
  industry_code: string;
  employees: number;
  risk_grade: 'A' | 'B' | 'C' | 'D';
  org_id: string;
  legal_representative: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Generated: the character bigrams of the name (0006). */
  name_bigrams: ColumnType<string[], never, never>;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  name: string;
  password_hash: string;
  role: 'officer' | 'legal_reviewer' | 'leader' | 'admin' | 'tech_inspector' | 'social_supervisor' | 'enterprise_user';
  org_id: string;
  enterprise_id: string | null;
  legal_qualification: Generated<boolean>;
  cert_number: string | null;
  cert_issuer: string | null;
  cert_valid_from: DateString | null;
  cert_valid_to: DateString | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventTable {
  id: Generated<string>;
  aggregate_type: string;
  aggregate_id: string;
  seq: number;
  type: string;
  payload: ColumnType<unknown, string, string>;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  actor_org_id: string | null;
  actor_org_name: string;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  at: Timestamp;
  prev_hash: string | null;
  hash: string;
}

export interface AppMetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

/** 法律法规库 (migration 0003_laws). */
export interface LawTable {
  slug: string;
  title: string;
  short_title: string;
  level: string;
  issuer: string;
  status: string;
  sort: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LawVersionTable {
  id: Generated<string>;
  code: string;
  law_slug: string;
  label: string;
  doc_number: string | null;
  adopted: DateString;
  effective: DateString;
  expires: DateString | null;
  status: string;
  note: string | null;
  source_file: string;
  source: string | null;
  history: string | null;
  sha256: string;
  article_count: number;
  imported_at: Timestamp;
}

export interface LawChapterTable {
  version_id: string;
  number: number;
  title: string;
  line: number;
}

export interface LawSectionTable {
  version_id: string;
  chapter: number;
  number: number;
  title: string;
  line: number;
}

export interface LawArticleTable {
  version_id: string;
  number: number;
  chapter: number | null;
  section: number | null;
  text: string;
  line: number;
  search_tokens: string;
  search_tsv: ColumnType<string, never, never>;
}

export interface LawParagraphTable {
  version_id: string;
  article: number;
  number: number;
  text: string;
  line: number;
}

export interface LawItemTable {
  version_id: string;
  article: number;
  paragraph: number;
  number: number;
  text: string;
  line: number;
}

/** 监督检查 / 事故隐患 / 行政处罚案件 (migration 0005_workflow): state + domain record + version. */
type Json = ColumnType<unknown, string, string>;
type Uuids = ColumnType<string[], string[] | undefined, string[]>;

/** The columns every workflow table has: state machine, domain record, optimistic version, who took part. */
interface WorkflowColumns {
  id: Generated<string>;
  enterprise_id: string;
  state: string;
  version: Generated<number>;
  record: Json;
  participant_ids: Uuids;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InspectionTable extends WorkflowColumns {
  type: string;
  date: DateString;
  started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface HazardTable extends WorkflowColumns {
  inspection_id: string | null;
  case_id: string | null;
  description: string;
  violation_code: string | null;
  major_hazard: boolean;
}

export interface CaseTable extends WorkflowColumns {
  title: string;
  facts: Generated<string>;
  violation_code: string | null;
  party_kind: 'organisation' | 'citizen';
  hazard_id: string | null;
  inspection_id: string | null;
  discretion: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface DeadlineTable {
  id: Generated<string>;
  aggregate_type: 'inspection' | 'hazard' | 'case';
  aggregate_id: string;
  enterprise_id: string;
  kind: string;
  ref: string | null;
  due_date: DateString;
  provisional: boolean;
  from_date: DateString;
  rule_key: string;
  rule_article: string;
  rule_text: string;
  opened_by: string;
  opened_at: Timestamp;
  satisfied_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  cancelled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface FileTable {
  id: Generated<string>;
  aggregate_type: 'inspection' | 'hazard' | 'case';
  aggregate_id: string;
  enterprise_id: string;
  purpose: 'evidence' | 'document';
  storage_key: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface DocumentTable {
  id: Generated<string>;
  aggregate_type: 'inspection' | 'hazard' | 'case';
  aggregate_id: string;
  enterprise_id: string;
  kind: string;
  status: 'pending' | 'issued' | 'failed';
  issuer_org_id: string | null;
  year: number | null;
  seq: number | null;
  number: string | null;
  error: string | null;
  attempts: Generated<number>;
  file_id: string | null;
  sha256: string | null;
  size: number | null;
  page_count: number | null;
  created_by: string | null;
  created_at: Timestamp;
  issued_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface DocumentCounterTable {
  org_id: string;
  kind: string;
  year: number;
  last_seq: number;
}

/** 裁量基准 versions (migration 0004_benchmarks); rows are never updated. */
export interface BenchmarkVersionTable {
  id: Generated<string>;
  violation: string;
  version: number;
  layer: 'statute' | 'national' | 'municipal';
  effective_from: DateString;
  label: string;
  first_offence_waiver: boolean;
  tiers: ColumnType<unknown, string, never>;
  mitigation: ColumnType<unknown, string, never>;
  is_default: Generated<boolean>;
  note: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface DB {
  org_units: OrgUnitTable;
  industries: IndustryTable;
  enterprises: EnterpriseTable;
  users: UserTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  app_meta: AppMetaTable;
  laws: LawTable;
  law_versions: LawVersionTable;
  law_chapters: LawChapterTable;
  law_sections: LawSectionTable;
  law_articles: LawArticleTable;
  law_paragraphs: LawParagraphTable;
  law_items: LawItemTable;
  benchmark_versions: BenchmarkVersionTable;
  inspections: InspectionTable;
  hazards: HazardTable;
  cases: CaseTable;
  deadlines: DeadlineTable;
  files: FileTable;
  documents: DocumentTable;
  document_counters: DocumentCounterTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type UserRow = Selectable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
