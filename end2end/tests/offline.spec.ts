import { Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

// Reading without a connection: the service worker keeps a client's plan and appointments and
// a volunteer's task list, shows them offline with the time they were stored, and keeps
// nothing personal after sign-out, expiry or someone else's sign-in. Staff pages are never kept.

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

async function portalSignIn(page: Page, code: string, pin = '246810') {
  await page.goto('/portal/sign-in');
  await hydrated(page);
  await page.locator('#portal-code').fill(code);
  await page.locator('#portal-pin').fill(pin);
  await page.locator('form.stacked-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal$/);
  await hydrated(page);
}

/** The worker is in charge of the page (the first page load came before it). */
async function workerInCharge(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** `cache path` for everything in the origin's caches. */
async function cached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) out.push(`${name} ${new URL(request.url).pathname}`);
    }
    return out;
  });
}

const storedPages = async (page: Page) => (await cached(page)).filter((entry) => entry.startsWith('lotse-pages '));

/** Opens `path` without a connection: the page, or the browser's error. */
async function offlineGoto(context: BrowserContext, page: Page, path: string) {
  await context.setOffline(true);
  try {
    return await page.goto(path).then(() => 'shown', (error) => String(error));
  } finally {
    await context.setOffline(false);
  }
}

test("a client's plan and appointments open offline with the time they were stored; sign-out leaves nothing", async ({ page, context }) => {
  test.setTimeout(120_000);
  await portalSignIn(page, 'DEMO-AMIRA');
  await workerInCharge(page);
  await page.reload();
  await hydrated(page);
  const heading = (await page.locator('h1').textContent())!;
  const greeting = (await page.locator('.greeting').textContent())!;
  // Opening the appointments stores them too.
  await page.locator('.portal-nav a[href="/portal/appointments"]').tap();
  await expect(page).toHaveURL(/\/portal\/appointments$/);
  await expect.poll(() => storedPages(page)).toEqual(['lotse-pages /portal', 'lotse-pages /portal/appointments']);
  // Online, the notice is not shown.
  await expect(page.locator('.offline-notice')).toBeHidden();

  // Without a connection, the stored plan opens, says so with the time, and still works.
  await context.setOffline(true);
  await page.goto('/portal');
  const notice = page.locator('.offline-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/\d\d:\d\d/);
  await expect(page.locator('h1')).toHaveText(heading);
  await expect(page.locator('.greeting')).toHaveText(greeting);
  await hydrated(page);
  await expect(notice).toContainText(/\d\d:\d\d/);
  await page.goto('/portal/appointments');
  await expect(page.locator('.offline-notice')).toBeVisible();
  await context.setOffline(false);
  // A page never opened is not on the device.
  expect(await offlineGoto(context, page, '/portal/consents')).toMatch(/ERR_(INTERNET_DISCONNECTED|FAILED)/);

  // Signing out deletes the stored pages: offline, nothing of Amira's is shown.
  await page.goto('/portal');
  await hydrated(page);
  await page.locator('.portal-topbar form.inline-form button[type=submit]').tap();
  await expect(page).toHaveURL(/\/portal\/sign-in$/);
  expect(await storedPages(page)).toEqual([]);
  expect(await offlineGoto(context, page, '/portal')).toMatch(/ERR_(INTERNET_DISCONNECTED|FAILED)/);
  await expect(page.locator('body')).not.toContainText(greeting);
});

test('someone else signing in on the device, or an expired session, leaves nothing of the first person', async ({ page, context }) => {
  test.setTimeout(120_000);
  await portalSignIn(page, 'DEMO-AMIRA');
  await workerInCharge(page);
  await page.reload();
  await hydrated(page);
  const amira = (await page.locator('.greeting').textContent())!;
  expect(await storedPages(page)).toEqual(['lotse-pages /portal']);

  // Olena signs in on the same phone (Amira did not sign out).
  await context.clearCookies();
  await portalSignIn(page, 'DEMO-OLENA');
  const olena = (await page.locator('.greeting').textContent())!;
  expect(olena).not.toEqual(amira);
  expect(await storedPages(page)).toEqual(['lotse-pages /portal']);
  await context.setOffline(true);
  await page.goto('/portal');
  await expect(page.locator('.offline-notice')).toBeVisible();
  await expect(page.locator('.greeting')).toHaveText(olena);
  await expect(page.locator('body')).not.toContainText(amira);
  await context.setOffline(false);

  // Her session ends (as if its time had run out): offline, the stored page is gone too.
  await page.evaluate(async () => {
    const cache = await caches.open('lotse-pages');
    const stored = (await cache.match('/portal'))!;
    const headers = new Headers(stored.headers);
    const [owner] = headers.get('x-lotse-offline')!.split(';');
    headers.set('x-lotse-offline', `${owner};${Date.now() - 1000}`);
    await cache.put('/portal', new Response(await stored.text(), { headers }));
  });
  expect(await offlineGoto(context, page, '/portal')).toMatch(/ERR_(INTERNET_DISCONNECTED|FAILED)/);
  await page.goto('/healthz');
  expect(await storedPages(page)).toEqual([]);
});

test('staff pages are never stored on the device; a new release replaces the old app shell', async ({ page, context }) => {
  // An app shell of an earlier release, and the worker installed by a client page.
  await page.goto('/portal/sign-in');
  await page.evaluate(async () => {
    await (await caches.open('lotse-shell-earlier-release')).put('/pkg/lotse.old.js', new Response('old'));
  });
  await portalSignIn(page, 'DEMO-REZA');
  await workerInCharge(page);
  const shells = (await page.evaluate(() => caches.keys())).filter((name) => name.startsWith('lotse-shell-'));
  expect(shells).toHaveLength(1);
  expect(shells[0]).not.toBe('lotse-shell-earlier-release');
  // Loaded with the worker in charge, the shell holds the files this page uses; a client's
  // phone never downloads the volunteer's bundle or the staff pages'.
  await page.reload();
  await hydrated(page);
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload], link[rel=stylesheet]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
  );
  const shell = (await cached(page)).filter((entry) => entry.startsWith(shells[0])).map((entry) => entry.split(' ')[1]);
  for (const file of scripts.filter((s) => s.startsWith('/pkg/'))) expect(shell).toContain(file);
  expect(shell.filter((file) => /\/pkg\/lotse(-tasks)?\.[^/]+\.wasm$/.test(file))).toEqual([]);
  expect(shell.filter((file) => /\/pkg\/lotse-portal\.[^/]+\.wasm$/.test(file))).toHaveLength(1);

  // A case manager signs in on the same browser: her pages pass the worker and stay on the line.
  await context.clearCookies();
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await page.goto('/cases/1/plan');
  await hydrated(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await storedPages(page)).toEqual([]);
  expect(await offlineGoto(context, page, '/cases/1/plan')).toMatch(/ERR_(INTERNET_DISCONNECTED|FAILED)/);
});

