import { expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

async function saved(page: Page) {
  await expect(page.locator('.status-region .success')).toBeVisible();
}

const COURSE = 'Integrationskurs mit Kinderbetreuung – Kalk';

test('a case manager finds a course with childcare, records the missing consent and refers; the provider confirms; revoking ends its access', async ({ page }) => {
  test.setTimeout(180_000);
  await as(page, 'fallmanager@lotse.example');

  // Reza Ahmadi (a three-year-old daughter, lives in Kalk): find a course for his course step.
  await page.goto('/cases/2/plan');
  await hydrated(page);
  await page.getByRole('link', { name: 'Passenden Kurs finden' }).first().click();
  await expect(page).toHaveURL(/\/cases\/2\/network\?step=\d+/);
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'Kinderbetreuung nicht voraussetzen' })).toBeVisible();
  const first = page.locator('.course-list > li').first();
  await expect(first.locator('h3')).toHaveText(COURSE);
  await expect(first).toContainText('Kinderbetreuung');

  // The referral form says which consent is missing and offers to record it.
  await first.locator('summary').click();
  await expect(first.locator('.missing-consent')).toContainText('Sprache und Bildung');
  await first.getByRole('link', { name: 'Einwilligung jetzt erfassen' }).click();
  await hydrated(page);
  const consentForm = page.locator('#consent-form');
  await expect(consentForm).toHaveAttribute('open', '');
  await expect(page.locator('#share-consent-organisation_id option:checked')).toContainText('Sprachschule am Rhein');
  await expect(consentForm.locator('input[name=cat_language]')).toBeChecked();
  await page.locator('#share-consent-method').selectOption('signature');
  await consentForm.getByRole('button', { name: 'Einwilligung speichern' }).click();
  await saved(page);
  await expect(page.locator('.consent-list')).toContainText('Sprachschule am Rhein');

  // Now the consent covers the referral: one action refers and registers the step.
  const course = page.locator('.course-list > li').first();
  await course.locator('summary').click();
  await expect(course.locator('.hint.ok')).toBeVisible();
  await course.getByRole('button', { name: 'Vermitteln' }).click();
  await saved(page);
  await expect(page.locator('.referral-list')).toContainText(COURSE);
  await expect(page.locator('.referral-list')).toContainText('gesendet');
  await page.goto('/cases/2/plan');
  await hydrated(page);
  const step = page.locator('li.step', { hasText: 'Integrationskurs' }).first();
  await expect(step.locator('.status')).toHaveText('angemeldet');

  // The course provider finds the referral in its inbox, sees the shared data and confirms a seat.
  await as(page, 'kurstraeger@lotse.example');
  const entry = page.locator('.referral-list li', { hasText: COURSE }).filter({ hasText: 'gesendet' }).first();
  await expect(entry).toContainText('رضا احمدی');
  await entry.locator('a').first().click();
  await expect(page).toHaveURL(/\/referrals\/\d+$/);
  const referralUrl = page.url();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Sprache und Bildung' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gesundheit' })).toHaveCount(0);
  await page.locator('#answer-status').selectOption('accepted');
  await page.locator('#answer-seat').selectOption('confirmed');
  await page.locator('#answer-starts_on').fill(iso(0));
  await page.getByRole('button', { name: 'Speichern' }).first().click();
  await saved(page);
  await expect(page.locator('.facts').first()).toContainText('Platz bestätigt');

  // The case manager sees the step started (the course begins today).
  await as(page, 'fallmanager@lotse.example');
  await page.goto('/cases/2/plan');
  await hydrated(page);
  await expect(page.locator('li.step', { hasText: 'Integrationskurs' }).first().locator('.status')).toHaveText('begonnen');

  // Revoking the consent removes the provider's access on its next page load.
  await page.goto('/cases/2/network');
  await hydrated(page);
  await page.locator('.consent-list li', { hasText: 'Sprachschule am Rhein' }).getByRole('button', { name: 'Widerrufen' }).click();
  await saved(page);
  await expect(page.locator('.consent-list')).toContainText('widerrufen');
  await as(page, 'kurstraeger@lotse.example');
  await page.goto(referralUrl);
  await hydrated(page);
  await expect(page.locator('p.notice')).toContainText('keine gültige Einwilligung');
  await expect(page.getByRole('heading', { name: 'Sprache und Bildung' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('رضا احمدی');
});

test('the data-protection officer finds the provider\'s reads in the audit log and the chain is intact', async ({ page }) => {
  await as(page, 'datenschutz@lotse.example');
  await page.goto('/audit');
  await hydrated(page);
  await expect(page.locator('table')).toBeVisible();
  await page.getByRole('button', { name: 'Integrität prüfen' }).click();
  await expect(page.getByText('Das Protokoll ist vollständig und unverändert.')).toBeVisible();
});

test('the data-protection officer sets a retention period; a wrong one is refused and what was typed stays', async ({ page }) => {
  await as(page, 'datenschutz@lotse.example');
  await page.goto('/');
  await page.getByRole('link', { name: 'Löschfristen' }).first().click();
  await hydrated(page);
  const amount = page.locator('#retention-health-notes-amount');
  const unit = page.locator('#retention-health-notes-unit');
  const row = page.locator('tr', { has: amount });
  await expect(row).toContainText('der letzte Fall der Person abgeschlossen ist');
  await expect(amount).toHaveValue('6');
  await expect(unit).toHaveValue('months');
  await amount.fill('0');
  await row.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.locator('#retention-health-notes-amount-error')).toContainText('größer als null');
  await expect(amount).toHaveValue('0');
  await amount.fill('1');
  await unit.selectOption('years');
  await row.getByRole('button', { name: 'Speichern' }).click();
  await expect(row).toContainText(/vorher\W*6\W*Monate/);
  await page.reload();
  await hydrated(page);
  await expect(amount).toHaveValue('1');
  await expect(unit).toHaveValue('years');
});

