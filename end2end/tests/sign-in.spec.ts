import { expect, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

const roles = [
  { email: 'admin@lotse.example', role: 'Administration', admin: true },
  { email: 'fallmanager@lotse.example', role: 'Fallmanagement', admin: false },
  { email: 'koordination@lotse.example', role: 'Koordination', admin: false },
  { email: 'jobcenter@lotse.example', role: 'Partnerorganisation', admin: false },
  { email: 'kurstraeger@lotse.example', role: 'Partnerorganisation', admin: false },
  { email: 'ehrenamt@lotse.example', role: 'Ehrenamt', admin: false },
  { email: 'datenschutz@lotse.example', role: 'Datenschutz', admin: false },
];

for (const { email, role, admin } of roles) {
  test(`${email} signs in and sees the navigation of the role ${role}`, async ({ page }) => {
    const errors = consoleErrors(page);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/$/);
    await hydrated(page);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link', { name: 'Start' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Mein Konto' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Benutzerkonten' })).toHaveCount(admin ? 1 : 0);
    await expect(nav.getByRole('link', { name: 'Organisationen' })).toHaveCount(admin ? 1 : 0);
    await expect(page.locator('.whoami-role')).toHaveText(role);
    await expect(page.locator('.demo-marker')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a wrong password shows a translated message and keeps the e-mail address', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
  await expect(page.locator('#email')).toHaveValue('fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('signing out ends the session and the back button shows no private page', async ({ page }) => {
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Leyla');
  await hydrated(page);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Leyla Yılmaz')).toHaveCount(0);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an administrator creates a user who can then sign in', async ({ page }) => {
  await signIn(page, 'admin@lotse.example');
  await hydrated(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Benutzerkonten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benutzerkonten');
  await page.locator('#user-name').fill('Nadia Rahimi');
  await page.locator('#user-email').fill('not-an-address');
  await page.locator('#user-organisation').selectOption({ label: 'Jobcenter Köln' });
  await page.locator('#user-role').selectOption('partner_staff');
  await page.locator('#user-password').fill('sicher-genug-123');
  await page.getByRole('button', { name: 'Benutzerkonto anlegen' }).click();
  await expect(page.locator('#user-email-error')).toHaveText('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  await expect(page.locator('#user-name')).toHaveValue('Nadia Rahimi');
  await page.locator('#user-email').fill('nadia.rahimi@lotse.example');
  // Passwords are never kept in the browser to be put back after a refusal.
  await page.locator('#user-password').fill('sicher-genug-123');
  await page.getByRole('button', { name: 'Benutzerkonto anlegen' }).click();
  await expect(page.getByText('Das Benutzerkonto wurde angelegt.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'nadia.rahimi@lotse.example' })).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, 'nadia.rahimi@lotse.example', 'sicher-genug-123');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nadia Rahimi');
});

test('a user changes their own password; a mistake is explained next to the field', async ({ page }) => {
  await signIn(page, 'koordination@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
  await page.locator('#current_password').fill('lotse-demo');
  await page.locator('#new_password').fill('ein-neues-passwort');
  await page.locator('#confirm_password').fill('ein-anderes-passwort');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.locator('#confirm_password-error')).toHaveText('Die beiden Passwörter stimmen nicht überein.');
  // The form comes back from the server; passwords are never kept in the browser to be put
  // back, so they are typed again (as on any site).
  await hydrated(page);
  await expect(page.locator('#new_password')).toHaveValue('');
  await page.locator('#current_password').fill('lotse-demo');
  await page.locator('#new_password').fill('ein-neues-passwort');
  await page.locator('#confirm_password').fill('ein-neues-passwort');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Ihr Passwort wurde geändert.')).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, 'koordination@lotse.example', 'ein-neues-passwort');
  await expect(page).toHaveURL(/\/$/);
});