/** A tablet in portrait with touch, as volunteers use Lotse. */
async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true, locale: 'de-DE' });
  return context.newPage();
}

test("a volunteer's task list opens offline, and the outbox keeps working there", async ({ browser }) => {
  test.setTimeout(120_000);
  const tab = await tablet(browser);
  await signIn(tab, 'ehrenamt@lotse.example');
  await expect(tab).toHaveURL(/\/$/);
  await hydrated(tab);
  await workerInCharge(tab);
  await tab.reload();
  await hydrated(tab);
  const cards = await tab.locator('li.task-card').count();
  expect(cards).toBeGreaterThan(0);
  expect(await storedPages(tab)).toEqual(['lotse-pages /']);

  await tab.context().setOffline(true);
  await tab.goto('/');
  await expect(tab.locator('.offline-notice')).toBeVisible();
  await expect(tab.locator('.offline-notice')).toContainText(/Keine Verbindung: Sie sehen den Stand von \S*\d\d:\d\d\S* Uhr/);
  await hydrated(tab);
  await expect(tab.locator('li.task-card')).toHaveCount(cards);
  // What the volunteer does offline goes into the outbox, as before (the tablet is put away
  // before it is sent: the other tests keep the demo tasks as they are).
  const heading = await tab.locator('li.task-card', { has: tab.getByRole('button', { name: 'Übernehmen' }) }).first().getAttribute('aria-labelledby');
  const offered = tab.locator(`li.task-card[aria-labelledby="${heading}"]`);
  await offered.getByRole('button', { name: 'Übernehmen' }).tap();
  await expect(offered.locator('.badge.pending')).toHaveText('Noch nicht gesendet');
  await expect(tab.locator('.notice.offline')).toBeVisible();
  await tab.context().close();
});
