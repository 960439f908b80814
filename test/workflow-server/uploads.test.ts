/**
 * Evidence uploads: the type comes from the bytes, not from the name or the declared type; a
 * rejected upload (wrong type, too large, malformed, or a failed database write) leaves no file
 * and no row; every stored file's SHA-256 is in the audit trail.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, multipart, PNG, storedFiles, upload, world, type World } from './support.ts';

let w: World;
let inspectionId: string;

beforeAll(async () => {
  w = await world({ maxUploadMb: 1 });
  inspectionId = (await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
    enterpriseId: w.enterpriseId, type: 'tip', date: '2026-11-02', officerIds: [w.ids.officer1, w.ids.officer2],
  })).body.id;
});
afterAll(async () => {
  await w.stop();
});

const url = () => `/api/inspections/${inspectionId}/files`;
const count = async (table: 'files' | 'audit_events') =>
  Number((await w.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function nothingLeftBehind(run: () => Promise<{ status: number; body: { code: string } }>, status: number, code: string): Promise<void> {
  const before = { files: await count('files'), audit: await count('audit_events'), stored: storedFiles(w.filesDir) };
  const r = await run();
  expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
  expect({ files: await count('files'), audit: await count('audit_events'), stored: storedFiles(w.filesDir) }).toEqual(before);
}

describe('evidence uploads', () => {
  it('stores a PDF declared as a PNG as the PDF it is, with its SHA-256 in the audit trail', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const r = await upload(w.app, w.cookies.officer1, url(), pdf, '询问笔录（第1次）.png', 'image/png');
    expect(r.status).toBe(201);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(r.body).toMatchObject({ contentType: 'application/pdf', name: '询问笔录（第1次）.pdf', size: pdf.length, sha256 });
    const event = await w.ctx.db.selectFrom('audit_events').select('payload').where('aggregate_id', '=', inspectionId).where('type', '=', 'file.stored').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ sha256, fileId: r.body.id });

    const back = await w.app.inject({ method: 'GET', url: r.body.url, headers: { cookie: w.cookies.officer2 } });
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-disposition']).toBe(`attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('询问笔录（第1次）.pdf')}`);
    expect(createHash('sha256').update(back.rawPayload).digest('hex')).toBe(sha256);
  });

  it('rejects a text file named .jpg and keeps nothing', async () => {
    await nothingLeftBehind(() => upload(w.app, w.cookies.officer1, url(), Buffer.from('just some text, not a photo'), 'photo.jpg', 'image/jpeg'), 400, 'FILE_REJECTED');
  });

  it('rejects an HTML page posing as a PNG and keeps nothing', async () => {
    await nothingLeftBehind(() => upload(w.app, w.cookies.officer1, url(), Buffer.from('<html><script>alert(1)</script></html>'), 'x.png', 'image/png'), 400, 'FILE_REJECTED');
  });

  it('rejects a file above the limit (here 1 MB) and keeps nothing', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 10, 7)]);
    await nothingLeftBehind(() => upload(w.app, w.cookies.officer1, url(), big, 'big.png', 'image/png'), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('rejects an empty file, a part with another name, malformed multipart and JSON, and keeps nothing', async () => {
    await nothingLeftBehind(() => upload(w.app, w.cookies.officer1, url(), Buffer.alloc(0), 'empty.png'), 400, 'FILE_REJECTED');
    await nothingLeftBehind(async () => {
      const m = multipart(PNG, 'a.png', 'image/png', 'photo');
      const res = await w.app.inject({ method: 'POST', url: url(), headers: { cookie: w.cookies.officer1, ...m.headers }, payload: m.payload });
      return { status: res.statusCode, body: res.json() };
    }, 400, 'FILE_REJECTED');
    for (const payload of ['--boundary\r\n', '--boundary\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG', 'garbage']) {
      const res = await w.app.inject({
        method: 'POST', url: url(), headers: { cookie: w.cookies.officer1, 'content-type': 'multipart/form-data; boundary=boundary' }, payload,
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    await nothingLeftBehind(() => call(w.app, w.cookies.officer1, 'POST', url(), { file: 'x' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(storedFiles(w.filesDir).filter((f) => f.startsWith('tmp'))).toEqual([]);
  });

  it('removes the stored bytes when the database refuses the row', async () => {
    await sql`CREATE FUNCTION refuse_files() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`.execute(w.ctx.db);
    await sql`CREATE TRIGGER refuse_files BEFORE INSERT ON files FOR EACH ROW EXECUTE FUNCTION refuse_files()`.execute(w.ctx.db);
    try {
      await nothingLeftBehind(() => upload(w.app, w.cookies.officer1, url(), PNG, 'a.png'), 500, 'INTERNAL');
    } finally {
      await sql`DROP TRIGGER refuse_files ON files`.execute(w.ctx.db);
      await sql`DROP FUNCTION refuse_files()`.execute(w.ctx.db);
    }
  });

  it('does not let an officer of another district upload to the record (404)', async () => {
    const { user, signIn } = await import('../support/factories.ts');
    const outsider = await signIn(w.app, (await user(w.ctx, 'officer', '500105')).username);
    await nothingLeftBehind(() => upload(w.app, '', url(), PNG, 'a.png'), 401, 'UNAUTHENTICATED');
    await nothingLeftBehind(() => upload(w.app, outsider, url(), PNG, 'a.png'), 404, 'NOT_FOUND');
  });
});

describe('file store configuration', () => {
  it('reads an S3 store from the configuration, and stops the start with a clear message when its endpoint or keys are missing', async () => {
    const { loadConfig } = await import('../../src/server/config.ts');
    expect(() => loadConfig({ SAFELAW_FILE_STORE: 's3://safelaw-evidence/prod' })).toThrow(/SAFELAW_S3_ENDPOINT/);
    expect(() => loadConfig({ SAFELAW_FILE_STORE: 's3://safelaw-evidence/prod', SAFELAW_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/SAFELAW_S3_ACCESS_KEY_ID/);
    const config = loadConfig({
      SAFELAW_FILE_STORE: 's3://safelaw-evidence/prod', SAFELAW_S3_ENDPOINT: 'http://127.0.0.1:9000',
      SAFELAW_S3_ACCESS_KEY_ID: 'key', SAFELAW_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.fileStore).toMatchObject({ kind: 's3', bucket: 'safelaw-evidence', prefix: 'prod', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1' });
    expect(() => loadConfig({ SAFELAW_FILE_STORE: 'ftp://x' })).toThrow(/SAFELAW_FILE_STORE/);
    expect(() => loadConfig({ SAFELAW_MAX_UPLOAD_MB: '0' })).toThrow(/SAFELAW_MAX_UPLOAD_MB/);
  });
});
