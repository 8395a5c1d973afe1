import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated, signIn } from './helpers';

// A phone: 360 px wide, touch.
test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

async function staff(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
}

async function portalSignIn(page: Page, code: string, pin = '246810') {
  await page.context().clearCookies();
  await page.goto('/portal/sign-in');
  await hydrated(page);
  await page.locator('#portal-code').fill(code);
  await page.locator('#portal-pin').fill(pin);
  await page.locator('form.stacked-form button[type=submit]').tap();
}

async function noSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('Amira uses the portal on her phone in Arabic: her step, her consent, who saw her data, her download', async ({ page }) => {
  test.setTimeout(180_000);

  // Earlier, the course provider looked at Amira's referral (her name and language).
  await staff(page, 'kurstraeger@lotse.example');
  await page.goto('/inbox');
  await hydrated(page);
  const entry = page.locator('.referral-list li', { hasText: 'أميرة' }).first();
  await entry.locator('a').first().click();
  await expect(page).toHaveURL(/\/referrals\/\d+$/);
  const referralUrl = page.url();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Sprache und Bildung' })).toBeVisible();
  await expect(page.locator('main')).toContainText('أميرة');

  // Amira signs in with the code from her letter and her PIN: the portal opens in Arabic.
  await portalSignIn(page, 'DEMO-AMIRA');
  await expect(page).toHaveURL(/\/portal$/);
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('خطتي');
  // Her goal as her case manager translated it; the rest marked as written in German.
  await expect(page.locator('.goal h3').first()).toContainText('أريد أن أتكلم الألمانية');
  await noSidewaysScrolling(page);
  // "Read aloud" uses the phone's voice for Arabic, or says that the phone has none.
  await page.getByRole('button', { name: 'قراءة بصوت عالٍ' }).tap();
  await expect(
    page.getByRole('button', { name: 'إيقاف القراءة' }).or(page.getByRole('status').filter({ hasText: 'لا يوجد في جهازك صوت لهذه اللغة' })),
  ).toBeVisible();

  // She marks her own step done; her case manager will be told.
  const mine = page.locator('.next-steps li.step.mine').first();
  await expect(mine).toBeVisible();
  await mine.getByRole('button', { name: 'أنجزتُ هذا' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'شكرًا' })).toBeVisible();

  // She revokes her consent to the course provider, confirming once more.
  await page.getByRole('link', { name: 'الموافقات' }).tap();
  await expect(page).toHaveURL(/\/portal\/consents$/);
  await hydrated(page);
  const consent = page.locator('li.consent', { hasText: 'Sprachschule am Rhein' }).first();
  await consent.getByRole('button', { name: 'سحب' }).tap();
  await consent.getByRole('button', { name: 'نعم، اسحبها' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'تم سحب الموافقة' })).toBeVisible();
  await expect(consent).not.toContainText('نعم، اسحبها');
  await noSidewaysScrolling(page);

  // The course provider, on its next request, no longer sees her.
  await staff(page, 'kurstraeger@lotse.example');
  await page.goto(referralUrl);
  await hydrated(page);
  await expect(page.locator('p.notice')).toContainText('keine gültige Einwilligung');
  await expect(page.locator('body')).not.toContainText('أميرة');

  // Amira sees the provider's earlier access, in Arabic.
  await portalSignIn(page, 'DEMO-AMIRA');
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/portal/access');
  await hydrated(page);
  const provider = page.locator('section.access-organisation', { hasText: 'Sprachschule am Rhein' });
  await expect(provider).toContainText('اطّلعت');
  await expect(provider).toContainText('اسمك وبيانات الاتصال بك');
  await noSidewaysScrolling(page);

  // She downloads her data: the file holds her plan.
  await page.goto('/portal/data');
  await hydrated(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'تنزيل بياناتي' }).tap(),
  ]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(data.person.family_name).toBe('حداد');
  expect(data.plan.length).toBeGreaterThan(0);
  expect(JSON.stringify(data.plan)).toContain('أريد أن أتكلم الألمانية');

  // The case manager sees what the portal told her.
  await staff(page, 'fallmanager@lotse.example');
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('.follow-ups')).toContainText('Im Portal als erledigt markiert');
  await expect(page.locator('.follow-ups')).toContainText('Im Portal eine Einwilligung zurückgenommen');
});

