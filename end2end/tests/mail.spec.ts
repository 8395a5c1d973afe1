import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations, what).toEqual([]);
}

for (const locale of ['de', 'ar']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('partner staff choose how they hear of new referrals, and in which language', async ({ page }) => {
      const errors = consoleErrors(page);
      await as(page, 'kurstraeger@lotse.example');
      await page.goto('/account');
      await hydrated(page);
      const section = page.locator('section[aria-labelledby=account-mail-title]');
      // The form posts and comes back to the page, which says so at its top.
      const saved = locale === 'de' ? 'E-Mail-Einstellungen sind gespeichert' : /./;
      await expect(section).toContainText('kurstraeger@lotse.example');
      // Partner staff are offered new referrals and overdue ones, at once by default.
      await expect(section.locator('fieldset')).toHaveCount(2);
      await expect(section.locator('#mail-new-referral-now')).toBeChecked();
      await axe(page, '/account');
      await section.locator('#mail-new-referral-daily').check();
      await section.locator('#mail-language').selectOption('uk');
      await section.locator('button[type=submit]').click();
      await expect(page.locator('.status-region .success')).toContainText(saved);
      await page.reload();
      await hydrated(page);
      await expect(section.locator('#mail-new-referral-daily')).toBeChecked();
      await expect(section.locator('#mail-referral-overdue-now')).toBeChecked();
      await expect(section.locator('#mail-language')).toHaveValue('uk');
      // Back to the defaults for the other tests.
      await section.locator('#mail-new-referral-now').check();
      await section.locator('#mail-language').selectOption('de');
      await section.locator('button[type=submit]').click();
      await expect(page.locator('.status-region .success')).toContainText(saved);
      expect(errors).toEqual([]);
    });

    test('the administrator reads the outbox: the demo referrals\' mails, waiting without a mail server', async ({ page }) => {
      const errors = consoleErrors(page);
      await as(page, 'admin@lotse.example');
      await page.goto('/');
      await hydrated(page);
      await page.locator('a[href="/admin/mail"]').first().click();
      await expect(page).toHaveURL(/\/admin\/mail$/);
      await hydrated(page);
      const mails = page.locator('.mail-list > li');
      await expect(mails.first()).toBeVisible();
      // The demo's referrals went to the partners' staff; no mail server is set up.
      const toPartner = mails.filter({ hasText: 'kurstraeger@lotse.example' }).first();
      await expect(toPartner).toBeVisible();
      await toPartner.locator('summary').click();
      await expect(toPartner.locator('.mail-body')).toContainText('/referrals/');
      await expect(toPartner.locator('.mail-body')).toContainText('/account');
      await axe(page, '/admin/mail');
      expect(errors).toEqual([]);
    });
  });
}
