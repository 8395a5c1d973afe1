import AxeBuilder from '@axe-core/playwright';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

// Single sign-on as a city's staff meet it, in a real browser against a real OpenID Connect
// provider (npm `oidc-provider`, started here; it signs in the person the test names without
// a page of its own): an administrator configures the organisation's provider on
// "Anmeldedienste", the case manager signs in through it from the sign-in page and signs out
// again, offered the provider's sign-out. Pages are checked with axe in German and Arabic.

const lotse = `http://127.0.0.1:${process.env.LOTSE_E2E_PORT || 3917}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

let provider: ChildProcess;
let issuer: string;

test.beforeAll(async () => {
  const port = await freePort();
  provider = spawn('node', ['../server/tests/oidc/provider.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      REDIRECT_URIS: `${lotse}/sign-in/provider-return`,
      POST_LOGOUT_REDIRECT_URIS: `${lotse}/sign-in`,
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const line: string = await new Promise((resolve) => {
    createInterface({ input: provider.stdout! }).once('line', resolve);
  });
  expect(line).toMatch(/^ready /);
  issuer = line.slice('ready '.length).trim();
});

test.afterAll(() => {
  provider.kill();
});

async function person(sub: string, email: string) {
  const response = await fetch(`${issuer}/test/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub, email, email_verified: true, name: 'Test', employee_id: sub }),
  });
  expect(response.ok).toBe(true);
}

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations, what).toEqual([]);
}

for (const locale of ['de', 'ar']) {
  test(`in ${locale}: an administrator sets up the city's provider; its staff sign in through it and out again`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const suffix = `${locale}-${Date.now()}`;
    const organisation = `Stadtamt SSO ${suffix}`;
    const email = `sso-${suffix}@lotse.example`;

    // The administrator creates the organisation and an account in it, then its provider.
    await signIn(page, 'admin@lotse.example');
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/admin/organisations');
    await page.locator('#org-name').fill(organisation);
    await page.locator('#org-type').selectOption({ index: 1 });
    await page.locator('#org-name').press('Enter');
    await expect(page.getByText(organisation)).toBeVisible();
    await page.goto('/admin/users');
    await page.locator('#user-name').fill('Sami Yilmaz');
    await page.locator('#user-email').fill(email);
    await page.locator('#user-organisation').selectOption({ label: organisation });
    await page.locator('#user-role').selectOption('case_manager');
    await page.locator('#user-password').fill('wird-nicht-gebraucht-1');
    await page.locator('#user-password').press('Enter');
    await expect(page.getByRole('cell', { name: email })).toBeVisible();

    await page.goto('/admin/sign-in-providers');
    await hydrated(page);
    await expect(page.locator('main code')).toHaveText(`${lotse}/sign-in/provider-return`);
    const section = () => page.locator('section', { has: page.getByRole('heading', { name: organisation }) });
    // A mistyped issuer is said at once, next to the field, and what was typed stays (the
    // form of an organisation without a provider is folded until opened).
    await section().locator('summary').click();
    await section().locator('input[name=issuer]').fill('http://anmeldung.stadt.example');
    await section().locator('input[name=client_id]').fill('lotse');
    await section().locator('input[name=client_secret]').fill('lotse-secret');
    await section().locator('button[type=submit]').first().click();
    await expect(section().locator('.field-error')).toHaveCount(1);
    await expect(section().locator('input[name=client_id]')).toHaveValue('lotse');
    await section().locator('input[name=issuer]').fill(issuer);
    await section().locator('input[name=client_secret]').fill('lotse-secret');
    await section().locator('button[type=submit]').first().click();
    await expect(page.locator('.status-region .success')).toBeVisible();
    await expect(section().locator('input[name=issuer]')).toHaveValue(issuer);
    await axe(page, '/admin/sign-in-providers');
    await page.locator('form.sign-out button').click();
    await expect(page).toHaveURL(/\/sign-in$/);

    // The case manager signs in through the provider (who signs in the person named here).
    await person(`sso-${suffix}`, email);
    await hydrated(page);
    const link = page.locator('.provider-choices a', { hasText: organisation });
    await expect(link).toBeVisible();
    await axe(page, '/sign-in with providers');
    await link.click();
    await expect(page).toHaveURL(`${lotse}/`);
    await page.goto('/account');
    await expect(page.locator('.session-list li').first()).toContainText(
      locale === 'de' ? 'Anmeldedienst' : /./,
    );

    // Signing out offers the provider's sign-out, which comes back to Lotse's sign-in page.
    await page.locator('form.sign-out button').click();
    await expect(page).toHaveURL(/\/sign-in\?signed-out=\d+$/);
    await hydrated(page);
    await axe(page, '/sign-in after signing out');
    const beforeProvider = errors.length;
    await page.locator('a[href$="/sign-out"]').click();
    await expect(page).toHaveURL(new RegExp(`^${issuer}/session/end`));
    await page.locator('button[name=logout]').click();
    await expect(page).toHaveURL(/\/sign-in$/);
    // (The provider's own page, with its favicon, is not Lotse's to judge.)
    errors.splice(beforeProvider);

    // The administrator removes the provider again (the demo stays as it was).
    await signIn(page, 'admin@lotse.example');
    await page.goto('/admin/sign-in-providers');
    await section().locator('form[action$="remove_sign_in_provider"] button').click();
    await expect(page.locator('.status-region .success')).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
}
