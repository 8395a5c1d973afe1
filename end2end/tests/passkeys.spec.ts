import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

// Passkeys as a new organisation's staff member meets them, with Chromium's virtual
// authenticator (DevTools protocol `WebAuthn.addVirtualAuthenticator`: a platform
// authenticator that verifies the user, as a laptop's fingerprint reader does): the
// administrator requires a second factor; the next sign-in leads to setting one up, and she
// adds a passkey; the same device cannot be added twice; every later sign-in is confirmed with
// the passkey. Pages are checked with axe in German and Arabic.
//
// Browsers allow no IP address as a passkey's site, so this test uses Lotse at
// `localhost` (the address Lotse registers passkeys for when it listens on 127.0.0.1).

const port = process.env.LOTSE_E2E_PORT || 3917;
const lotse = `http://localhost:${port}`;

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations, what).toEqual([]);
}

async function signOut(page: Page) {
  await page.locator('form.sign-out button').click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

for (const locale of ['de', 'ar']) {
  test(`in ${locale}: a required second factor is set up as a passkey, which confirms every later sign-in`, async ({ browser }) => {
    const context = await browser.newContext({ locale, baseURL: lotse });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const suffix = `${locale}-${Date.now()}`;
    const organisation = `Amt für Passkeys ${suffix}`;
    const email = `passkey-${suffix}@lotse.example`;

    // The administrator creates an organisation and an account in it, and requires a second factor.
    await signIn(page, 'admin@lotse.example');
    await expect(page).toHaveURL(`${lotse}/`);
    await page.goto('/admin/organisations');
    await page.locator('#org-name').fill(organisation);
    await page.locator('#org-type').selectOption({ index: 1 });
    await page.locator('#org-name').press('Enter');
    await expect(page.getByText(organisation)).toBeVisible();
    await page.goto('/admin/users');
    await page.locator('#user-name').fill('Leyla Demir');
    await page.locator('#user-email').fill(email);
    await page.locator('#user-organisation').selectOption({ label: organisation });
    await page.locator('#user-role').selectOption('case_manager');
    await page.locator('#user-password').fill('sicher-genug-123');
    await page.locator('#user-password').press('Enter');
    await expect(page.getByRole('cell', { name: email })).toBeVisible();
    await page.goto('/admin/second-factors');
    await hydrated(page);
    const section = page.locator('section', { has: page.getByRole('heading', { name: organisation }) });
    await section.locator('form[action$="require_second_factor"] button').click();
    await expect(section.locator('input[name=required][value=false]')).toHaveCount(1);
    await signOut(page);

    // Her next sign-in leads to setting up a second factor; she adds a passkey there.
    await signIn(page, email, 'sicher-genug-123');
    await expect(page).toHaveURL(/\/sign-in\/set-up$/);
    await hydrated(page);
    await axe(page, '/sign-in/set-up');
    await page.locator('.passkey-add button').click();
    await expect(page.locator('#passkey-add-error')).not.toBeEmpty();
    await page.locator('#passkey-name').fill('Laptop im Büro');
    await page.locator('.passkey-add button').click();
    await expect(page).toHaveURL(/\/account(\?done=passkey-added)?$/);
    await hydrated(page);
    await expect(page.locator('.status-region .success')).toBeVisible();
    await expect(page.locator('.passkey-list li')).toHaveCount(1);
    await expect(page.locator('.passkey-list li strong')).toHaveText('Laptop im Büro');
    const credentials = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials.credentials).toHaveLength(1);

    // The same device a second time: the browser refuses, and the page says why.
    await page.locator('#passkey-name').fill('Noch einmal');
    await page.locator('.passkey-add button').click();
    await expect(page.locator('#passkey-add-error')).not.toBeEmpty();
    await expect(page.locator('.passkey-list li')).toHaveCount(1);
    await axe(page, '/account with a passkey');
    await signOut(page);

    // Signing in again: the passkey confirms it.
    await signIn(page, email, 'sicher-genug-123');
    await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
    await hydrated(page);
    await axe(page, '/sign-in/second-factor with a passkey');
    await page.locator('.passkey-sign-in button').click();
    await expect(page).toHaveURL(`${lotse}/`);
    await page.goto('/account');
    await expect(page.locator('.session-list li')).toHaveCount(1);
    await expect(page.locator('.passkey-list li p').nth(1)).not.toContainText(locale === 'de' ? 'noch nie' : 'لم');
    if (locale === 'de') {
      await expect(page.locator('.session-list li')).toContainText('Passwort und Passkey');
    }
    const used = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(used.credentials[0].signCount).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('at an address other than the one passkeys are registered for, the page says where they work', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'uk' });
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await signIn(page, 'fallmanager@lotse.example');
  await page.goto('/account');
  await hydrated(page);
  const notice = page.locator('.passkey-add .notice');
  await expect(notice).toContainText(lotse);
  await expect(notice).not.toContainText('Unknown');
  await expect(notice.locator('a')).toHaveAttribute('href', `${lotse}/account`);
  expect(errors).toEqual([]);
  await context.close();
});
