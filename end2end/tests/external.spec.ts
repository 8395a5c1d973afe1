import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

// The demo refers Reza Ahmadi to the Handwerkskammer zu Köln, a partner without accounts:
// its contact gets a link by mail (waiting in the outbox, as no mail server is set up) and
// opens it with a one-time code from a second mail.
const CONTACT = 'anerkennung@hwk-koeln.example';
// Reza Ahmadi's name as the demo records it.
const NAME = 'رضا احمدی';

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations, what).toEqual([]);
}

/** The body of the newest mail to `to` that contains `text`, as the administrator reads it. */
async function newestMail(browser: Browser, to: string, text: string): Promise<string> {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, 'admin@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/admin/mail');
  await hydrated(page);
  const mail = page.locator('.mail-list > li').filter({ hasText: to }).filter({ hasText: text }).first();
  await mail.locator('summary').click();
  const body = await mail.locator('.mail-body').innerText();
  await context.close();
  return body;
}

async function theLink(browser: Browser): Promise<string> {
  const mail = await newestMail(browser, CONTACT, '/extern/');
  return mail.match(/\/extern\/[0-9a-f]{64}/)![0];
}

for (const locale of ['de', 'ar']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the chamber\'s contact opens the referral with the code from the second mail', async ({ page, browser }) => {
      const errors = consoleErrors(page);
      const link = await theLink(browser);
      await page.context().clearCookies();
      await page.goto(link);
      await hydrated(page);
      // Nothing about the client before the code.
      await expect(page.locator('#external-code')).toBeVisible();
      await expect(page.locator('main')).not.toContainText(NAME);
      await axe(page, 'the code step');
      await page.locator('form:not(:has(#external-code)) button[type=submit]').click();
      await expect(page.locator('main p.success')).toBeVisible();
      const mail = await newestMail(browser, CONTACT, 'Ihr Einmal-Code');
      const code = mail.match(/\b\d{6}\b/)![0];
      await page.locator('#external-code').fill('000000' === code ? '000001' : '000000');
      await page.locator('form:has(#external-code) button[type=submit]').click();
      await expect(page.locator('#external-code-error')).not.toBeEmpty();
      await page.locator('#external-code').fill(code);
      await page.locator('form:has(#external-code) button[type=submit]').click();
      // The referral, with exactly what the client consented to share.
      await expect(page.locator('#external-facts')).toBeVisible();
      await expect(page.locator('main')).toContainText(NAME);
      await expect(page.locator('main')).toContainText('Kfz-Mechaniker');
      await expect(page.locator('#referral-shared ~ h3')).toHaveCount(3);
      await axe(page, 'the referral behind the link');
      await page.locator('#message-note').fill(`Rückfrage (${locale})`);
      await page.locator('form:has(#message-note) button[type=submit]').click();
      await expect(page.locator('.history')).toContainText(`Rückfrage (${locale})`);
      expect(errors).toEqual([]);
    });

    test('the case manager sees the link and renews it', async ({ page }) => {
      const errors = consoleErrors(page);
      await page.context().clearCookies();
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await page.goto('/cases/2/network');
      await hydrated(page);
      await page.locator('.referral-list li').filter({ hasText: 'Handwerkskammer zu Köln' }).locator('a').first().click();
      await hydrated(page);
      const panel = page.locator('section[aria-labelledby=referral-external]');
      await expect(panel).toContainText(CONTACT);
      await expect(panel.locator('dd strong')).not.toBeEmpty();
      await axe(page, 'the referral with its link');
      await panel.locator('form').first().locator('button').click();
      await expect(panel.locator('p.success')).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('a withdrawn link shows nothing, also to the browser that had typed its code', async ({ page, browser }) => {
  const errors = consoleErrors(page);
  const link = await theLink(browser);
  const contact = await browser.newContext({ locale: 'de-DE' });
  const theirs = await contact.newPage();
  await theirs.goto(link);
  await theirs.locator('form:not(:has(#external-code)) button[type=submit]').click();
  const mail = await newestMail(browser, CONTACT, 'Ihr Einmal-Code');
  await theirs.locator('#external-code').fill(mail.match(/\b\d{6}\b/)![0]);
  await theirs.locator('form:has(#external-code) button[type=submit]').click();
  await expect(theirs.locator('#external-facts')).toBeVisible();

  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/cases/2/network');
  await page.locator('.referral-list li').filter({ hasText: 'Handwerkskammer zu Köln' }).locator('a').first().click();
  await hydrated(page);
  const panel = page.locator('section[aria-labelledby=referral-external]');
  await panel.locator('form').nth(1).locator('button').click();
  await expect(panel).toContainText('zurückgezogen');

  await theirs.reload();
  await expect(theirs.locator('main p.notice')).toBeVisible();
  await expect(theirs.locator('main')).not.toContainText(NAME);
  await contact.close();
  expect(errors).toEqual([]);
});

// Clients' appointment reminders, on a phone: in Arabic (Amira's language, which signing in
// chooses) and in German.
test.describe('appointment reminders', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('Amira switches appointment reminders on and off', async ({ page, baseURL }) => {
    const errors = consoleErrors(page);
    await page.context().clearCookies();
    await page.goto('/portal/sign-in');
    await hydrated(page);
    await page.locator('#portal-code').fill('DEMO-AMIRA');
    await page.locator('#portal-pin').fill('246810');
    await page.locator('form.stacked-form button[type=submit]').tap();
    await expect(page).toHaveURL(/\/portal$/);
    for (const locale of ['ar', 'de']) {
      await page.context().addCookies([{ name: 'lotse_lang', value: locale, url: baseURL! }]);
      await page.goto('/portal/appointments');
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const section = page.locator('section.reminders');
      await expect(section).toContainText('amira.haddad@example.org');
      const before = await section.locator('[role=status]').innerText();
      await section.locator('button[type=submit]').tap();
      await expect(section.locator('[role=status]')).not.toHaveText(before);
      await axe(page, `appointments with reminders (${locale})`);
      const after = await section.locator('[role=status]').innerText();
      await section.locator('button[type=submit]').tap();
      await expect(section.locator('[role=status]')).toHaveText(before);
      expect(after).not.toEqual(before);
    }
    expect(errors).toEqual([]);
  });
});

for (const locale of ['de', 'ar']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the administrator adds a partner organisation without accounts', async ({ page }) => {
      const errors = consoleErrors(page);
      await page.context().clearCookies();
      await signIn(page, 'admin@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await page.goto('/admin/organisations');
      await hydrated(page);
      await expect(page.locator('table')).toContainText('anerkennung@ihk-koeln.example');
      await axe(page, '/admin/organisations');
      const name = `Sportverein Kalk (${locale})`;
      await page.locator('#ext-name').fill(name);
      await page.locator('#ext-type').selectOption('welfare_organisation');
      await page.locator('#ext-contact').fill('Jana Becker');
      await page.locator('#ext-email').fill('kein-at-zeichen');
      await page.locator('form:has(#ext-name) button[type=submit]').click();
      // Refused with the field named, and nothing typed is lost.
      await expect(page.locator('#ext-email-error')).not.toBeEmpty();
      await expect(page.locator('#ext-name')).toHaveValue(name);
      await expect(page.locator('#ext-contact')).toHaveValue('Jana Becker');
      await page.locator('#ext-email').fill(`jana.${locale}@sportverein.example`);
      await page.locator('form:has(#ext-name) button[type=submit]').click();
      await expect(page.locator('p.success[role=status]')).toBeVisible();
      await expect(page.locator('table')).toContainText(`jana.${locale}@sportverein.example`);
      expect(errors).toEqual([]);
    });
  });
}
