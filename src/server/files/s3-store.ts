/**
 * An S3-compatible file store (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode): objects are PUT,
 * GET, HEAD and DELETE with AWS Signature Version 4, path-style URLs
 * (`ENDPOINT/BUCKET/PREFIX/KEY`), so any S3-compatible server works without DNS tricks.
 *
 * Uploads are staged on local disk first (hashing, counting, sniffing the type, enforcing the
 * size limit); only an accepted file is sent, with its SHA-256 as the signed payload hash, so
 * the server verifies what it stores. A rejected upload never reaches the bucket.
 */
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '../../domain/errors.ts';
import { LocalFileStore, type FileStore, type StagedFile } from './file-store.ts';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Local directory for staging uploads before they are sent. */
  stagingDir: string;
}

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
const encodeSegment = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface SignV4Input {
  method: string;
  /** The encoded path, e.g. /bucket/prefix/key. */
  canonicalUri: string;
  /** The canonical query string ('' for none). */
  canonicalQuery?: string;
  /** Lower-case header names → values; all of them are signed (host included). */
  headers: Record<string, string>;
  payloadHash: string;
  /** YYYYMMDDTHHMMSSZ */
  amzDate: string;
  region: string;
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The Authorization header of AWS Signature Version 4 (header-based, single-chunk payload). */
export function signV4(i: SignV4Input): string {
  const names = Object.keys(i.headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(i.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]));
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((h) => `${h}:${lower[h]}\n`).join('');
  const canonicalRequest = [i.method, i.canonicalUri, i.canonicalQuery ?? '', canonicalHeaders, signedHeaders, i.payloadHash].join('\n');
  const day = i.amzDate.slice(0, 8);
  const service = i.service ?? 's3';
  const scope = `${day}/${i.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, day), i.region), service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

export class S3FileStore implements FileStore {
  private readonly staging: LocalFileStore;

  constructor(private readonly s: S3Settings) {
    this.staging = new LocalFileStore(s.stagingDir);
  }

  private objectPath(key: string): string {
    const parts = [this.s.bucket, ...(this.s.prefix ? this.s.prefix.split('/') : []), ...key.split('/')];
    return '/' + parts.map(encodeSegment).join('/');
  }

  /** Sends one signed request. */
  async request(method: 'PUT' | 'GET' | 'HEAD' | 'DELETE', key: string, body?: Buffer, bodySha256?: string): Promise<Response> {
    const url = new URL(this.s.endpoint);
    const canonicalUri = url.pathname.replace(/\/$/, '') + this.objectPath(key);
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const payloadHash = bodySha256 ?? sha256Hex(body ?? '');
    const headers: Record<string, string> = { host: url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
    const authorization = signV4({
      method, canonicalUri, headers, payloadHash, amzDate,
      region: this.s.region, accessKeyId: this.s.accessKeyId, secretAccessKey: this.s.secretAccessKey,
    });
    const { host: _host, ...sent } = headers;
    return fetch(`${url.protocol}//${url.host}${canonicalUri}`, {
      method,
      headers: { ...sent, authorization, ...(body ? { 'content-length': String(body.length) } : {}) },
      ...(body ? { body } : {}),
    });
  }

  private async fail(res: Response, what: string): Promise<never> {
    const text = (await res.text().catch(() => '')).slice(0, 300);
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? String(res.status);
    throw new Error(`S3 ${what} failed: ${res.status} ${code}`);
  }

  async stage(source: Readable | Buffer, maxBytes: number): Promise<StagedFile> {
    const local = await this.staging.stage(source, maxBytes);
    const tmpKeyDir = path.join(this.s.stagingDir, 'objects');
    return {
      size: local.size,
      sha256: local.sha256,
      head: local.head,
      commit: async (key) => {
        await local.commit(key); // into the staging directory, then up to the bucket
        const file = path.join(tmpKeyDir, key);
        try {
          const bytes = await fs.promises.readFile(file);
          const res = await this.request('PUT', key, bytes, local.sha256);
          if (!res.ok) await this.fail(res, `PUT ${key}`);
          await res.arrayBuffer();
        } finally {
          await fs.promises.rm(file, { force: true });
        }
      },
      discard: local.discard,
    };
  }

  async read(key: string): Promise<Buffer> {
    const res = await this.request('GET', key);
    if (res.status === 404) throw new DomainError('NOT_FOUND', '文件不存在');
    if (!res.ok) await this.fail(res, `GET ${key}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.request('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) await this.fail(res, `HEAD ${key}`);
    return true;
  }

  async remove(key: string): Promise<void> {
    const res = await this.request('DELETE', key);
    if (!res.ok && res.status !== 404) await this.fail(res, `DELETE ${key}`);
    await res.arrayBuffer().catch(() => undefined);
  }

  /** Staged uploads not yet sent (for tests and housekeeping). */
  stagedCount(): Promise<number> {
    return this.staging.stagedCount();
  }
}
