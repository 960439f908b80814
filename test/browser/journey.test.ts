/**
 * The enforcement journey in the browser (issue #4), as the bureau's people do it:
 *
 *   officer (phone width): inspection with two certified officers → hazard described, the matched
 *   violation confirmed, photo uploaded (a fake photo refused with its reason) → 限期整改 ordered →
 *   signatures → inspection finished (record PDF) → case opened from the hazard;
 *   leader: 立案; officer: penalty calculator → proposal at the recommended amount → notice → the
 *   party's express waiver → submitted for legal review; reviewer: review passed; leader: decision
 *   (the decision PDF downloaded and checked); officer: served, fine paid; leader: case closed.
 *
 * Every step goes through the UI; no step needs the injected clock (the party waives the statement
 * and hearing periods, 行政处罚法第六十二条). Afterwards the audit trail of the server's database verifies
 * (hash chains unbroken). Needs SAFELAW_TEST_URL and SAFELAW_TEST_DATABASE_URL (see
 * test/setup/browser-server.ts). Screenshots: .tmp/journey-*.png.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { createDatabase } from '../../src/server/db/database.ts';

const PASSWORD = 'safelaw-demo';
const SHOTS = path.resolve('.tmp');
const HAZARD_TEXT = '安全出口被货物堵塞，疏散通道不畅通';
const EXPECTED_VIOLATION = 'AQSCF-105-2B';
/** A 1×1 PNG: a real image by its bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function baseUrl(): string {
  const url = process.env['SAFELAW_TEST_URL'];
  if (!url) throw new Error('SAFELAW_TEST_URL is not set: run through `npm run test:browser`, which starts a demo server.');
  return url.replace(/\/$/, '');
}

/** A screenshot of the page, or of one part of it (phone pages are long). */
async function shot(page: Page, name: string, part?: string): Promise<void> {
  const file = path.join(SHOTS, `journey-${name}.png`);
  if (part) await page.getByTestId(part).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

/** The page's scroll width: no wider than the screen means no sideways scrolling on a phone. */
const pageWidth = (page: Page): Promise<number> => page.evaluate<number>('document.documentElement.scrollWidth');

/** The record's own state tag (the page header's, before any list on the page). */
async function waitState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="state-tag"][data-state="${state}"]`).first().waitFor({ timeout: 20_000 });
}

/** Clicks an allowed action and submits its form; `fill` completes the form first. */
async function act(page: Page, event: string, fill?: (modal: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  const button = page.locator(`[data-testid="action-bar"] [data-testid="action-${event}"]:not([disabled])`);
  await button.click();
  const modal = page.getByTestId('action-modal');
  await modal.waitFor();
  if (fill) await fill(modal);
  await page.getByTestId('action-submit').click();
  await modal.waitFor({ state: 'detached', timeout: 20_000 });
}

/** Chooses an option of an antd Select by (part of) its text. */
async function choose(page: Page, select: ReturnType<Page['getByTestId']>, text: string, type?: string): Promise<void> {
  await select.click();
  if (type) await page.keyboard.type(type);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
}

describe('enforcement journey', () => {
  let browser: Browser;
  let url: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function signedIn(username: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    await page.goto(url + '/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => u.pathname === '/');
    return page;
  }

  beforeAll(async () => {
    url = baseUrl();
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    // Whatever happened, the last view of every participant, for the report.
    for (const [i, c] of contexts.entries()) {
      const page = c.pages()[0];
      if (page) await page.screenshot({ path: path.join(SHOTS, `journey-last-${i}.png`), fullPage: true }).catch(() => undefined);
    }
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });

  it('takes a hazard found on inspection to a closed penalty case', async () => {
    // ——— The officer, on a phone ———
    const officer = await signedIn('yubei.officer1', { width: 390, height: 844 });
    await officer.getByTestId('workbench').waitFor();
    // The demo data holds a rectification past its deadline: it shows in red at the top of the day.
    await officer.getByTestId('workbench-overdue').first().getByTestId('deadline-overdue').waitFor();
    await shot(officer, 'workbench-officer');

    const enterprises = (await (await officer.request.get(url + '/api/enterprises?pageSize=1')).json()) as { items: { id: string; name: string }[] };
    const enterprise = enterprises.items[0]!;
    const part = enterprise.name.replace(/^重庆(市)?/, '').slice(0, 4);

    await officer.goto(url + '/inspections/new');
    await choose(officer, officer.getByTestId('enterprise-select'), enterprise.name, part);
    // The signed-in officer is preselected. With a colleague whose certificate expired the form
    // warns, and the server refuses with the rule (行政处罚法第四十二条) in Chinese.
    await choose(officer, officer.getByTestId('officer-select'), '王志强');
    await officer.keyboard.press('Escape');
    await expect.poll(() => officer.getByTestId('chosen-officers').textContent()).toContain('执法证已失效');
    await officer.getByTestId('inspection-create').click();
    await expect.poll(() => officer.getByTestId('inspection-error').textContent()).toContain('至少两名检查人员须持有检查当日有效的行政执法证件');
    expect(await officer.getByTestId('inspection-error').textContent()).toContain('王志强');
    await shot(officer, 'inspection-refused-390');
    // Replace him with a certified colleague.
    await officer.getByTestId('officer-select').getByText('王志强').locator('xpath=..').locator('.ant-select-selection-item-remove').click();
    await choose(officer, officer.getByTestId('officer-select'), '李晓梅');
    await officer.keyboard.press('Escape');
    await expect.poll(() => officer.getByTestId('chosen-officers').textContent()).not.toContain('失效');
    await shot(officer, 'inspection-new-390');
    // No horizontal scrolling on a 390 px screen.
    expect(await pageWidth(officer)).toBeLessThanOrEqual(390);
    await officer.getByTestId('inspection-create').click();
    await officer.waitForURL((u) => /^\/inspections\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
    await waitState(officer, 'scheduled');

    await act(officer, 'start', async () => {
      await officer.getByText('检查人员已向被检查单位出示行政执法证件').click();
    });
    await waitState(officer, 'onSite');

    // The checklist: 消防设施和安全出口 has a hazard.
    const exitRow = officer.getByTestId('checklist').locator('div', { hasText: '消防设施和安全出口' }).last();
    await exitRow.getByText('有隐患').click();
    await officer.getByTestId('checklist-save').click();
    await expect.poll(() => officer.getByTestId('checklist-save').textContent()).toContain('已保存');

    // The hazard: live matching as the officer types; he confirms the candidate.
    await officer.getByTestId('hazard-add').click();
    const matched = officer.waitForResponse((r) => r.url().endsWith('/api/legal/match') && r.request().method() === 'POST');
    await officer.getByTestId('hazard-description').pressSequentially(HAZARD_TEXT, { delay: 15 });
    expect((await matched).status()).toBe(200);
    const candidate = officer.locator(`[data-testid="match-candidate"][data-violation="${EXPECTED_VIOLATION}"]`);
    await candidate.waitFor();
    expect(await candidate.getByTestId('match-basis').textContent()).toContain('《中华人民共和国安全生产法》第一百零五条');
    await shot(officer, 'hazard-matching-390', 'hazard-entry');
    await candidate.getByTestId('match-confirm').click();
    await candidate.getByTestId('match-confirmed').waitFor();
    await officer.getByTestId('hazard-location').fill('一号仓库东侧安全出口');
    await officer.getByTestId('hazard-save').click();

    // Photos: a real one is stored with a progress bar; a fake one is refused, with the reason.
    const photos = officer.getByTestId('hazard-photos').locator('input[type=file]');
    await photos.setInputFiles({ name: '安全出口.png', mimeType: 'image/png', buffer: PNG });
    await officer.locator('[data-testid="evidence-item"][data-status="done"]').waitFor();
    await photos.setInputFiles({ name: '伪装照片.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片') });
    const refused = officer.locator('[data-testid="evidence-item"][data-status="error"]');
    await refused.waitFor();
    expect(await refused.getByTestId('evidence-error').textContent()).toContain('未上传');

    // 限期整改 within a week, then the order.
    await officer.getByTestId('hazard-action').getByText('限期整改').click();
    await officer.getByTestId('hazard-due-presets').getByText('7 天').click();
    await officer.getByTestId('hazard-order').click();
    await officer.getByTestId('hazard-ordered').waitFor();
    await shot(officer, 'hazard-ordered-390', 'hazard-entry');

    // Signatures, then finish: the inspection record is issued.
    await officer.getByTestId('hazard-entry-close').click();
    for (const box of await officer.getByTestId('officer-signed').all()) await box.check();
    await officer.getByTestId('enterprise-signed-by').fill('王经理');
    await officer.getByTestId('signatures-save').click();
    await expect.poll(async () => (await officer.locator('[data-testid="action-bar"] [data-testid="action-finish"]:not([disabled])').count())).toBe(1);
    await act(officer, 'finish');
    await waitState(officer, 'completed');
    await officer.locator('[data-testid="document-item"][data-kind="inspectionRecord"]').getByText('下载 PDF').waitFor();
    await shot(officer, 'inspection-completed-390');

    // The hazard page: ordered, deadline shown; open a case for the violation.
    await officer.getByTestId('inspection-hazards').getByTestId('summary-link').first().click();
    await waitState(officer, 'ordered');
    expect(await officer.getByTestId('hazard-violation').textContent()).toContain('疏散通道');
    await officer.getByTestId('hazard-create-case').click();
    await officer.getByTestId('case-create').waitFor();
    await officer.getByTestId('case-create-submit').click();
    await officer.waitForURL((u) => /^\/cases\/[^/]+$/.test(u.pathname));
    const casePath = new URL(officer.url()).pathname;
    await waitState(officer, 'draft');
    const caseTitle = (await officer.getByTestId('case-title').textContent()) ?? '';
    expect(caseTitle).toContain(enterprise.name);
    // Filing is the leader's: the officer is told who does it.
    expect(await officer.getByTestId('other-role-actions').textContent()).toContain('由负责人办理：立案');
    expect(await pageWidth(officer)).toBeLessThanOrEqual(390);
    await shot(officer, 'case-draft-390');
    await officer.setViewportSize({ width: 1280, height: 900 });

    // ——— The leader files the case from the workbench queue ———
    const leader = await signedIn('yubei.leader', { width: 1366, height: 900 });
    await leader.getByTestId('workbench-approval').getByTestId('summary-link').filter({ hasText: caseTitle }).waitFor();
    await shot(leader, 'workbench-leader');
    await leader.goto(url + casePath);
    await act(leader, 'file');
    await waitState(leader, 'investigating');

    // ——— The officer: discretion, proposal, notice, waiver, legal review ———
    await officer.reload();
    await waitState(officer, 'investigating');
    // Evidence of the investigation (the decision document cites it, 行政处罚法第五十九条).
    await officer.getByTestId('case-evidence').locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await officer.getByTestId('case-files').getByTestId('file-list').getByText('现场照片.png').waitFor();
    await officer.getByTestId('penalty-compute').click();
    const result = officer.getByTestId('penalty-result');
    await result.waitFor();
    expect((await officer.getByTestId('penalty-explanation').locator('li').count())).toBeGreaterThan(0);
    await shot(officer, 'penalty-calculator');
    await officer.getByTestId('penalty-propose').click();
    await officer.getByTestId('action-modal').waitFor();
    await officer.getByTestId('action-submit').click();
    await waitState(officer, 'proposed');
    expect(await officer.getByTestId('case-proposal').textContent()).toContain('罚款');

    await act(officer, 'notify');
    await waitState(officer, 'notified');
    // Before the statement period ends or the party waives, review cannot be asked for: the rule shows.
    const locked = officer.locator('[data-testid="action-bar"] div', { has: officer.locator('[data-testid="action-submitForReview"][disabled]') }).last();
    expect(await locked.getByTestId('blocked-rule').textContent()).toContain('第四十五条');
    await shot(officer, 'case-notified-blocked');

    await act(officer, 'waiveRights', async () => {
      await officer.getByText('当事人明确表示放弃陈述、申辩').click();
      await officer.getByText('当事人明确表示放弃听证').click();
    });
    await act(officer, 'submitForReview', async () => {
      await choose(officer, officer.getByTestId('field-reviewerId'), '陈静');
    });
    await waitState(officer, 'legalReview');

    // ——— The legal reviewer ———
    const reviewer = await signedIn('yubei.reviewer', { width: 1366, height: 900 });
    await reviewer.getByTestId('workbench-review').getByTestId('summary-link').filter({ hasText: caseTitle }).click();
    await waitState(reviewer, 'legalReview');
    await act(reviewer, 'passReview', async () => {
      await reviewer.getByTestId('field-opinion').fill('事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。');
    });
    await waitState(reviewer, 'reviewed');

    // ——— The leader decides; the decision PDF is downloaded ———
    await leader.goto(url + casePath);
    await waitState(leader, 'reviewed');
    await act(leader, 'decide');
    await waitState(leader, 'decided');
    const link = leader.getByTestId('document-download-penaltyDecision');
    await link.waitFor();
    const [download] = await Promise.all([leader.waitForEvent('download'), link.click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    await shot(leader, 'case-decided');

    // ——— The officer serves the decision and records the payment ———
    await officer.reload();
    await waitState(officer, 'decided');
    await act(officer, 'serve');
    await waitState(officer, 'served');
    await act(officer, 'recordPayment');
    await expect.poll(() => officer.getByTestId('case-payment').textContent()).toContain('已缴清');

    // The officer's workbench: the hazard's rectification is due within the week (orange).
    await officer.goto(url + '/');
    const dueSoon = officer.getByTestId('workbench-due-soon').filter({ hasText: HAZARD_TEXT });
    await dueSoon.waitFor();
    expect(await dueSoon.textContent()).toContain('整改期限');
    await dueSoon.getByTestId('deadline-due-soon').waitFor();
    await shot(officer, 'workbench-officer-after');

    // ——— The leader closes the case ———
    await leader.reload();
    await act(leader, 'close');
    await waitState(leader, 'closed');
    await leader.locator('[data-testid="document-item"][data-kind="closingApproval"]').waitFor();
    const audit = leader.getByTestId('audit-timeline');
    await expect.poll(async () => audit.getByTestId('audit-event').count()).toBeGreaterThanOrEqual(10);
    await shot(leader, 'case-closed');

    expect(pageErrors).toEqual([]);
  });

  it('closes a hazard only after a passed re-inspection with evidence', async () => {
    const officer = await signedIn('yubei.officer2', { width: 390, height: 844 });
    // Set-up through the API (same cookies): an inspection under way with an ordered hazard.
    const call = async <T>(method: 'GET' | 'POST' | 'PATCH', route: string, data?: unknown): Promise<T> => {
      const response = await officer.request.fetch(url + route, { method, ...(data === undefined ? {} : { data }) });
      expect(response.ok(), `${method} ${route}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    };
    type Detail = { id: string; version: number };
    const enterprise = (await call<{ items: { id: string }[] }>('GET', '/api/enterprises?pageSize=2')).items[1]!;
    const officers = (await call<{ items: { id: string; certificateValid: boolean }[] }>('GET', '/api/workflow/staff?role=officer')).items.filter((o) => o.certificateValid);
    const today = (await call<{ today: string }>('GET', '/api/workbench')).today;
    let inspection = await call<Detail>('POST', '/api/inspections', { enterpriseId: enterprise.id, type: 'special', date: today, officerIds: officers.slice(0, 2).map((o) => o.id) });
    inspection = await call<Detail>('POST', `/api/inspections/${inspection.id}/transitions`, { event: 'start', version: inspection.version, input: { certificatesShown: true } });
    let hazard = await call<Detail>('POST', '/api/hazards', {
      enterpriseId: enterprise.id,
      inspectionId: inspection.id,
      description: '特种作业人员未持证上岗作业',
      location: '焊接车间',
      violationCode: 'AQSCF-097-7',
      majorHazard: false,
    });
    hazard = await call<Detail>('POST', `/api/hazards/${hazard.id}/transitions`, { event: 'order', version: hazard.version, input: { action: 'immediate' } });

    // The loop through the UI, on a phone.
    await officer.goto(url + `/hazards/${hazard.id}`);
    await waitState(officer, 'ordered');
    expect(await pageWidth(officer)).toBeLessThanOrEqual(390);
    await act(officer, 'reportRectification', async (modal) => {
      await modal.getByTestId('field-description').fill('已安排无证人员离岗，联系培训机构报名');
    });
    await waitState(officer, 'rectificationReported');
    await act(officer, 'failReinspection', async (modal) => {
      await modal.getByTestId('field-note').fill('焊工仍未取得特种作业操作证');
    });
    await waitState(officer, 'reinspectionFailed');
    await act(officer, 'reportRectification', async (modal) => {
      await modal.getByTestId('field-description').fill('焊工已取得特种作业操作证并上岗');
      await modal.getByTestId('field-evidenceIds').locator('input[type=file]').setInputFiles({ name: '操作证.png', mimeType: 'image/png', buffer: PNG });
      await modal.locator('[data-testid="evidence-item"][data-status="done"]').waitFor();
    });
    await waitState(officer, 'rectificationReported');

    // Passing the re-inspection needs evidence: without a photo the form says so and stays open.
    await officer.locator('[data-testid="action-bar"] [data-testid="action-passReinspection"]').click();
    const modal = officer.getByTestId('action-modal');
    await modal.waitFor();
    await officer.getByTestId('action-submit').click();
    await expect.poll(() => modal.textContent()).toContain('请上传复查证据');
    await modal.getByTestId('field-evidenceIds').locator('input[type=file]').setInputFiles({ name: '复查现场.png', mimeType: 'image/png', buffer: PNG });
    await modal.locator('[data-testid="evidence-item"][data-status="done"]').waitFor();
    await officer.getByTestId('action-submit').click();
    await modal.waitFor({ state: 'detached' });
    await waitState(officer, 'reinspectionPassed');

    await act(officer, 'close');
    await waitState(officer, 'closed');
    await officer.locator('[data-testid="document-item"][data-kind="reinspectionOpinion"]').first().waitFor();
    expect(await officer.locator('[data-testid="document-item"][data-kind="rectificationOrder"]').count()).toBe(1);
    await shot(officer, 'hazard-closed-390');
    expect(pageErrors).toEqual([]);
  });

  it('leaves an audit trail whose hash chains verify', async () => {
    const databaseUrl = process.env['SAFELAW_TEST_DATABASE_URL'];
    if (!databaseUrl) throw new Error('SAFELAW_TEST_DATABASE_URL is not set: run through `npm run test:browser`, which starts a demo server.');
    const db = createDatabase(databaseUrl, 2);
    try {
      const result = await verifyAudit(db);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(result.events).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });
});
