import { expect, test } from '@playwright/test';
import { hydrated, signIn } from './helpers';

// What a phone downloads: pages and scripts compressed, and a second visit takes the
// (content-hashed, immutable) scripts from the cache instead of the line.

test('pages and scripts arrive compressed; a second visit downloads no script', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map<string, { url: string; encoding: string; fromCache: boolean; bytes: number }>();
  cdp.on('Network.responseReceived', (e) => {
    if (/\/pkg\/.*\.(wasm|js)$/.test(e.response.url)) {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      scripts.set(e.requestId, { url: e.response.url, encoding: headers['content-encoding'] ?? '', fromCache: e.response.fromDiskCache || e.response.fromPrefetchCache || false, bytes: 0 });
    }
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const s = scripts.get(e.requestId);
    if (s) s.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = scripts.get(e.requestId);
    if (s) s.bytes = e.encodedDataLength;
  });

  const first = await page.goto('/portal/sign-in');
  expect(['br', 'gzip']).toContain(first!.headers()['content-encoding']);
  await hydrated(page);
  const firstScripts = [...scripts.values()];
  expect(firstScripts.map((s) => s.url).some((u) => u.endsWith('.wasm'))).toBe(true);
  for (const s of firstScripts) {
    // Content-hashed names, compressed on the wire.
    expect(s.url).toMatch(/\/pkg\/lotse-portal\.[A-Za-z0-9_-]+\.(wasm|js)$/);
    expect(['br', 'gzip'], s.url).toContain(s.encoding);
  }
  const wasm = await page.request.get(firstScripts.find((s) => s.url.endsWith('.wasm'))!.url);
  expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  scripts.clear();
  await page.goto('/portal/sign-in');
  await hydrated(page);
  const second = [...scripts.values()];
  expect(second.length).toBeGreaterThan(0);
  for (const s of second) {
    expect(s.fromCache || s.bytes === 0, `${s.url} came over the line again (${s.bytes} bytes)`).toBe(true);
  }
});

test('every page loads a light bundle that carries no messages: the client portal its own, the staff pages one, the volunteer\'s task list its own', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/portal/sign-in');
  await hydrated(page);
  const portalScripts = [...new Set(requested.filter((u) => /\/pkg\/.*\.(wasm|js)$/.test(u)))];
  expect(portalScripts.length).toBe(2);
  for (const url of portalScripts) expect(url).toMatch(/\/pkg\/lotse-portal\.[A-Za-z0-9_-]+\.(wasm|js)$/);
  // The language menu works in the light page (an island) and reloads in the new language.
  await page.locator('#language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await hydrated(page);

  // The volunteer's task list has a bundle of its own, with the outbox.
  await signIn(page, 'ehrenamt@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  requested.length = 0;
  await page.reload();
  await hydrated(page);
  await expect(page.locator('li.task-card').first()).toBeVisible();
  const volunteerScripts = [...new Set(requested.filter((u) => /\/pkg\/.*\.(wasm|js)$/.test(u)))];
  expect(volunteerScripts.length).toBe(2);
  for (const url of volunteerScripts) expect(url).toMatch(/\/pkg\/lotse-tasks\./);
  await page.goto('about:blank');
  await page.context().clearCookies();

  // Staff pages load the staff pages' light bundle, one for all (as the page names it: a
  // second page takes it from the cache); the portal's leaves their islands out.
  await signIn(page, 'fallmanager@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  const named = () => page.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => (l as HTMLLinkElement).href).sort());
  await page.goto('/');
  await hydrated(page);
  const staffScripts = await named();
  expect(staffScripts).toHaveLength(2);
  for (const url of staffScripts) expect(url).toMatch(/\/pkg\/lotse\.[A-Za-z0-9_-]+\.(wasm|js)$/);
  for (const path of ['/cases/1/plan', '/cases/1/network', '/cases/1/portal', '/clients/1', '/clients/new', '/clients?q=amira']) {
    await page.goto(path);
    await hydrated(page);
    expect(await named(), path).toEqual(staffScripts);
  }

  // Fluent messages would travel as their source text: neither bundle holds any (their
  // islands get their texts translated by the server).
  const text = async (url: string) => Buffer.from(await (await page.request.get(url)).body()).toString('latin1');
  for (const url of [portalScripts, staffScripts, volunteerScripts].map((list) => list.find((u) => u.endsWith('.wasm'))!)) {
    const light = await text(url);
    expect(light, url).not.toContain('portal-sign-in-title');
    expect(light, url).not.toContain('language-label');
  }
});
