/**
 * The S3-compatible file store against a real S3 protocol server (s3rver): objects go up with
 * their SHA-256, come back byte for byte, and a rejected upload leaves nothing behind; an
 * evidence upload through the API lands in the bucket with its hash in the audit trail.
 * s3rver does not check V4 signatures, so the signing is checked against AWS's published example.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey } from '../../src/server/files/file-store.ts';
import { S3FileStore, signV4, type S3Settings } from '../../src/server/files/s3-store.ts';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { enterprise, signIn, user } from '../support/factories.ts';
import { call, PNG, upload } from '../workflow-server/support.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-s3-'));
  dirs.push(d);
  return d;
};

let server: S3rver;
let settings: S3Settings;

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tmp(), configureBuckets: [{ name: 'safelaw-evidence' }] });
  const { port } = await server.run();
  settings = {
    endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'safelaw-evidence', prefix: 'yubei/2026',
    accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', stagingDir: tmp(),
  };
});
afterAll(async () => {
  await server.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('S3-compatible file store', () => {
  it('puts, reads back byte for byte, tells existence, and removes', async () => {
    const sut = new S3FileStore(settings);
    const bytes = Buffer.from('现场照片 '.repeat(1000));
    const staged = await sut.stage(bytes, 1024 * 1024);
    expect(staged.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const key = newStorageKey('evidence', new Date('2026-11-25T00:00:00Z'));
    await staged.commit(key);
    expect(await sut.exists(key)).toBe(true);
    expect((await sut.read(key)).equals(bytes)).toBe(true);
    expect(await sut.stagedCount()).toBe(0);
    await sut.remove(key);
    expect(await sut.exists(key)).toBe(false);
    await expect(sut.read(key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an upload over the limit before anything reaches the bucket', async () => {
    const sut = new S3FileStore(settings);
    await expect(sut.stage(Buffer.alloc(2048, 1), 1024)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await sut.stagedCount()).toBe(0);
  });

  it('signs requests exactly as AWS documents Signature V4 (the GET Object example)', () => {
    // docs.aws.amazon.com, "Signature Calculations for the Authorization Header: Transferring
    // Payload in a Single Chunk", example GET Object.
    const sut = signV4({
      method: 'GET',
      canonicalUri: '/test.txt',
      headers: {
        host: 'examplebucket.s3.amazonaws.com',
        range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date': '20130524T000000Z',
      },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(sut).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('fails loudly when the server refuses, and stores nothing', async () => {
    const sut = new S3FileStore({ ...settings, bucket: 'no-such-bucket' });
    const staged = await sut.stage(Buffer.from('x'), 1024);
    const key = newStorageKey('evidence', new Date());
    await expect(staged.commit(key)).rejects.toThrow(/NoSuchBucket/);
    expect(await sut.stagedCount()).toBe(0);
  });
});

describe('evidence through the API on the S3 store', () => {
  let ctx: TestContext;
  let app: App;

  beforeAll(async () => {
    ctx = await createTestContext({ fileStore: { kind: 's3', ...settings } });
    ctx.setNow(new Date('2026-11-02T04:00:00Z'));
    app = await buildApp(ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.stop();
  });

  it('stores an inspection photo in the bucket, with its SHA-256 in the audit trail, and serves it back', async () => {
    const ent = await enterprise(ctx, { orgCode: '500112' });
    const o1 = await user(ctx, 'officer', '500112');
    const o2 = await user(ctx, 'officer', '500112');
    const cookie = await signIn(app, o1.username);
    const inspection = await call(app, cookie, 'POST', '/api/inspections', { enterpriseId: ent.id, type: 'tip', date: '2026-11-02', officerIds: [o1.id, o2.id] });
    expect(inspection.status).toBe(201);
    const r = await upload(app, cookie, `/api/inspections/${inspection.body.id}/files`, PNG, '现场照片.png', 'image/png');
    expect(r.status).toBe(201);
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    const row = await ctx.db.selectFrom('files').selectAll().where('id', '=', r.body.id).executeTakeFirstOrThrow();
    expect(await new S3FileStore(settings).exists((row as { storage_key: string }).storage_key)).toBe(true);
    const event = await ctx.db.selectFrom('audit_events').select('payload').where('type', '=', 'file.stored').where('aggregate_id', '=', inspection.body.id).executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ sha256 });
    const back = await app.inject({ method: 'GET', url: r.body.url, headers: { cookie } });
    expect(createHash('sha256').update(back.rawPayload).digest('hex')).toBe(sha256);
  });
});
