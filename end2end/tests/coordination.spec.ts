import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

test('a case manager flags an issue; the coordinator brings it to a working group, agrees a measure and sees it in the interim results in German and Turkish', async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const description = `Keine Kinderbetreuung während der Integrationskurse in Chorweiler (${stamp})`;
  const measure = `Kinderbetreuung parallel zum Integrationskurs in Chorweiler (${stamp})`;

  // The case manager flags it from Amira Haddad's case: no name goes with it.
  await as(page, 'fallmanager@lotse.example');
  await page.goto('/cases/1/issues');
  await hydrated(page);
  await page.locator('#issue-domain').selectOption('language');
  await page.locator('#issue-district').selectOption('chorweiler');
  await page.locator('#issue-description').fill(description);
  // Bad input keeps what was typed and names the field.
  await page.locator('#issue-cases_affected').fill('0');
  await page.getByRole('button', { name: 'Strukturthema melden' }).click();
  await expect(page.locator('#issue-cases_affected-error')).not.toBeEmpty();
  await expect(page.locator('#issue-description')).toHaveValue(description);
  await page.locator('#issue-cases_affected').fill('6');
  await page.locator('#issue-organisation_1').selectOption({ label: 'Sprachschule am Rhein (BAMF-Integrationskursträger)' });
  await page.getByRole('button', { name: 'Strukturthema melden' }).click();
  await expect(page.locator('.status-region .success')).toBeVisible();
  await expect(page.locator('li.issue', { hasText: description })).toContainText('Noch keiner Arbeitsgruppe zugeordnet');

  // The coordinator sees it grouped and counted, without the case, and brings it to the group.
  await as(page, 'koordination@lotse.example');
  await page.getByRole('link', { name: 'Strukturthemen' }).first().click();
  await hydrated(page);
  const issue = page.locator('li.issue', { hasText: description });
  await expect(issue).toContainText(/6\u2069? Fälle betroffen/);
  await expect(page.locator('main')).not.toContainText('Haddad');
  await expect(page.locator('main a[href^="/cases/"], main a[href^="/clients/"]')).toHaveCount(0);
  await issue.locator('select').selectOption({ label: 'AG Sprache und Arbeit' });
  await issue.getByRole('button', { name: 'In Arbeitsgruppe einbringen' }).click();
  await expect(issue.getByRole('link', { name: 'AG Sprache und Arbeit' })).toBeVisible();

  // In the group: the issue is there; the agreed measure is recorded.
  await issue.getByRole('link', { name: 'AG Sprache und Arbeit' }).click();
  await hydrated(page);
  await expect(page.locator('section', { hasText: 'Eingebrachte Strukturthemen' })).toContainText(description);
  await page.locator('#measure-title').fill(measure);
  await page.locator('#measure-status').selectOption('agreed');
  // Issues are offered by the start of their description.
  const option = page.locator('#measure-issue_id option', { hasText: description.slice(0, 60) });
  await page.locator('#measure-issue_id').selectOption((await option.getAttribute('value'))!);
  await page.locator('#measure-organisation_1').selectOption({ label: 'Sprachschule am Rhein (BAMF-Integrationskursträger)' });
  await page.locator('#measure-organisation_2').selectOption({ label: 'Stadt Köln – Kommunales Integrationsmanagement' });
  await page.getByRole('button', { name: 'Maßnahme festhalten' }).click();
  const recorded = page.locator('li.measure', { hasText: measure });
  await expect(recorded.locator('.status')).toHaveText('Vereinbart');

  // The interim results show it under its topic, in German ...
  await page.getByRole('link', { name: 'Zwischenergebnisse' }).first().click();
  await hydrated(page);
  const language = page.locator('section.results-topic', { has: page.getByRole('heading', { name: 'Sprache', exact: true }) });
  await expect(language.locator('li.agreed', { hasText: measure })).toBeVisible();
  await expect(language.locator('li.implemented')).toContainText('Schnellerer Zugang zu Sprachkursen');

  // ... and in Turkish.
  await page.locator('#language-select').selectOption('tr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ara sonuçlar');
  const dil = page.locator('section.results-topic', { has: page.getByRole('heading', { name: 'Dil', exact: true }) });
  await expect(dil).toContainText('Kararlaştırıldı, uygulanıyor');
  await expect(dil.locator('li.agreed', { hasText: measure })).toBeVisible();
  await page.locator('#language-select').selectOption('de');
});

test('the coordinator reads figures as charts and tables and downloads a table; a case manager does not get them', async ({ page }) => {
  await as(page, 'koordination@lotse.example');
  await page.goto('/coordination');
  await hydrated(page);
  const phases = page.locator('section.figure', { has: page.locator('#figures-cases-by-phase') });
  await expect(phases.locator('table')).toContainText('Gesamt');
  await expect(phases.locator('.chart.bars')).toHaveAttribute('aria-hidden', 'true');
  // The demo has three cases: every count under five is "< 5".
  await expect(phases.locator('td.suppressed').first()).toHaveText('< 5');
  await expect(page.locator('.chart.lines svg polyline, .chart.lines svg')).not.toHaveCount(0);
  const download = page.waitForEvent('download');
  await phases.getByRole('link', { name: 'Tabelle als CSV herunterladen' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lotse-cases-by-phase-.*\.csv$/);
  // A district filter is part of the address.
  await page.locator('#figures-district').selectOption('kalk');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(/district=kalk/);
  await hydrated(page);
  await expect(page.locator('#figures-district')).toHaveValue('kalk');

  await as(page, 'fallmanager@lotse.example');
  await page.goto('/coordination');
  await hydrated(page);
  await expect(page.locator('.form-error[role=alert]')).toHaveText('Dafür fehlt Ihnen die Berechtigung.');
});

for (const locale of ['de', 'ar']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the coordination pages have no axe violations', async ({ page }) => {
      const check = async (path: string) => {
        await page.goto(path);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations, path).toEqual([]);
      };
      await signIn(page, 'koordination@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      for (const path of ['/coordination', '/coordination/issues', '/coordination/groups', '/coordination/groups/1', '/coordination/results']) {
        await check(path);
      }
      await page.context().clearCookies();
      await signIn(page, 'fallmanager@lotse.example');
      await expect(page).toHaveURL(/\/$/);
      await check('/cases/1/issues');
    });
  });
}
