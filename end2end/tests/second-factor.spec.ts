import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

// A second factor at sign-in, as a new organisation's staff member meets it: the
// administrator requires it, the next sign-in leads to setting up an authenticator app
// (codes computed here from the secret the page shows, as the app computes them), recovery
// codes are shown once, and every later sign-in asks for a code. Pages are checked with axe
// in German and Arabic.

/** RFC 6238 (SHA-1, 6 digits, 30 s) from a base32 secret, `offset` steps from now. */
function totp(secret: string, offset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/\s+/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + offset));
  const mac = createHmac('sha1', key).update(counter).digest();
  const at = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations, what).toEqual([]);
}

async function signOut(page: Page) {
  await page.locator('form.sign-out button').click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

for (const locale of ['de', 'ar']) {
  test(`in ${locale}: an organisation requires a second factor; its staff set up an app, keep recovery codes and sign in with either`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const suffix = `${locale}-${Date.now()}`;
    const email = `zweiter-faktor-${suffix}@lotse.example`;

    // The administrator creates an organisation and an account in it, and requires a second factor.
    await signIn(page, 'admin@lotse.example');
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/admin/organisations');
    await page.locator('#org-name').fill(`Amt für Tests ${suffix}`);
    await page.locator('#org-type').selectOption({ index: 1 });
    await page.locator('#org-name').press('Enter');
    await expect(page.getByText(`Amt für Tests ${suffix}`)).toBeVisible();
    await page.goto('/admin/users');
    await page.locator('#user-name').fill('Jana Neumann');
    await page.locator('#user-email').fill(email);
    await page.locator('#user-organisation').selectOption({ label: `Amt für Tests ${suffix}` });
    await page.locator('#user-role').selectOption('case_manager');
    await page.locator('#user-password').fill('sicher-genug-123');
    await page.locator('#user-password').press('Enter');
    await expect(page.getByRole('cell', { name: email })).toBeVisible();
    await page.goto('/admin/second-factors');
    await hydrated(page);
    const section = page.locator('section', { has: page.getByRole('heading', { name: `Amt für Tests ${suffix}` }) });
    await expect(section.getByRole('cell', { name: email })).toBeVisible();
    await section.locator('form[action$="require_second_factor"] button').click();
    await expect(section.locator('input[name=required][value=false]')).toHaveCount(1);
    await axe(page, '/admin/second-factors');
    await signOut(page);

    // Her next sign-in leads to setting up an app, and to nothing else before.
    await signIn(page, email, 'sicher-genug-123');
    await expect(page).toHaveURL(/\/sign-in\/set-up$/);
    await hydrated(page);
    await axe(page, '/sign-in/set-up');
    await page.goto('/clients');
    await expect(page).toHaveURL(/\/sign-in\/set-up$/);
    await page.locator('form[action$="begin_app_setup"] button').click();
    await expect(page.locator('.qr svg')).toBeVisible();
    const secret = (await page.locator('.totp-secret').textContent())!;
    await page.locator('#app-code').fill('000000');
    await page.locator('#app-code').press('Enter');
    await expect(page.locator('#app-code-error')).not.toBeEmpty();
    await page.locator('#app-code').fill(totp(secret));
    await page.locator('#app-code').press('Enter');
    // (The page tidies `?done=app-set-up` from its address once it has said so.)
    await expect(page).toHaveURL(/\/account(\?done=app-set-up)?$/);
    await hydrated(page);
    await expect(page.locator('.status-region .success')).toBeVisible();

    // Recovery codes, shown once (an island asks for them).
    await page.locator('button.create-recovery-codes').click();
    const codes = page.locator('.recovery-code-list code');
    await expect(codes).toHaveCount(10);
    const recovery = (await codes.first().textContent())!;
    await expect(page.locator('.session-list .badge')).toHaveCount(1);
    await axe(page, '/account');
    await signOut(page);

    // Signing in again asks for a code: a wrong one is explained, a recovery code works once.
    await signIn(page, email, 'sicher-genug-123');
    await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
    await hydrated(page);
    await axe(page, '/sign-in/second-factor');
    await page.locator('#code').fill('123456');
    await page.locator('#code').press('Enter');
    await expect(page.locator('#code-error')).not.toBeEmpty();
    await page.locator('#code').fill(recovery.toUpperCase());
    await page.locator('#code').press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await signOut(page);

    // And the app's next code (the one that confirmed it is never taken twice).
    await signIn(page, email, 'sicher-genug-123');
    await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
    await page.locator('#code').fill(totp(secret, 1));
    await page.locator('#code').press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/account');
    await expect(page.locator('.session-list li')).toHaveCount(1);
    expect(errors).toEqual([]);
    await context.close();
  });
}
