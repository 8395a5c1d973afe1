import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

async function staff(page: Page, email: string) {
  // Leave the page first: a request it still makes after the cookies are gone would
  // answer 401 and count as a console error.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

async function portalSignIn(page: Page, code: string, pin: string, repeat?: string) {
  // Leave the page first: a request it still makes after the cookies are gone would
  // answer 401 and count as a console error.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto('/portal/sign-in');
  await hydrated(page);
  await page.locator('#portal-code').fill(code);
  if (repeat !== undefined) {
    await page.locator('#portal-pin').fill('');
    await page.locator('form.stacked-form button[type=submit]').click();
    await expect(page.locator('#portal-pin-repeat')).toBeVisible();
    await page.locator('#portal-pin-repeat').fill(repeat);
  }
  await page.locator('#portal-pin').fill(pin);
  await page.locator('form.stacked-form button[type=submit]').click();
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
}

test('a client asks in the portal to erase her data: refused with a reason she reads, then erased', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = consoleErrors(page);
  const family = `Löschung${Date.now()}`;

  // A case manager registers Nadia, opens a case and gives her a portal letter.
  await staff(page, 'fallmanager@lotse.example');
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill('Nadia');
  await page.locator('#client-family_name').fill(family);
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await expect(page).toHaveURL(/\/clients\/\d+$/);
  const clientId = page.url().match(/\/clients\/(\d+)$/)![1];
  await hydrated(page);
  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  const caseId = page.url().match(/\/cases\/(\d+)$/)![1];
  await page.goto(`/cases/${caseId}/portal`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Zugangsbrief ausstellen', exact: true }).click();
  const code = (await page.locator('.letter-code').first().textContent())!.trim();

  // Nadia signs in on her phone, chooses a PIN and asks for erasure.
  await page.setViewportSize({ width: 360, height: 780 });
  await portalSignIn(page, code, '135790', '135790');
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/portal/data');
  await hydrated(page);
  await page.getByRole('button', { name: 'Löschung beantragen' }).click();
  await expect(page.getByText('Ihr Antrag wurde gesendet.')).toBeVisible();
  await expect(page.locator('section[aria-labelledby=my-erasure]')).toContainText('Die Entscheidung steht noch aus.');
  await axeClean(page);

  // The request is on the case manager's dashboard.
  await page.setViewportSize({ width: 1280, height: 900 });
  await staff(page, 'fallmanager@lotse.example');
  await page.goto('/');
  await hydrated(page);
  const followUp = page.locator('.follow-ups li', { hasText: family });
  await expect(followUp).toContainText('Im Portal die Löschung der Daten beantragt');

  // The data-protection officer refuses it, with a reason from the list.
  await staff(page, 'datenschutz@lotse.example');
  await page.goto('/erasure-requests');
  await hydrated(page);
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: new RegExp(`Person Nr\\. \\W*${clientId}\\W*$`) }) });
  await expect(card).toContainText('im Portal');
  await axeClean(page);
  // Refusing without a reason says what is missing.
  await card.getByRole('button', { name: 'Antrag ablehnen' }).click();
  await expect(card.locator('.field-error')).toBeVisible();
  await card.getByLabel('Grund der Ablehnung').selectOption('legal-duty');
  await card.getByRole('button', { name: 'Antrag ablehnen' }).click();
  await expect(card).toHaveCount(0);
  await expect(page.locator('#erasure-decided').locator('..')).toContainText('Abgelehnt');

  // Nadia reads the refusal and its reason, and asks again.
  await page.setViewportSize({ width: 360, height: 780 });
  await portalSignIn(page, code, '135790');
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/portal/data');
  await hydrated(page);
  await expect(page.getByText('Ein Gesetz verlangt, dass wir diese Daten noch eine Zeit lang aufbewahren.')).toBeVisible();
  await page.getByRole('button', { name: 'Löschung beantragen' }).click();
  await expect(page.getByText('Ihr Antrag wurde gesendet.')).toBeVisible();

  // Her case manager erases the data from her record, after ticking the box.
  await page.setViewportSize({ width: 1280, height: 900 });
  await staff(page, 'fallmanager@lotse.example');
  await page.goto(`/clients/${clientId}`);
  await hydrated(page);
  const section = page.locator('section[aria-labelledby=erasure-title]');
  await expect(section).toContainText('im Portal die Löschung ihrer Daten beantragt');
  await section.getByRole('button', { name: 'Jetzt alle Daten löschen' }).click();
  await expect(section.locator('.field-error')).toContainText('Bitte bestätigen Sie');
  await section.getByLabel('Ich habe geprüft').check();
  await section.getByRole('button', { name: 'Jetzt alle Daten löschen' }).click();
  await expect(page).toHaveURL(/\/clients(\?done=erased)?$/);
  await expect(page.getByText('Die Daten der Person wurden gelöscht.')).toBeVisible();
  await page.goto(`/clients/${clientId}`);
  await expect(page.locator('main')).not.toContainText(family);

  // Her letter's code no longer signs anyone in.
  await portalSignIn(page, code, '135790');
  await expect(page).toHaveURL(/\/portal\/sign-in$/);

  // The officer's list keeps the record that an erasure happened, naming no one.
  await staff(page, 'datenschutz@lotse.example');
  await page.goto('/erasure-requests');
  await hydrated(page);
  await expect(page.locator('#erasure-decided').locator('..')).toContainText('Gelöschte Person');
  await expect(page.locator('main')).not.toContainText(family);
  // The refused forms answer 422 on purpose, and the erased record 404: nothing else.
  expect(errors.filter((e) => !e.includes('422') && !e.includes('404'))).toEqual([]);
});
