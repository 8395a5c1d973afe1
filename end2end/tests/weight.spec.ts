import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

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
    expect(s.url).toMatch(/\/pkg\/lotse\.[A-Za-z0-9_-]+\.(wasm|js)$/);
    expect(['br', 'gzip'], s.url).toContain(s.encoding);
  }
  const wasm = await page.request.get(firstScripts.find((s) => s.url.endsWith('.wasm'))!.url);
  expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  scripts.clear();
  await page.goto('/sign-in');
  await hydrated(page);
  const second = [...scripts.values()];
  expect(second.length).toBeGreaterThan(0);
  for (const s of second) {
    expect(s.fromCache || s.bytes === 0, `${s.url} came over the line again (${s.bytes} bytes)`).toBe(true);
  }
});
