import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'lotse-demo';

/** Waits until the WASM bundle has hydrated the page. */
export async function hydrated(page: Page) {
  await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form.stacked-form button[type=submit]').click();
}

/** Collects console errors (CSP violations show up there) for a test to assert on. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
