import { expect, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

test('a case manager registers a client, is warned of a possible duplicate, and finds her in any script', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Klient:innen' }).click();
  await page.getByRole('link', { name: 'Neue Klientin / neuer Klient' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neue Klientin / neuer Klient');
  await hydrated(page);

  await page.locator('#client-given_names').fill('Олена');
  await page.locator('#client-family_name').fill('Коваленко');
  await page.locator('#client-birth_day').fill('31');
  await page.locator('#client-birth_year').fill('1979');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.locator('#client-birth_month-error')).toHaveText('Ein Tag ohne Monat ist nicht möglich.');
  await expect(page.locator('#client-given_names')).toHaveValue('Олена');
  await page.locator('#client-birth_day').fill('');
  await page.locator('#client-preferred_language').selectOption('ukr');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Die Person wurde angelegt.')).toBeVisible();

  // The same person again, in Latin letters: Lotse points to the existing record first.
  await page.locator('#client-given_names').fill('Olena');
  await page.locator('#client-family_name').fill('Kovalenko');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { name: 'Diese Personen sind vielleicht schon erfasst:' })).toBeVisible();
  await expect(page.locator('.duplicates')).toContainText('Олена Коваленко');

  await page.goto('/clients');
  await hydrated(page);
  await page.locator('#client-search').fill('olena');
  await expect(page.getByRole('cell', { name: 'Олена Коваленко' })).toBeVisible();
  await page.locator('#client-search').fill('Kovalenko');
  await expect(page.getByRole('cell', { name: 'Олена Коваленко' })).toBeVisible();
  await page.locator('#client-search').fill('Haddad');
  await expect(page.getByText('Niemand gefunden.')).toBeVisible();
});
