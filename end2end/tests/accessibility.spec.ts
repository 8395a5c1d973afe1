import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

for (const locale of ['de', 'ar']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the sign-in page has no axe violations', async ({ page }) => {
      await page.goto('/sign-in');
      await hydrated(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    });

    test('the client pages have no axe violations', async ({ page }) => {
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      // Demo client 1 is Amira Haddad, with a case in implementation and an agreed plan.
      for (const path of ['/clients', '/clients/new', '/clients/1', '/cases/1', '/cases/1/plan', '/cases/1/plan?form=new-goal-form', '/cases/1/plan/print']) {
        await page.goto(path);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations, path).toEqual([]);
      }
    });

    test('the partner-network pages have no axe violations', async ({ page }) => {
      const check = async (path: string) => {
        await page.goto(path);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations, path).toEqual([]);
      };
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      // Demo case 3 (Olena Kovalenko) has a consent and a referral with a confirmed seat.
      await check('/cases/3/network');
      await page.goto('/cases/3/plan');
      await hydrated(page);
      await page.getByRole('link', { name: /./ }).filter({ has: page.locator('xpath=self::a[contains(@href, "network?step=")]') }).first().click();
      await hydrated(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations, 'course search').toEqual([]);
      await check('/offers');
      await check('/offers/new');
      await page.goto('/cases/3/network');
      const consent = await page.locator('.consent-list a').first().getAttribute('href');
      const referral = await page.locator('.referral-list a').first().getAttribute('href');
      await check(consent!);
      await check(referral!);
      for (const [email, path] of [['kurstraeger@lotse.example', '/'], ['kurstraeger@lotse.example', referral!], ['datenschutz@lotse.example', '/audit'], ['datenschutz@lotse.example', '/retention'], ['datenschutz@lotse.example', '/holds']]) {
        await page.context().clearCookies();
        await signIn(page, email);
        await expect(page).toHaveURL(/\/$/);
        await check(path);
      }
    });

    test('the volunteer pages have no axe violations', async ({ page }) => {
      const check = async (path: string) => {
        await page.goto(path);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations, path).toEqual([]);
      };
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await check('/cases/1/volunteers');
      await check('/cases/3/volunteers');
      await page.context().clearCookies();
      await page.setViewportSize({ width: 800, height: 1280 });
      await signIn(page, 'ehrenamt@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await check('/');
    });

    test('the start page has no axe violations', async ({ page }) => {
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await hydrated(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}

test('the pages fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'admin@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a case\'s pages fit a 360 px phone in Arabic, whose tab names are longer, without sideways scrolling', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await page.context().addCookies([{ name: 'lotse_lang', value: 'ar', url: baseURL! }]);
  for (const path of ['/cases/3', '/cases/3/plan']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const language of ['de', 'ar', 'uk']) {
  test(`the client portal has no axe violations in ${language}, on a phone`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const check = async (path: string) => {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations, path).toEqual([]);
    };
    await page.context().addCookies([{ name: 'lotse_lang', value: language, url: baseURL! }]);
    await check('/portal/sign-in');
    await page.locator('#portal-code').fill('DEMO-OLENA');
    await page.locator('#portal-pin').fill('246810');
    await page.locator('form.stacked-form button[type=submit]').click();
    await expect(page).toHaveURL(/\/portal$/);
    // The portal opened in Olena's language; the page is checked in the one asked for.
    await page.context().addCookies([{ name: 'lotse_lang', value: language, url: baseURL! }]);
    for (const path of ['/portal', '/portal/appointments', '/portal/referrals', '/portal/consents', '/portal/access', '/portal/correction', '/portal/data']) {
      await check(path);
    }
  });
}

test('the case\'s portal tab and an access letter have no axe violations', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/cases/3/portal');
  await hydrated(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});
