import { expect, Locator, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

const iso = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/** Opens a disclosure by its summary, unless it is open already: a `<details>`, or a form the
 * server sends only when asked for (a link to the page with that form open). */
async function open(scope: Page | Locator, summary: string) {
  const details = scope.locator(`details:has(> summary:has-text("${summary}"))`).first();
  const link = scope.locator('a.disclosure-link', { hasText: summary }).first();
  if ((await link.count()) > 0) {
    await link.click();
    await expect(details).toHaveAttribute('open', '');
    return;
  }
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').first().click();
  }
}

/** Submits a form and waits until the page has reloaded its data. */
async function saved(page: Page) {
  await expect(page.locator('.status-region .success')).toBeVisible();
}

test('a case manager takes a new client from intake to an agreed plan, prints it in Arabic and sees the overdue step', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);

  // A new client, preferring Arabic.
  await page.goto('/clients/new');
  await hydrated(page);
  await page.locator('#client-given_names').fill('مريم');
  await page.locator('#client-family_name').fill('العبدالله');
  await page.locator('#client-given_names_latin').fill('Mariam');
  await page.locator('#client-family_name_latin').fill('Al-Abdullah');
  await page.locator('#client-birth_year').fill('1990');
  await page.locator('#client-preferred_language').fill('ara');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('link', { name: 'Akte öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مريم العبدالله');
  await hydrated(page);

  // A case, then intake with the client's consent.
  await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  await expect(page.locator('.case-head .phase')).toHaveText('Zugang');
  await page.locator('#phase-to_phase').selectOption('intake');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(page.locator('.case-head .phase')).toHaveText('Erstgespräch (Intake)');
  // Assessment cannot start before consent is recorded.
  await page.locator('#phase-to_phase').selectOption('assessment');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(page.locator('#phase-to_phase-error')).toContainText('Einwilligung');
  // Nor is the assessment offered: a hint says the consent comes first.
  await expect(page.locator('.assessment-consent-needed')).toContainText('Einwilligung');
  await expect(page.locator('#facts-language_level')).toHaveCount(0);
  await open(page, 'Einwilligung erfassen');
  await page.locator('#consent-given_on').fill(iso(0));
  await page.locator('#consent-method').selectOption('signature');
  await page.getByRole('button', { name: 'Einwilligung speichern' }).click();
  await expect(page.getByText('Einwilligung erteilt am')).toBeVisible();
  await expect(page.locator('.assessment-consent-needed')).toHaveCount(0);
  await page.locator('#phase-to_phase').selectOption('assessment');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(page.locator('.case-head .phase')).toHaveText('Assessment');

  // Assessment: structured facts and the language domain.
  await page.locator('#facts-language_level').selectOption('a1');
  await page.locator('#facts-housing_situation').selectOption('shelter');
  await page.locator('#facts form button[type=submit], form:has(#facts-language_level) button[type=submit]').first().click();
  await saved(page);
  await open(page, 'Sprache');
  await page.locator('#assessment-language-needs').fill('Integrationskurs mit Kinderbetreuung');
  await page.locator('#assessment-language-client_goals').fill('Mit der Lehrerin meiner Tochter sprechen');
  await page.locator('form:has(#assessment-language-needs) button[type=submit]').click();
  await expect(page.locator('summary', { hasText: 'Sprache' })).toContainText('erfasst');
  await page.locator('#phase-to_phase').selectOption('planning');
  await page.getByRole('button', { name: 'Phase wechseln' }).click();
  await expect(page.locator('.case-head .phase')).toHaveText('Hilfeplanung');

  // The plan: two goals, three steps. An empty goal is refused next to the field.
  await page.locator('.case-tabs').getByRole('link', { name: 'Integrationsplan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await hydrated(page);
  await page.locator('#new-goal-domain').selectOption('language');
  await page.locator('form:has(#new-goal-domain) button[type=submit]').click();
  await expect(page.locator('#new-goal-plain_wording-error')).toBeVisible();
  await page.locator('#new-goal-template').selectOption('reach-b1');
  await page.locator('#new-goal-target_date').fill(iso(200));
  await page.locator('form:has(#new-goal-domain) button[type=submit]').click();
  await expect(page.locator('article.goal')).toHaveCount(1);
  await open(page, 'Ziel hinzufügen');
  await page.locator('#new-goal-domain').selectOption('housing');
  await page.locator('#new-goal-client_words').fill('Eine Wohnung für meine Familie');
  await page.locator('#new-goal-plain_wording').fill('Eine eigene Wohnung finden');
  await page.locator('form:has(#new-goal-domain) button[type=submit]').click();
  await expect(page.locator('article.goal')).toHaveCount(2);

  const addStep = async (goal: number, service: string, due: string) => {
    const article = page.locator('article.goal').nth(goal);
    await open(article, 'Schritt hinzufügen');
    const form = article.locator('form:has(select[id$="-new-step-service_type"])');
    await form.locator('select[name=service_type]').selectOption(service);
    await form.locator('input[name=due_date]').fill(due);
    await form.locator('button[type=submit]').click();
  };
  // A due date in the past is refused when creating; what was typed stays.
  await addStep(0, 'integration-course', iso(-3));
  await expect(page.locator('article.goal').nth(0).locator('.field-error')).toContainText('Vergangenheit');
  const newStep = page.locator('article.goal').nth(0).locator('form:has(select[id$="-new-step-service_type"])');
  await newStep.locator('input[name=due_date]').fill(iso(21));
  await newStep.locator('button[type=submit]').click();
  await expect(page.locator('article.goal').nth(0).locator('li.step')).toHaveCount(1);
  // Saved, the form closes again.
  await expect(page).not.toHaveURL(/form=/);
  await expect(page.locator('select[name=service_type]')).toHaveCount(0);
  await addStep(0, 'dtz-exam', iso(180));
  await expect(page.locator('article.goal').nth(0).locator('li.step')).toHaveCount(2);
  await addStep(1, 'housing-entitlement', iso(30));
  await expect(page.locator('article.goal').nth(1).locator('li.step')).toHaveCount(1);

  // Agreed with the client.
  await page.locator('#agree-agreed_on').fill(iso(0));
  await page.locator('#agree-agreed_how').selectOption('oral-interpreter');
  await page.locator('#agree-interpreter_language').fill('ara');
  await page.getByRole('button', { name: 'Plan vereinbaren' }).click();
  await expect(page.locator('.plan-state')).toContainText(/Vereinbarte Version \W?1\W? vom/);

  // Printed in Arabic, the client's language: the document is right to left.
  await page.getByRole('link', { name: 'Plan drucken' }).click();
  const printed = page.locator('article.printed-plan');
  await expect(printed).toHaveAttribute('lang', 'ar');
  await expect(printed).toHaveAttribute('dir', 'rtl');
  await expect(printed.locator('h1')).not.toHaveText('Mein Integrationsplan');
  await expect(printed).toContainText('B1');
  await expect(printed.locator('.untranslated').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The housing step's due date turns out to have passed: the dashboard shows it as overdue.
  await page.goBack();
  await hydrated(page);
  const housing = page.locator('article.goal').nth(1).locator('li.step').first();
  await open(housing, 'Schritt ändern');
  await housing.locator('form:has(select[name=service_type]) input[name=due_date]').fill(iso(-2));
  await housing.locator('form:has(select[name=service_type]) button[type=submit]').click();
  await expect(page.locator('.plan-state')).toContainText(/Entwurf, Version \W?2/);
  // The agreed version 1 stays readable as it was agreed.
  await page.locator('section:has(#versions-title) li a').last().click();
  await expect(page.locator('article.printed-plan')).toContainText('Vereinbart am');
  await expect(page.locator('article.printed-plan')).toContainText('Deutsch-Test für Zuwanderer');
  await expect(page.locator('article.printed-plan')).toContainText(iso(30).split('-').reverse().join('.'));
  await page.goto('/');
  await expect(page.locator('section:has(#dash-overdue)')).toContainText('مريم العبدالله');
  await expect(page.locator('section:has(#dash-overdue)')).toContainText('Wohnberechtigungsschein');
});

test('an administrator adds a service type with texts per language; a missing language shows German, marked', async ({ page }) => {
  await signIn(page, 'admin@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kataloge' }).click();
  await hydrated(page);
  await page.locator('#catalogue-catalogue').selectOption('service');
  await page.locator('#catalogue-domain').selectOption('participation');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.locator('#catalogue-text_de-error')).toBeVisible();
  await page.locator('#catalogue-text_de').fill('Fahrradkurs');
  await page.locator('#catalogue-text_ar').fill('دورة ركوب الدراجات');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByRole('cell', { name: 'Fahrradkurs' })).toBeVisible();
  await page.locator('#language-select').selectOption('ar');
  await expect(page.getByRole('cell', { name: 'دورة ركوب الدراجات' })).toBeVisible();
  await page.locator('#language-select').selectOption('uk');
  await expect(page.getByRole('cell', { name: /Fahrradkurs \(.+\)/ })).toBeVisible();
  await page.locator('#language-select').selectOption('de');
});

