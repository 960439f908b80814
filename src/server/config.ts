/**
 * Configuration: parsed once at start from the environment into a typed, frozen object.
 * A bad value stops the start with a message naming the variable.
 */
import path from 'node:path';

export interface Config {
  /** HTTP port (PORT, default 3000). */
  readonly port: number;
  /** HTTP host (HOST, default 0.0.0.0). */
  readonly host: string;
  /** External PostgreSQL (DATABASE_URL); when absent the embedded server is used. */
  readonly databaseUrl: string | undefined;
  /** Data directory (SAFELAW_DATA_DIR, default ./data): embedded database, files, lock. */
  readonly dataDir: string;
  /** Directory of statute texts with manifest.json (SAFELAW_LAWS_DIR), imported at demo start. */
  readonly lawsDir: string | undefined;
  /** Log level (LOG_LEVEL, default info; "silent" in tests). */
  readonly logLevel: string;
  /** Session lifetime in hours (SAFELAW_SESSION_HOURS, default 12). */
  readonly sessionHours: number;
  /** Cookies marked Secure (SAFELAW_SECURE_COOKIES=1 behind HTTPS). */
  readonly secureCookies: boolean;
  /** Extra origins allowed to send state-changing requests (SAFELAW_ALLOWED_ORIGINS, comma separated). */
  readonly allowedOrigins: readonly string[];
  /** Directory of the built web UI. */
  readonly webDir: string;
  /** Prepared statements on database connections (SAFELAW_PG_PREPARE=0 turns them off, e.g. behind PgBouncer). */
  readonly pgPrepare: boolean;
  /** Largest evidence upload in bytes (SAFELAW_MAX_UPLOAD_MB, default 20). */
  readonly maxUploadBytes: number;
  /**
   * Where files (evidence, documents) are kept (SAFELAW_FILE_STORE): `local` (default: the
   * directory `files` under the data directory), `file:///absolute/dir`, or `s3://bucket/prefix`
   * (any S3-compatible server; endpoint and keys from SAFELAW_S3_* variables).
   */
  readonly fileStore:
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        bucket: string;
        prefix: string;
        /** SAFELAW_S3_ENDPOINT, e.g. https://minio.example.gov.cn:9000 (path-style requests). */
        endpoint: string;
        /** SAFELAW_S3_REGION (default us-east-1). */
        region: string;
        /** SAFELAW_S3_ACCESS_KEY_ID / SAFELAW_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). */
        accessKeyId: string;
        secretAccessKey: string;
        /** Uploads are staged here before they are sent. */
        stagingDir: string;
      };
  /** JSON file of local workflow settings (SAFELAW_WORKFLOW_CONFIG; see src/domain/workflow/config.ts). */
  readonly workflowConfigFile: string | undefined;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function fileStore(env: NodeJS.ProcessEnv, dataDir: string): Config['fileStore'] {
  const raw = (env.SAFELAW_FILE_STORE ?? '').trim();
  if (raw === '' || raw === 'local') return { kind: 'local', dir: path.join(dataDir, 'files') };
  if (raw.startsWith('file://')) {
    const dir = decodeURIComponent(raw.slice('file://'.length));
    if (!path.isAbsolute(dir)) throw new ConfigError(`SAFELAW_FILE_STORE file:// needs an absolute directory, got "${raw}"`);
    return { kind: 'local', dir };
  }
  const s3 = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(raw);
  if (s3) {
    const endpoint = env.SAFELAW_S3_ENDPOINT?.trim();
    const accessKeyId = env.SAFELAW_S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.SAFELAW_S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY;
    if (!endpoint || !/^https?:\/\//.test(endpoint)) throw new ConfigError('SAFELAW_FILE_STORE=s3://… needs SAFELAW_S3_ENDPOINT (http:// or https:// URL of the S3-compatible server)');
    if (!accessKeyId || !secretAccessKey) throw new ConfigError('SAFELAW_FILE_STORE=s3://… needs SAFELAW_S3_ACCESS_KEY_ID and SAFELAW_S3_SECRET_ACCESS_KEY');
    return {
      kind: 's3', bucket: s3[1]!, prefix: (s3[2] ?? '').replace(/\/+$/, ''), endpoint, region: env.SAFELAW_S3_REGION?.trim() || 'us-east-1',
      accessKeyId, secretAccessKey, stagingDir: path.join(dataDir, 'files-staging'),
    };
  }
  throw new ConfigError(`SAFELAW_FILE_STORE must be "local", file:///dir or s3://bucket/prefix, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const root = process.cwd();
  const dataDir = path.resolve(root, env.SAFELAW_DATA_DIR || 'data');
  const config: Config = {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    lawsDir: env.SAFELAW_LAWS_DIR ? path.resolve(root, env.SAFELAW_LAWS_DIR) : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    sessionHours: int(env, 'SAFELAW_SESSION_HOURS', 12, 1, 24 * 30),
    secureCookies: env.SAFELAW_SECURE_COOKIES === '1',
    allowedOrigins: (env.SAFELAW_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    webDir: path.resolve(root, 'dist/web'),
    pgPrepare: env.SAFELAW_PG_PREPARE !== '0',
    maxUploadBytes: int(env, 'SAFELAW_MAX_UPLOAD_MB', 20, 1, 1024) * 1024 * 1024,
    fileStore: fileStore(env, dataDir),
    workflowConfigFile: env.SAFELAW_WORKFLOW_CONFIG ? path.resolve(root, env.SAFELAW_WORKFLOW_CONFIG) : undefined,
    ...overrides,
  };
  return Object.freeze(config);
}