test('a case manager restricts a client\'s data; the case is marked; the data-protection officer lists and ends the restriction', async ({ page }) => {
  test.setTimeout(120_000);
  await as(page, 'fallmanager@lotse.example');
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill('Samir');
  await page.locator('#client-family_name').fill('Einschränkung');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samir Einschränkung');
  await hydrated(page);
  const clientId = page.url().match(/\/clients\/(\d+)/)![1];

  await page.getByText('Daten einschränken (statt löschen)').click();
  await page.getByRole('button', { name: 'Einschränken', exact: true }).click();
  await expect(page.locator('#hold-hold_reason-error')).toContainText('Bitte');
  await page.locator('#hold-hold_reason').selectOption('disputed-accuracy');
  await page.locator('#hold-hold_until').fill(iso(-1));
  await page.locator('#hold-hold_note').fill('Geburtsdatum bestritten');
  await page.getByRole('button', { name: 'Einschränken', exact: true }).click();
  await expect(page.locator('#hold-hold_until-error')).toContainText('nicht in der Vergangenheit');
  await expect(page.locator('#hold-hold_note')).toHaveValue('Geburtsdatum bestritten');
  await page.locator('#hold-hold_until').fill(iso(30));
  await page.getByRole('button', { name: 'Einschränken', exact: true }).click();
  const banner = page.locator('section.restricted');
  await expect(banner).toContainText('eingeschränkt bis einschließlich');
  await expect(banner).toContainText('Richtigkeit bestritten');
  await expect(banner).toContainText('Geburtsdatum bestritten');

  // Every page of the client's case says so.
  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  await expect(page.locator('.case-head .badge.restricted')).toContainText('Eingeschränkt bis');

  // The data-protection officer sees it with the demo's and ends it; a wrong number is refused.
  await as(page, 'datenschutz@lotse.example');
  await page.getByRole('link', { name: 'Einschränkungen' }).first().click();
  await hydrated(page);
  const row = page.locator('tr', { has: page.locator(`th:text-is("${clientId}")`) });
  await expect(row).toContainText('Richtigkeit bestritten');
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await row.getByRole('button', { name: 'Einschränkung beenden' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody')).toContainText('Laufendes Verfahren');
  await page.locator('#hold-by-number-client_number').fill('abc');
  await page.locator('#hold-by-number-hold_reason').selectOption('client-request');
  await page.locator('#hold-by-number-hold_until').fill(iso(10));
  await page.getByRole('button', { name: 'Einschränken', exact: true }).click();
  await expect(page.locator('#hold-by-number-client_number-error')).toContainText('keine Person mit dieser Nummer');
  await expect(page.locator('#hold-by-number-client_number')).toHaveValue('abc');
});

test('partner staff maintain their offers in the directory', async ({ page }) => {
  await as(page, 'kurstraeger@lotse.example');
  await page.goto('/offers');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();
  await page.getByRole('link', { name: /Neues Angebot/ }).click();
  await hydrated(page);
  await page.locator('#offer-service_type').selectOption('literacy-course');
  await page.locator('#offer-title').fill('Alphabetisierung am Abend – Porz');
  await page.locator('#offer-district').selectOption('porz');
  await page.locator('#offer-address').fill('Hauptstraße 1, 51143 Köln');
  await page.locator('#offer-starts').fill(iso(20));
  await page.locator('#offer-free_seats').fill('30');
  await page.locator('#offer-capacity').fill('12');
  await page.getByRole('button', { name: /Speichern/ }).click();
  // More free seats than seats: the field says so and nothing typed is lost.
  await expect(page.locator('#offer-free_seats-error')).not.toBeEmpty();
  await expect(page.locator('#offer-title')).toHaveValue('Alphabetisierung am Abend – Porz');
  await page.locator('#offer-free_seats').fill('4');
  await page.getByRole('button', { name: /Speichern/ }).click();
  await expect(page).toHaveURL(/\/offers\?own=on/);
  await expect(page.getByRole('heading', { name: 'Alphabetisierung am Abend – Porz' })).toBeVisible();
});
