/**
 * 分期缴纳罚款 after a partial payment (行政处罚法第六十六条第二款), through the API: the plan covers
 * the unpaid rest, the approval form (分期（延期）缴纳罚款审批表) is issued showing the fine, what was
 * paid and the plan for the rest, and the instalments count from what was paid before the plan.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnCase, call, PNG, upload, world, type World } from './support.ts';

let w: World;
beforeAll(async () => {
  w = await world();
});
afterAll(async () => {
  await w.stop();
});

const act = async (cookie: string, id: string, event: string, input?: object) => {
  const r = await actOnCase(w.app, cookie, id, event, input);
  expect(r.status, `${event}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
};

/** The text of an issued document's PDF (pdftotext), whitespace removed. */
async function pdfText(documentId: string): Promise<string> {
  const res = await w.app.inject({ method: 'GET', url: `/api/documents/${documentId}/pdf`, headers: { cookie: w.cookies.leader } });
  expect(res.statusCode).toBe(200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-pdf-')), 'form.pdf');
  fs.writeFileSync(file, res.rawPayload);
  try {
    const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
    return stdout.replace(/\s+/g, '');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe('instalments after a partial payment (行政处罚法第六十六条第二款)', () => {
  it('issues the approval form for a plan of the unpaid rest, and counts the instalments from what was paid', async () => {
    await w.travel('2026-11-02');
    const created = await call(w.app, w.cookies.officer1, 'POST', '/api/cases', {
      enterpriseId: w.enterpriseId,
      title: '重庆渝兴化工有限公司未对安全设备进行定期检测案',
      partyKind: 'organisation',
      source: 'inspection',
      actEndedOn: '2026-10-20',
      discoveredOn: '2026-11-02',
      investigatorIds: [w.ids.officer1, w.ids.officer2],
      violationCode: 'AQSCF-099-3',
      facts: '你单位甲类仓库内4台可燃气体报警装置未进行定期检测。',
    });
    const id = created.body.id as string;
    await upload(w.app, w.cookies.officer1, `/api/cases/${id}/files`, PNG, '现场照片.png');
    await act(w.cookies.leader, id, 'file');
    await act(w.cookies.officer1, id, 'propose', { penalty: { amount: 17_500, measures: ['orderCorrection'] }, discretion: { facts: {} } });
    await act(w.cookies.officer1, id, 'notify');
    await act(w.cookies.enterpriseUser, id, 'waiveRights', { waiveStatement: true });
    await act(w.cookies.leader, id, 'decide');
    let c = await act(w.cookies.officer2, id, 'serve', { method: 'inPerson' });
    expect(c.record.payment).toMatchObject({ amount: 17_500, paid: 0 });

    // 5,000 paid; the party applies to pay the other 12,500 in two instalments.
    await w.travel('2026-11-05');
    await act(w.cookies.officer1, id, 'recordPayment', { amount: 5_000 });
    c = await act(w.cookies.leader, id, 'approveInstalments', {
      appliedOn: '2026-11-04',
      financialDifficulty: '受主要客户停产影响，账户可用资金不足，一次性缴纳罚款确有困难',
      instalments: [
        { dueDate: '2026-12-15', amount: 6_000 },
        { dueDate: '2027-01-15', amount: 6_500 },
      ],
    });
    expect(c.record.payment.application).toMatchObject({ paidBefore: 5_000 });
    const form = c.documents.find((d: { kind: string }) => d.kind === 'instalmentApproval');
    expect(form).toMatchObject({ status: 'issued', error: null });
    const text = await pdfText(form.id);
    expect(text).toContain('分期（延期）缴纳罚款审批表');
    expect(text).toContain('人民币壹万柒仟伍佰元整');
    expect(text).toContain('已缴纳人民币伍仟元整');
    expect(text).toContain('余款人民币壹万贰仟伍佰元整（¥12,500.00）申请分2期缴纳');

    // 3,000 does not cover the first instalment (6,000); 3,000 more does.
    await w.travel('2026-12-01');
    c = await act(w.cookies.officer1, id, 'recordPayment', { amount: 3_000 });
    const instalment = (ref: string) => c.deadlines.find((d: { ref: string | null }) => d.ref === ref)?.status;
    expect(instalment('instalment-1')).toBe('open');
    c = await act(w.cookies.officer1, id, 'recordPayment', { amount: 3_000 });
    expect(instalment('instalment-1')).toBe('satisfied');
    expect(instalment('instalment-2')).toBe('open');
  });
});
