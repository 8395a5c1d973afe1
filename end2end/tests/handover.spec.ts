import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

const ORGANISATION = 'Stadt Köln – Kommunales Integrationsmanagement';
const PASSWORD = 'uebergabe-geheim-1';

async function as(page: Page, email: string, password?: string) {
  // Leave the page first: a request it still makes after the cookies are gone would
  // answer 401 and count as a console error.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/$/);
}

test('an administrator hands a leaving case manager\'s cases over to a colleague, then deactivates the account', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = consoleErrors(page);
  const stamp = Date.now();
  const leaving = `abgang-${stamp}@lotse.example`;
  const staying = `neu-${stamp}@lotse.example`;

  // Two case managers of the city: one leaves, one takes over.
  await as(page, 'admin@lotse.example');
  for (const [name, email] of [[`Jonas Abgang ${stamp}`, leaving], [`Mira Neu ${stamp}`, staying]]) {
    // A fresh page each time, so that the confirmation seen is this account's.
    await page.goto('/admin/users');
    await hydrated(page);
    await page.locator('#user-name').fill(name);
    await page.locator('#user-email').fill(email);
    await page.locator('#user-organisation').selectOption({ label: ORGANISATION });
    await page.locator('#user-role').selectOption('case_manager');
    await page.locator('#user-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Benutzerkonto anlegen' }).click();
    await expect(page.getByText('Das Benutzerkonto wurde angelegt.')).toBeVisible();
  }

  // The leaving case manager has a case.
  await as(page, leaving, PASSWORD);
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill('Dmytro');
  await page.locator('#client-family_name').fill(`Übergabe${stamp}`);
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  const caseId = page.url().match(/\/cases\/(\d+)$/)![1];

  // Deactivating the account first asks for the handover.
  await as(page, 'admin@lotse.example');
  await page.goto('/admin/users');
  await hydrated(page);
  const row = page.getByRole('row').filter({ hasText: leaving });
  await row.getByRole('button', { name: 'Deaktivieren' }).click();
  await expect(page.getByText('Diese Person ist noch für offene Fälle zuständig.')).toBeVisible();
  await row.getByRole('link', { name: 'Fälle übergeben' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fälle übergeben');
  await hydrated(page);
  await expect(page.locator('.lead')).toContainText(`Jonas Abgang ${stamp}`);
  // Fluent isolates the number with invisible marks.
  const box = page.getByRole('checkbox', { name: new RegExp(`^Fall\\W*${caseId}\\W*übergeben$`) });
  await expect(box).toBeChecked();
  await expect(page.getByRole('button', { name: 'Deaktivieren' })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);

  // Without a colleague chosen, the form says so and keeps the ticks.
  await page.getByRole('button', { name: 'Angekreuzte Fälle übergeben' }).click();
  await expect(page.locator('#handover-to-error')).toHaveText('Bitte wählen Sie eine Möglichkeit aus.');
  await expect(box).toBeChecked();
  const colleague = await page.locator('#handover-to option', { hasText: `Mira Neu ${stamp}` }).getAttribute('value');
  await page.locator('#handover-to').selectOption(colleague!);
  await page.getByRole('button', { name: 'Angekreuzte Fälle übergeben' }).click();
  await expect(page.getByText('Anzahl der Fälle')).toContainText('1');
  await expect(page.getByText('Diese Person ist für keinen Fall zuständig.')).toBeVisible();
  await page.getByRole('button', { name: 'Deaktivieren' }).click();
  await expect(page.getByText('Das Konto ist deaktiviert.')).toBeVisible();
  await expect(page.locator('.status-text')).toHaveText('deaktiviert');

  // The colleague works on the case now; the handover is in the audit log.
  await as(page, staying, PASSWORD);
  await page.goto(`/cases/${caseId}`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Übergabe${stamp}`);
  await as(page, 'datenschutz@lotse.example');
  await page.goto('/audit?action=handover');
  await hydrated(page);
  await expect(page.getByRole('cell', { name: `case:${caseId}` })).toBeVisible();
  // The two refusals above answer 422, which the browser logs; nothing else may fail.
  expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
});
