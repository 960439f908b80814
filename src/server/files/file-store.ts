/**
 * Where the bytes of stored files live. The database holds the row (name, type, size, SHA-256,
 * owner); the store holds the bytes under an opaque key.
 *
 * Writing is two-phase so that a rejected or failed upload leaves nothing behind: `stage()`
 * streams into a temporary object while hashing and counting (and gives the first bytes for
 * type sniffing); `commit()` moves it to its key (a rename on the same file system); `discard()`
 * removes it. If the database transaction that records the file fails, the caller removes the
 * committed key.
 *
 * Implementations: LocalFileStore (a directory under the data directory) and S3FileStore
 * (s3-store.ts: any S3-compatible server, SAFELAW_FILE_STORE=s3://bucket/prefix).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../domain/errors.ts';
import type { Config } from '../config.ts';
import { S3FileStore } from './s3-store.ts';

export interface StagedFile {
  size: number;
  sha256: string;
  /** The first bytes (up to 64), for sniffing the type. */
  head: Buffer;
  /** Moves the staged bytes to `key`. */
  commit(key: string): Promise<void>;
  /** Removes the staged bytes (idempotent). */
  discard(): Promise<void>;
}

export interface FileStore {
  /** Streams `source` into a temporary object; throws PAYLOAD_TOO_LARGE past `maxBytes` (nothing left behind). */
  stage(source: Readable | Buffer, maxBytes: number): Promise<StagedFile>;
  /** The bytes under `key`; NOT_FOUND when missing. */
  read(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Removes `key` (no error when missing). */
  remove(key: string): Promise<void>;
}

/** A new storage key: date-sharded, never derived from user input. */
export const newStorageKey = (purpose: 'evidence' | 'document', now: Date): string =>
  `${purpose}/${now.toISOString().slice(0, 7)}/${randomUUID()}`;

const KEY = /^(evidence|document)\/\d{4}-\d{2}\/[0-9a-f-]{36}$/;

export class LocalFileStore implements FileStore {
  private readonly objects: string;
  private readonly tmp: string;

  constructor(readonly dir: string) {
    this.objects = path.join(dir, 'objects');
    this.tmp = path.join(dir, 'tmp');
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new DomainError('VALIDATION_FAILED', `存储键无效：${key}`, { key });
    return path.join(this.objects, key);
  }

  async stage(source: Readable | Buffer, maxBytes: number): Promise<StagedFile> {
    await fs.promises.mkdir(this.tmp, { recursive: true });
    const tmpPath = path.join(this.tmp, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const headChunks: Buffer[] = [];
    let headLength = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new DomainError('PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限`, { maxBytes }));
          return;
        }
        if (headLength < 64) {
          headChunks.push(chunk.subarray(0, 64 - headLength));
          headLength += Math.min(chunk.length, 64 - headLength);
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const discard = async (): Promise<void> => {
      await fs.promises.rm(tmpPath, { force: true });
    };
    try {
      const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
      await pipeline(input, meter, fs.createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 }));
    } catch (e) {
      await discard();
      throw e;
    }
    const sha256 = hash.digest('hex');
    return {
      size,
      sha256,
      head: Buffer.concat(headChunks),
      commit: async (key) => {
        const target = this.pathOf(key);
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.rename(tmpPath, target);
      },
      discard,
    };
  }

  async read(key: string): Promise<Buffer> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('NOT_FOUND', '文件不存在');
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises.access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  /** Staged objects not committed (for tests and housekeeping). */
  async stagedCount(): Promise<number> {
    return (await fs.promises.readdir(this.tmp).catch(() => [] as string[])).length;
  }
}

const stores = new WeakMap<Config, FileStore>();

/** The configured store, one per configuration. */
export function fileStoreOf(config: Config): FileStore {
  let store = stores.get(config);
  if (!store) {
    store = config.fileStore.kind === 's3' ? new S3FileStore(config.fileStore) : new LocalFileStore(config.fileStore.dir);
    stores.set(config, store);
  }
  return store;
}
