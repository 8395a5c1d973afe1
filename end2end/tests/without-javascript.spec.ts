import { Browser, expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

// Before the WASM has loaded, and on phones with JavaScript off, the client's and the
// volunteer's actions are plain forms: the same messages, the same audit entries.
// (This file runs last: it changes demo data other files read.)

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Staff work in an office browser with JavaScript. */
async function staff(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: true, isMobile: false, hasTouch: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

test('a volunteer accepts, declines and reports a task done without JavaScript', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const places = [`Bürgeramt Nippes (${stamp})`, `Ausländeramt Mülheim (${stamp})`];
  const office = await staff(browser, 'fallmanager@lotse.example');
  for (const place of places) {
    await office.goto('/cases/1/volunteers');
    await hydrated(office);
    await office.locator('#task-kind').selectOption('form-help');
    await office.locator('#task-on_date').fill(iso(5));
    await office.locator('#task-at_time').fill('09:30');
    await office.locator('#task-place').fill(place);
    await office.getByRole('button', { name: 'Aufgabe anbieten' }).click();
    await expect(office.locator('li.task', { hasText: place }).locator('.status')).toHaveText('Angeboten');
  }

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 1280 }, hasTouch: true, locale: 'de-DE' });
  const tab = await context.newPage();
  await tab.goto('/sign-in');
  await tab.locator('#email').fill('ehrenamt@lotse.example');
  await tab.locator('#password').fill('lotse-demo');
  await tab.locator('form.stacked-form button[type=submit]').tap();
  await expect(tab).toHaveURL(/\/\??$/);

  const first = tab.locator('li.task-card', { hasText: places[0] });
  await first.getByRole('button', { name: 'Übernehmen' }).tap();
  await expect(tab).toHaveURL(/\/(\?done=saved)?$/);
  await expect(first.locator('.status')).toHaveText('Übernommen');
  // Done without a report: refused with the reason; with one, done.
  await first.getByRole('button', { name: 'Erledigt melden' }).tap();
  await expect(tab.locator('.form-error-region')).not.toBeEmpty();
  await first.locator('textarea').fill('Formular ausgefüllt und abgegeben.');
  await first.getByRole('button', { name: 'Erledigt melden' }).tap();
  await expect(first.locator('.status')).toHaveText('Erledigt');

  const second = tab.locator('li.task-card', { hasText: places[1] });
  await second.getByRole('button', { name: 'Ablehnen' }).tap();
  await expect(tab).toHaveURL(/\/(\?done=saved)?$/);
  await expect(second.getByRole('button', { name: 'Übernehmen' })).toHaveCount(0);

  // The case manager sees the report once, and the answers, as from the tablet's outbox.
  await office.goto('/cases/1/volunteers');
  await hydrated(office);
  const done = office.locator('li.task', { hasText: places[0] });
  await expect(done.locator('.status')).toHaveText('Erledigt');
  await expect(done.locator('blockquote')).toHaveText('Formular ausgefüllt und abgegeben.');
  await expect(office.locator('li.task', { hasText: places[1] }).locator('.status')).not.toHaveText('Übernommen');
  await context.close();
  await office.context().close();
});

test('a client signs in for the first time, marks a step done, revokes a consent and asks for a correction, all without JavaScript', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // A new letter for Olena Kovalenko: the new code asks for a PIN first.
  const office = await staff(browser, 'fallmanager@lotse.example');
  await office.goto('/cases/3/portal');
  await hydrated(office);
  await office.getByRole('button', { name: 'Neuen Zugangsbrief ausstellen' }).click();
  const code = (await office.locator('.letter-code').first().textContent())!.trim();

  await page.goto('/portal/sign-in');
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
  // The old code is refused with the same message as with JavaScript.
  await page.locator('#portal-code').fill('DEMO-OLENA');
  await page.locator('#portal-pin').fill('246810');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal\/sign-in\?/);
  await expect(page.locator('#portal-pin-error')).toHaveText('Zugangscode oder PIN stimmt nicht.');

  await page.locator('#portal-code').fill(code);
  await page.locator('form.stacked-form button[type=submit]').tap();
  // Choosing the PIN: the code is typed once more with it (the page kept nothing).
  await expect(page).toHaveURL(/\/portal\/sign-in\?done=choose-pin$/);
  await expect(page.locator('#portal-pin-repeat')).toBeVisible();
  await page.locator('#portal-code').fill(code);
  await page.locator('#portal-pin').fill('864200');
  await page.locator('#portal-pin-repeat').fill('864200');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  // "I did this": the same thanks as with JavaScript.
  const mine = page.locator('.next-steps li.step.mine').first();
  await mine.getByRole('button', { name: 'Я це зробив / зробила' }).tap();
  await expect(page).toHaveURL(/\/portal\?done=marked$/);
  await expect(page.locator('.notice.success')).toBeVisible();
  await expect(page.locator('.next-steps li.step.mine')).toHaveCount(0);

  // Revoking a consent asks once more, then says it is done.
  await page.goto('/portal/consents');
  const consent = () => page.locator('li.consent', { hasText: 'Sprachschule am Rhein' }).first();
  await consent().getByRole('button', { name: 'Відкликати', exact: true }).tap();
  await expect(page).toHaveURL(/\/portal\/consents\?revoke=\d+/);
  await consent().getByRole('button', { name: 'Так, відкликати' }).tap();
  await expect(page).toHaveURL(/\/portal\/consents\?done=revoked-\d+/);
  await expect(page.locator('.notice.success')).toContainText('Згоду відкликано');
  await expect(page.locator('.notice.success')).toContainText('Sprachschule am Rhein');
  await expect(consent().locator('button')).toHaveCount(0);

  // A correction request: an empty message is refused with the reason; a real one is sent.
  await page.goto('/portal/correction');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page.locator('#correction-message-error')).not.toBeEmpty();
  await page.locator('#correction-message').fill('Мій номер телефону неправильний.');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal\/correction\?done=correction-sent$/);
  await expect(page.locator('.notice.success')).toBeVisible();
  await expect(page.locator('section.card')).toContainText('Мій номер телефону неправильний.');

  // The case manager is told, as after the script's request.
  await office.goto('/');
  await hydrated(office);
  await expect(office.locator('.follow-ups')).toContainText('Мій номер телефону неправильний.');

  // Signing out.
  await page.goto('/portal');
  await page.locator('.portal-topbar form.inline-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal\/sign-in$/);
  await page.goto('/portal');
  await expect(page).toHaveURL(/\/portal\/sign-in$/);
  await office.context().close();
});
