/**
 * A record's audit timeline as the API answers it (GET /api/audit/:type/:id): written once here,
 * built by src/server/http/routes/audit.routes.ts, read by the web UI. Types only.
 */

/** Who did it, as recorded in the event. */
export interface AuditActorView {
  /** Null for the system (imports, demo seeding). */
  id: string | null;
  name: string;
  /** A Role, or 'system'. */
  role: string;
  orgName: string;
}

export interface AuditEventView {
  id: number;
  /** The event's place in its record's chain, from 1 without gaps. */
  seq: number;
  type: string;
  label: string;
  at: string;
  actor: AuditActorView;
  /** The event's payload (src/domain/audit/events.ts AuditPayloads). */
  payload: Record<string, unknown>;
  ip: string | null;
  /** Link of the hash chain that makes the record tamper-evident. */
  hash: string;
}