test('two people change the same goal: the second save is refused with what the first saved, and nothing typed is lost', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  for (const page of [first, second]) {
    await signIn(page, 'fallmanager@lotse.example');
    await expect(page).toHaveURL(/\/$/);
    // Demo case 3 is Olena Kovalenko's, with an agreed plan.
    await page.goto('/cases/3/plan');
    await hydrated(page);
    await open(page.locator('article.goal').first(), 'Ziel ändern');
  }
  const wording = (page: Page) => page.locator('article.goal').first().locator('textarea[name=plain_wording]');
  const save = (page: Page) => page.locator('article.goal').first().locator('form:has(textarea[name=plain_wording]) button[type=submit]');

  await wording(first).fill('B1 bis zum Sommer');
  await save(first).click();
  await expect(first.locator('.status-region .success')).toBeVisible();

  await wording(second).fill('B1 bis Weihnachten');
  await save(second).click();
  const alert = second.locator('article.goal').first().locator('.form-error');
  await expect(alert).toContainText('Jemand anders hat diese Angaben inzwischen gespeichert');
  await expect(alert).toContainText('B1 bis zum Sommer');
  await expect(wording(second)).toHaveValue('B1 bis Weihnachten');
  // Having seen the other change, saving again is a deliberate decision and succeeds.
  await save(second).click();
  await expect(second.locator('.status-region .success')).toBeVisible();
  await expect(second.locator('article.goal').first()).toContainText('B1 bis Weihnachten');
});

test('the plan page sends a form only when it is opened: a link to the page with that one form open', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  // Demo case 3 has an agreed plan: no form is open, so the page sends none of them.
  const html = await (await page.request.get('/cases/3/plan')).text();
  expect(html).toContain('Ziel ändern');
  expect(html).not.toContain('name="plain_wording"');
  expect(html).not.toContain('name="service_type"');

  await page.goto('/cases/3/plan');
  await hydrated(page);
  const step = page.locator('article.goal').first().locator('li.step').first();
  await step.getByRole('link', { name: 'Status ändern' }).click();
  await expect(page).toHaveURL(/\?form=step-\d+-status-form#step-\d+-status-form$/);
  await expect(step.locator('details[open] select[name=step_status]')).toBeVisible();
  // Only that one: the other steps' and the goals' forms are still links.
  await expect(page.locator('select[name=step_status]')).toHaveCount(1);
  await expect(page.locator('textarea[name=plain_wording]')).toHaveCount(0);
  await expect(page.locator('article.goal').first().getByRole('link', { name: 'Ziel ändern' })).toBeVisible();
});
