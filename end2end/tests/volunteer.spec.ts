import { Browser, expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A tablet in portrait with touch, as volunteers use Lotse. */
async function tablet(browser: Browser, locale = 'de-DE'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
    isMobile: false,
    locale,
  });
  return context.newPage();
}

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

test('a case manager offers a task; the volunteer accepts, reports offline, and the report arrives exactly once', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const place = `Sozialamt Kalk, Kalker Hauptstraße 247 (${Date.now()})`;
  const report = 'Antrag abgegeben. Das Amt braucht noch die Meldebescheinigung – bitte nachreichen.';

  // The case manager offers a task for Amira Haddad (consent for volunteer support given).
  await as(page, 'fallmanager@lotse.example');
  await page.goto('/cases/1/volunteers');
  await hydrated(page);
  await expect(page.locator('#task-organisation_id option:checked')).toHaveText('Integrationslotsen Köln');
  await expect(page.locator('.hint.ok')).toBeVisible();
  // The form says what volunteers will see with the consent as it is (name and language).
  const sees = page.locator('.volunteer-sees');
  await expect(sees).toContainText('Vornamen');
  await expect(sees).toContainText('die bevorzugte Sprache der Person');
  await expect(sees).toContainText('solange die Einwilligung Name und Kontakt umfasst');
  await page.locator('#task-kind').selectOption('form-help');
  await page.locator('#task-on_date').fill(iso(4));
  await page.locator('#task-at_time').fill('10:00');
  await page.locator('#task-place').fill(place);
  await page.locator('#task-bring').fill('Mietvertrag, Bescheid');
  await page.locator('#task-task_note').fill('Frau Haddad kommt mit ihrer Tochter.');
  await page.getByRole('button', { name: 'Aufgabe anbieten' }).click();
  await expect(page.locator('.status-region .success')).toBeVisible();
  const offered = page.locator('li.task', { hasText: place });
  await expect(offered.locator('.status')).toHaveText('Angeboten');

  // The volunteer, on a tablet, accepts it with a tap and sees the phone number.
  const tab = await tablet(browser);
  await as(tab, 'ehrenamt@lotse.example');
  await hydrated(tab);
  const card = tab.locator('li.task-card', { hasText: place });
  await expect(card).toContainText('Hilfe bei einem Formular');
  // The consent covers name and contact: the note and what to bring come with the task.
  await expect(card).toContainText('Frau Haddad kommt mit ihrer Tochter.');
  await expect(card).toContainText('Mietvertrag, Bescheid');
  await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);
  await card.getByRole('button', { name: 'Übernehmen' }).tap();
  await expect(card.locator('.status')).toHaveText('Übernommen');
  await expect(card.locator('a[href^="tel:"]')).toBeVisible();
  const box = await card.getByRole('button', { name: 'Erledigt melden' }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  // What is typed survives a reload (a draft on the tablet).
  await card.locator('textarea').fill(report.slice(0, 20));
  await tab.reload();
  await hydrated(tab);
  await expect(card.locator('textarea')).toHaveValue(report.slice(0, 20));

  // The Wi-Fi drops; the volunteer reports the task done with a problem.
  await tab.context().setOffline(true);
  await card.locator('textarea').fill(report);
  await card.locator('input[type=checkbox]').tap();
  await card.getByRole('button', { name: 'Erledigt melden' }).tap();
  await expect(card.locator('.badge.pending')).toHaveText('Noch nicht gesendet');
  await expect(tab.locator('.notice.offline')).toBeVisible();
  await expect(card).toContainText(report);

  // Back online, the first answer is lost on its way back (the server did apply it); the
  // tablet sends the same action again, and the server answers without applying it twice.
  let answersLost = 0;
  await tab.route('**/api/volunteer_task_action', async (route) => {
    if (answersLost === 0) {
      answersLost += 1;
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await tab.context().setOffline(false);
  await expect(card.locator('.badge.pending')).toHaveCount(0, { timeout: 40_000 });
  expect(answersLost).toBe(1);
  await expect(card.locator('.status')).toHaveText('Erledigt');
  // Done, the task no longer carries the note (nor the report) to the tablet.
  await expect(card).not.toContainText('Frau Haddad kommt mit ihrer Tochter.');
  await expect(tab.locator('.notice.offline')).toHaveCount(0);
  await expect(tab.locator('.task-card .form-error')).toHaveCount(0);

  // The case manager sees the report once, and a follow-up task for the problem.
  await page.goto('/cases/1/volunteers');
  await hydrated(page);
  const done = page.locator('li.task', { hasText: place });
  await expect(done.locator('.status')).toHaveText('Erledigt');
  await expect(done.locator('blockquote')).toHaveCount(1);
  await expect(done.locator('blockquote')).toHaveText(report);
  await expect(done.locator('.badge.warning')).toBeVisible();
  await page.goto('/');
  await hydrated(page);
  const followUps = page.locator('.follow-ups li', { hasText: report });
  await expect(followUps).toHaveCount(1);
  await followUps.getByRole('button', { name: 'Erledigt' }).click();
  await expect(page.locator('.follow-ups li', { hasText: report })).toHaveCount(0);
  await tab.context().close();
});

test('the volunteer uses Lotse in their own language and sees no case file', async ({ browser }) => {
  const tab = await tablet(browser, 'uk-UA');
  await as(tab, 'ehrenamt@lotse.example');
  await hydrated(tab);
  await expect(tab.getByRole('heading', { name: 'Мої завдання' })).toBeVisible();
  await expect(tab.locator('li.task-card').first()).toBeVisible();
  // A plan or a client record is not for volunteers.
  for (const path of ['/cases/1/plan', '/clients/1']) {
    await tab.goto(path);
    await hydrated(tab);
    await expect(tab.locator('.form-error')).toBeVisible();
    await expect(tab.locator('main')).not.toContainText('Haddad');
  }
  await tab.context().close();
});

test('the tablet page fits portrait and landscape with touch targets of at least 44 px', async ({ browser }) => {
  const tab = await tablet(browser);
  await as(tab, 'ehrenamt@lotse.example');
  for (const [width, height] of [[768, 1024], [1024, 768], [1280, 800], [800, 1280]]) {
    await tab.setViewportSize({ width, height });
    await tab.goto('/');
    await hydrated(tab);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${width}×${height}`).toBeLessThanOrEqual(0);
    for (const button of await tab.locator('li.task-card button').all()) {
      const box = await button.boundingBox();
      expect(box!.height, `${width}×${height}`).toBeGreaterThanOrEqual(44);
      expect(box!.width, `${width}×${height}`).toBeGreaterThanOrEqual(44);
    }
  }
  await tab.context().close();
});
