/**
 * Browser journey through the web shell: an officer signs in, finds an enterprise by part of its
 * name, opens it and sees its audit record. Needs a running SafeLaw server with the demo data and
 * the built web shell (dist/web), whose base URL is given in SAFELAW_TEST_URL.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../../src/domain/glossary.ts';

const SCREENSHOT = path.resolve('.tmp/shell.png');
const OFFICER = { username: 'yubei.officer1', password: 'safelaw-demo' };

function baseUrl(): string {
  const url = process.env['SAFELAW_TEST_URL'];
  if (!url) {
    throw new Error('SAFELAW_TEST_URL is not set: the browser test needs a running server with demo data, provided by the lead\'s test helper.');
  }
  return url.replace(/\/$/, '');
}

/** The distinctive middle of a company name: 重庆渝源化工有限公司 → 渝源化工. */
function namePart(name: string): string {
  const core = name.replace(/^重庆(市)?/, '').replace(/(股份有限公司|有限责任公司|有限公司|厂)$/, '');
  return core.length >= 2 ? core : name;
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('web shell', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    url = baseUrl();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('rejects a wrong password with the Chinese message for INVALID_CREDENTIALS', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(url + '/login');
    await signIn(page, OFFICER.username, 'not-the-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('signs an officer in, finds an enterprise by part of its name and opens its audit record', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 960 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Not signed in: the enterprise list sends to sign-in and comes back after it.
    await page.goto(url + '/enterprises');
    await page.waitForURL((u) => u.pathname === '/login');
    await signIn(page, OFFICER.username, OFFICER.password);
    await page.waitForURL((u) => u.pathname === '/enterprises');

    const userMenu = page.getByTestId('user-menu');
    await expect.poll(() => userMenu.textContent()).toContain(ROLE_LABELS.officer);
    await expect.poll(() => page.getByTestId('certificate-tag').textContent()).toContain('执法证');

    const rows = page.getByTestId('enterprise-row');
    await rows.first().waitFor();
    const firstName = (await rows.first().getByTestId('enterprise-name').textContent()) ?? '';
    const part = namePart(firstName);
    expect(part.length).toBeGreaterThanOrEqual(2);

    const searched = page.waitForResponse((r) => r.url().includes('/api/enterprises?') && new URL(r.url()).searchParams.get('q') === part);
    await page.getByTestId('enterprise-search').fill(part);
    expect((await searched).status()).toBe(200);

    const match = rows.filter({ hasText: part }).first();
    await match.waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await match.click();

    await page.waitForURL((u) => /^\/enterprises\/[^/]+$/.test(u.pathname));
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toContain(part);
    expect(await page.getByTestId('detail-credit-code').textContent()).toMatch(/^[0-9A-Z]{18}$/);

    const audit = page.getByTestId('audit-timeline');
    await audit.waitFor();
    await expect.poll(() => audit.textContent()).toContain('审计记录');
    // Loaded: either events or the empty state, never the skeleton or an error.
    await page.locator('[data-testid="audit-timeline"] :is([data-testid="audit-event"], .ant-empty)').first().waitFor();
    expect(await audit.textContent()).not.toContain('加载失败');

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