test('Leichte Sprache and large text on a phone; a correction request reaches the case manager', async ({ page }) => {
  await portalSignIn(page, 'DEMO-OLENA');
  await expect(page).toHaveURL(/\/portal$/);
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  // Switching the language reloads the page; what she had typed is still there.
  await page.goto('/portal/correction');
  await hydrated(page);
  await page.locator('#correction-topic').selectOption('personal');
  await page.locator('#correction-message').fill('Meine Telefonnummer ist falsch.');
  await page.locator('#language-select').selectOption('de-leicht');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-leicht');
  await hydrated(page);
  await expect(page.locator('#correction-message')).toHaveValue('Meine Telefonnummer ist falsch.');
  await expect(page.locator('#correction-topic')).toHaveValue('personal');

  // A correction: an empty message keeps the form and says why; a real one is sent.
  await page.locator('#correction-message').fill('');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page.locator('#correction-message-error')).not.toBeEmpty();
  await hydrated(page);
  await expect(page.locator('#correction-topic')).toHaveValue('personal');
  await page.locator('#correction-message').fill('Meine Telefonnummer ist falsch.');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page.getByRole('status').filter({ hasText: /Nachricht/ })).toBeVisible();
  await expect(page.locator('section.card')).toContainText('Meine Telefonnummer ist falsch.');
  await hydrated(page);
  await expect(page.locator('#correction-message')).toHaveValue('');

  // Large text, kept on this phone: the next page arrives large.
  await page.goto('/portal');
  await hydrated(page);
  await expect(page.locator('.portal-nav')).toContainText('Meine Termine');
  await expect(page.locator('#next-title')).toHaveText('Das kommt als Nächstes');
  const size = async () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.portal')!).fontSize));
  const before = await size();
  await page.locator('.portal-topbar button[aria-pressed]').first().tap();
  await expect(page.locator('.portal-topbar button[aria-pressed]').first()).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before);
  await noSidewaysScrolling(page);
  await page.goto('/portal/appointments');
  await expect(page.locator('.portal')).toHaveClass(/large-text/);
  expect(await size()).toBeGreaterThan(before);

  await staff(page, 'fallmanager@lotse.example');
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('.follow-ups')).toContainText('Meine Telefonnummer ist falsch.');
});

test('a reissued letter invalidates the old code; the new code asks for a PIN first', async ({ page }) => {
  await staff(page, 'fallmanager@lotse.example');
  await page.goto('/cases/2/portal');
  await hydrated(page);
  await expect(page.locator('.portal-access-state')).toContainText('Zugang aktiv');
  await page.getByRole('button', { name: 'Neuen Zugangsbrief ausstellen' }).click();
  const code = (await page.locator('.letter-code').first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  // The letter is in Dari and German, with the QR code of the portal's address.
  await expect(page.locator('.letter-page')).toHaveCount(2);
  await expect(page.locator('.letter-page').first()).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.letter-page .qr svg').first()).toBeVisible();
  await expect(page.locator('.letter-address').first()).toContainText('/portal');

  await portalSignIn(page, 'DEMO-REZA');
  await expect(page.locator('#portal-pin-error')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/portal\/sign-in$/);
  // The refused form comes back with the code as typed (the PIN is typed again).
  await expect(page.locator('#portal-code')).toHaveValue('DEMO-REZA');

  await portalSignIn(page, code, '');
  await expect(page.locator('#portal-pin-repeat')).toBeVisible();
  await page.locator('#portal-pin').fill('975310');
  await page.locator('#portal-pin-repeat').fill('975310');
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal$/);
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
});
