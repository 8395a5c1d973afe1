import { expect, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

test.describe('a first visit with an Arabic browser', () => {
  test.use({ locale: 'ar' });

  test('renders right-to-left Arabic, and switching to German keeps what was typed', async ({ page }) => {
    await page.goto('/sign-in');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
    await page.locator('#email').fill('fallmanager@lotse.example');

    // The page comes back in German (the server translates; no messages travel to the
    // browser), with the address typed still there.
    await page.locator('#language-select').selectOption('de');
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(html).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await hydrated(page);
    await expect(page.locator('#email')).toHaveValue('fallmanager@lotse.example');

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
