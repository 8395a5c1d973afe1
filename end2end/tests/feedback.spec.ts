import { expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
}

test('a language typed by its German name is taken, and a refused phase change takes the earlier "Gespeichert." away', async ({ page }) => {
  await as(page, 'fallmanager@lotse.example');
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill('Samira');
  await page.locator('#client-family_name').fill('Nasser');
  // The hint invites German names: "Arabisch" is taken as typed.
  await page.locator('#client-preferred_language').fill('Arabisch');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.locator('#client-preferred_language-error')).toHaveCount(0);
  await expect(page.getByText('Die Person wurde angelegt.')).toBeVisible();
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await hydrated(page);
  await expect(page.locator('body')).toContainText('(ara)');

  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  await hydrated(page);
  const saved = page.locator('.status-region .success');
  await page.locator('#phase-to_phase').selectOption('intake');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(saved).toHaveText('Gespeichert.');

  // Closing without a reason is refused: the error stands alone.
  await page.locator('#phase-to_phase').selectOption('closed');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(page.locator('#phase-closure_reason-error')).toBeVisible();
  await expect(saved).toHaveCount(0);
  await expect(page.locator('.phase')).toContainText('Erstgespräch');
});

test('the coordinator\'s and the administrator\'s start pages lead to their areas; the refused client list offers nothing to click', async ({ page }) => {
  await as(page, 'koordination@lotse.example');
  const areas = page.locator('section', { has: page.getByRole('heading', { name: 'Ihre Bereiche' }) });
  for (const name of ['Kennzahlen', 'Strukturthemen', 'Arbeitsgruppen', 'Zwischenergebnisse']) {
    await expect(areas.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('body')).not.toContainText('Weitere Bereiche folgen');
  await areas.getByRole('link', { name: 'Strukturthemen', exact: true }).click();
  await expect(page).toHaveURL(/\/coordination\/issues$/);

  await page.goto('/clients');
  await hydrated(page);
  await expect(page.getByText('Dafür fehlt Ihnen die Berechtigung.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neue Klientin / neuer Klient' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Meine Fälle als CSV herunterladen' })).toHaveCount(0);

  await as(page, 'admin@lotse.example');
  for (const name of ['Organisationen', 'Benutzerkonten', 'Kataloge']) {
    await expect(areas.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('body')).not.toContainText('Weitere Bereiche folgen');
});
