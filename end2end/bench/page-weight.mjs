// `make bench`, page weight: what a first and a second visit of each budgeted page costs on
// the phone profile of issue 16 (1.6 Mbit/s down, 150 ms round trip, CPU slowed 4x), in
// Debian's Chromium. Usage: node bench/page-weight.mjs http://127.0.0.1:PORT
import { chromium } from '@playwright/test';

const base = process.argv[2];
const PASSWORD = 'lotse-demo';
const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const tablet = { viewport: { width: 800, height: 1280 }, isMobile: false, hasTouch: true };
const desktop = { viewport: { width: 1366, height: 900 } };

// page, device, who signs in (how), path, budget for script bytes (KB) and interactive (s).
const pages = [
  { name: 'portal sign-in', device: phone, locale: 'ar', path: '/portal/sign-in', script: 150, tti: 5 },
  { name: 'portal plan (Amira, Arabic)', device: phone, client: ['DEMO-AMIRA', '246810'], path: '/portal', script: 150, tti: 5 },
  { name: 'volunteer task list (tablet)', device: tablet, staff: 'ehrenamt@lotse.example', path: '/', script: 200, tti: 6 },
  { name: 'staff: start page', device: desktop, staff: 'fallmanager@lotse.example', path: '/', script: 350, tti: 8 },
  { name: 'staff: plan page', device: desktop, staff: 'fallmanager@lotse.example', path: '/cases/1/plan', script: 350, tti: 8 },
  { name: 'staff: client record', device: desktop, staff: 'fallmanager@lotse.example', path: '/clients/1', script: 350, tti: 8 },
  { name: 'staff: new client', device: desktop, staff: 'fallmanager@lotse.example', path: '/clients/new', script: 350, tti: 8 },
  { name: 'staff: partner network of a case', device: desktop, staff: 'fallmanager@lotse.example', path: '/cases/1/network', script: 350, tti: 8 },
  { name: 'staff: partner inbox', device: desktop, staff: 'jobcenter@lotse.example', path: '/inbox', script: 350, tti: 8 },
  { name: 'staff: programme figures', device: desktop, staff: 'koordination@lotse.example', path: '/coordination', script: 350, tti: 8 },
  { name: 'staff: audit log', device: desktop, staff: 'datenschutz@lotse.example', path: '/audit', script: 350, tti: 8 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One navigation under the phone profile: bytes by kind, first paint, interactive. */
async function visit(page, cdp, url) {
  const kinds = new Map();
  const bytes = { script: 0, total: 0 };
  const onResponse = (e) => kinds.set(e.requestId, e.type === 'Script' || /\.(wasm|js)(\?|$)/.test(e.response.url) ? 'script' : 'other');
  const onFinished = (e) => {
    bytes.total += e.encodedDataLength;
    if (kinds.get(e.requestId) === 'script') bytes.script += e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 180_000, polling: 100 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    interactive: window.__hydratedAt,
  }));
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { ...bytes, ...times };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log('== page weight, phone profile (1.6 Mbit/s, 150 ms RTT, CPU 4x slower), empty cache then second visit');
for (const p of pages) {
  const context = await browser.newContext({ ...p.device, locale: p.locale === 'ar' ? 'ar' : 'de-DE' });
  if (p.locale) await context.addCookies([{ name: 'lotse_lang', value: p.locale, url: base }]);
  // Signed in over the API, so the measured visit is the page alone.
  if (p.staff) {
    const r = await context.request.post(`${base}/api/sign_in`, { form: { email: p.staff, password: PASSWORD }, headers: { Accept: 'application/json' } });
    if (!r.ok()) throw new Error(`sign-in of ${p.staff} failed: ${r.status()}`);
  }
  if (p.client) {
    const r = await context.request.post(`${base}/api/portal_sign_in`, { form: { code: p.client[0], pin: p.client[1] }, headers: { Accept: 'application/json' } });
    if (!r.ok()) throw new Error(`portal sign-in failed: ${r.status()}`);
  }
  // The moment the page says it is interactive (data-hydrated on <html>).
  await context.addInitScript(() => {
    const mark = () => {
      if (window.__hydratedAt === undefined && document.documentElement.hasAttribute('data-hydrated')) {
        window.__hydratedAt = performance.now();
      }
    };
    new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const first = await visit(page, cdp, base + p.path);
  const second = await visit(page, cdp, base + p.path);
  const verdict = first.script <= p.script * 1024 && first.interactive <= p.tti * 1000 ? 'within budget' : 'OVER BUDGET';
  console.log(`  ${p.name.padEnd(30)} first: script ${kb(first.script).padStart(8)}, total ${kb(first.total).padStart(8)}, paint ${s(first.paint)}, interactive ${s(first.interactive).padStart(6)}`
    + `  | second: script ${kb(second.script)}, total ${kb(second.total)}, interactive ${s(second.interactive)}`
    + `  | budget ${p.script} KB, ${p.tti} s: ${verdict}`);
  await context.close();
}
await browser.close();
