import { expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

/** The client search is a plain GET form: type, press Enter, and the list is the answer. */
async function search(page: Page, text: string) {
  await page.locator('#client-search').fill(text);
  await page.locator('#client-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}(&|$)`));
}

test('a case manager registers a client, is warned of a possible duplicate, and finds her in any script', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Klient:innen' }).click();
  await page.getByRole('link', { name: 'Neue Klientin / neuer Klient' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neue Klientin / neuer Klient');
  await hydrated(page);

  await page.locator('#client-given_names').fill('Оксана');
  await page.locator('#client-family_name').fill('Мельничук');
  await page.locator('#client-birth_day').fill('31');
  await page.locator('#client-birth_year').fill('1979');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.locator('#client-birth_month-error')).toHaveText('Ein Tag ohne Monat ist nicht möglich.');
  await expect(page.locator('#client-given_names')).toHaveValue('Оксана');
  await page.locator('#client-birth_day').fill('');
  await page.locator('#client-preferred_language').fill('ukr');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Die Person wurde angelegt.')).toBeVisible();

  // The same person again, in Latin letters: Lotse points to the existing record first.
  await page.locator('#client-given_names').fill('Oksana');
  await page.locator('#client-family_name').fill('Melnychuk');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { name: 'Diese Personen sind vielleicht schon erfasst:' })).toBeVisible();
  await expect(page.locator('.duplicates')).toContainText('Оксана Мельничук');

  await page.goto('/clients');
  await hydrated(page);
  await search(page, 'oksana');
  await expect(page.getByRole('cell', { name: 'Оксана Мельничук' })).toBeVisible();
  await search(page, 'Melnychuk');
  await expect(page.getByRole('cell', { name: 'Оксана Мельничук' })).toBeVisible();
  await search(page, 'Haddad');
  await expect(page.getByRole('cell', { name: 'أميرة حداد' })).toBeVisible();
  await search(page, 'Zyxwvu');
  await expect(page.getByText('Niemand gefunden.')).toBeVisible();
});
