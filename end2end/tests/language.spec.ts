import { expect, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

test.describe('a first visit with an Arabic browser', () => {
  test.use({ locale: 'ar' });

  test('renders right-to-left Arabic, and switching to German needs no reload', async ({ page }) => {
    await page.goto('/sign-in');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
    await page.evaluate(() => ((window as any).__notReloaded = true));

    await page.locator('#language-select').selectOption('de');
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(html).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    expect(await page.evaluate(() => (window as any).__notReloaded)).toBe(true);

    await page.reload();
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  });
});

test('the chosen language survives sign-in, and a case manager works in Arabic', async ({ page }) => {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.locator('#language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.whoami-role')).not.toHaveText('Fallmanagement');
  await expect(page.locator('.whoami-name')).toHaveText('Leyla Yılmaz');
});

test('language names are shown in their own script', async ({ page }) => {
  await page.goto('/sign-in');
  const options = page.locator('#language-select option');
  await expect(options).toHaveText([
    'Deutsch', 'English', 'العربية', 'فارسی', 'دری', 'پښتو', 'Türkçe', 'Kurmancî', 'Українська', 'Русский', 'Français',
  ]);
});
