import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

async function register(page: Page, given: string, family: string, email = ''): Promise<string> {
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill(given);
  await page.locator('#client-family_name').fill(family);
  await page.locator('#client-birth_year').fill('1990');
  if (email) await page.locator('#client-email').fill(email);
  await page.getByRole('button', { name: 'Anlegen' }).click();
  return page.url();
}

async function openRecord(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await expect(page).toHaveURL(/\/clients\/\d+$/);
  await hydrated(page);
  return page.url().match(/\/clients\/(\d+)$/)![1];
}

test('a case manager merges a person registered twice: finds the other record, compares, chooses, and the record that stays shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = consoleErrors(page);
  const family = `Zusammen${Date.now()}`;
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);

  // Zainab is registered, and later once more as "Zaynab" with an e-mail address and a case.
  await register(page, 'Zainab', family);
  const kept = await openRecord(page);
  await register(page, 'Zaynab', family, 'zaynab@example.org');
  await expect(page.locator('.duplicates')).toContainText(`Zainab ${family}`);
  await page.getByRole('checkbox', { name: 'Es ist eine andere Person – trotzdem anlegen' }).check();
  await page.getByRole('button', { name: 'Anlegen' }).click();
  const merged = await openRecord(page);
  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  const caseId = page.url().match(/\/cases\/(\d+)$/)![1];

  // From the first record, the case manager finds the second one and compares them.
  await page.goto(`/clients/${kept}`);
  await hydrated(page);
  await page.getByRole('link', { name: 'Doppelte Akte suchen und zusammenführen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akten zusammenführen');
  const row = page.getByRole('row', { name: new RegExp(`Zaynab ${family}`) });
  await row.getByRole('link', { name: 'Vergleichen' }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${kept}/merge\\?with=${merged}$`));
  await hydrated(page);
  const keep = page.getByRole('group', { name: 'Diese Akte bleibt' });
  await expect(keep.getByRole('radio', { name: new RegExp(`Akte Nr\\.\\W*${kept}\\W`) })).toBeChecked();
  await expect(keep).toContainText('Fälle: 1');
  // Only what differs is offered: the name and the e-mail address, not the year of birth.
  await expect(page.getByRole('group', { name: 'Geburtsdatum' })).toHaveCount(0);
  // Only the second record has an e-mail address: it is chosen at first; the name of the
  // record that stays is kept.
  const email = page.getByRole('group', { name: 'E-Mail' });
  await expect(email.getByRole('radio', { name: /zaynab@example\.org/ })).toBeChecked();
  await page.getByRole('group', { name: 'Name', exact: true }).getByRole('radio', { name: new RegExp(`Zainab ${family}`) }).check();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/merge-compare.png', fullPage: true });

  await page.getByRole('button', { name: 'Akten zusammenführen' }).click();
  // The address says what happened until the page has read it.
  await expect(page).toHaveURL(new RegExp(`/clients/${kept}(\\?done=merged)?$`));
  await expect(page.getByText('Die Akten wurden zusammengeführt.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Zainab ${family}`);
  const section = page.locator('section[aria-labelledby=merge-section-title]');
  await expect(section).toContainText(new RegExp(`Akte Nr\\.\\W*${merged}\\W* \\(\\W*Zaynab ${family}\\W*\\) wurde am`));
  await expect(section).toContainText(/Aus ihr übernommen: \W*E-Mail\W*\./);
  await expect(page.locator('dl.facts')).toContainText('zaynab@example.org');
  await expect(page.getByRole('link', { name: `Fall ${caseId}` })).toBeVisible();

  expect(errors).toEqual([]);

  // The second record is gone (the one console error: its page answers 404); its case
  // belongs to the first.
  const gone = await page.goto(`/clients/${merged}`);
  expect(gone?.status()).toBe(404);
  await page.goto(`/cases/${caseId}`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Zainab ${family}`);
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
});
