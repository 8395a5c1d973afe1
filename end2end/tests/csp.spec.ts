import { expect, Page, test } from '@playwright/test';
import { consoleErrors, hydrated, signIn } from './helpers';

// Every page of every role hydrates without a console error: no content security policy
// refusal (an inline style, a script), no hydration mismatch. Charts draw their bars to scale.

const staff = [
  'admin@lotse.example',
  'fallmanager@lotse.example',
  'koordination@lotse.example',
  'jobcenter@lotse.example',
  'kurstraeger@lotse.example',
  'ehrenamt@lotse.example',
  'datenschutz@lotse.example',
];

/** One page per route: `/cases/1/plan` stands for `/cases/:id/plan`. */
function route(path: string): string {
  return path.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/:id');
}

/** Visits `start` and every page of the site it links to (one per route); returns the
 *  console errors, each with the page it happened on. */
async function visitEveryPage(page: Page, start: string): Promise<string[]> {
  const errors = consoleErrors(page);
  const found: string[] = [];
  const queue = [start];
  const seen = new Set([route(start)]);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const before = errors.length;
    await page.goto(path);
    await hydrated(page);
    // Give late refusals (styles applied after hydration) a moment to be reported.
    await page.waitForTimeout(200);
    for (const error of errors.slice(before)) found.push(`${path}: ${error}`);
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    );
    for (const link of links) {
      const target = link.split('#')[0];
      if (!target || /\.(csv|json|svg)(\?|$)/.test(target) || target.startsWith('/api/')) continue;
      if (seen.has(route(target))) continue;
      seen.add(route(target));
      queue.push(target);
    }
  }
  expect(seen.size).toBeGreaterThan(1);
  return found;
}

for (const email of staff) {
  test(`every page ${email} can open shows no console error`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/$/);
    expect(await visitEveryPage(page, '/')).toEqual([]);
  });
}

test('every page of the client portal shows no console error', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/portal/sign-in');
  await hydrated(page);
  await page.locator('#portal-code').fill('DEMO-AMIRA');
  await page.locator('#portal-pin').fill('246810');
  await page.locator('form.stacked-form button[type=submit]').click();
  await expect(page).toHaveURL(/\/portal$/);
  expect(await visitEveryPage(page, '/portal')).toEqual([]);
});

type Bar = { value: number | null; width: number; left: number; right: number; trackLeft: number; trackRight: number };

/** Each bar chart's bars: the value beside it (null when suppressed or empty) and where the
 *  bar and its track are on screen. */
async function barCharts(page: Page): Promise<Bar[][]> {
  return page.locator('.chart.bars').evaluateAll((charts) =>
    charts.map((chart) =>
      Array.from(chart.querySelectorAll('.bar-row')).map((row) => {
        const text = (row.querySelector('.bar-value')?.textContent ?? '').replace(/[\u2066-\u2069\s%]/g, '');
        const bar = row.querySelector('.bar')!.getBoundingClientRect();
        const track = row.querySelector('.bar-track')!.getBoundingClientRect();
        return {
          value: /^\d+$/.test(text) ? Number(text) : null,
          width: bar.width,
          left: bar.left,
          right: bar.right,
          trackLeft: track.left,
          trackRight: track.right,
        };
      }),
    ),
  );
}

test('figure charts draw each bar to scale from the start of the reading direction, in German and Arabic', async ({ page }) => {
  await signIn(page, 'koordination@lotse.example');
  await expect(page).toHaveURL(/\/$/);
  for (const language of ['de', 'ar']) {
    await page.context().addCookies([{ name: 'lotse_lang', value: language, url: page.url() }]);
    await page.goto('/coordination');
    await hydrated(page);
    const charts = await barCharts(page);
    expect(charts.length).toBeGreaterThan(0);
    const values = new Set<number>();
    for (const bars of charts) {
      const widest = Math.max(...bars.map((b) => b.width));
      const counted = bars.filter((b) => b.value !== null && b.value > 0);
      for (const bar of bars) {
        if (bar.value === null || bar.value === 0) {
          expect(bar.width).toBeLessThan(1);
        } else {
          values.add(bar.value);
          // Bars are as long as their values relative to each other, never all full width.
          const biggest = Math.max(...counted.map((b) => b.value!));
          const largest = counted.find((b) => b.value === biggest)!;
          const track = bar.trackRight - bar.trackLeft;
          expect(Math.abs(bar.width - (largest.width * bar.value) / biggest)).toBeLessThan(track * 0.02 + 1);
          // A bar starts where the reading direction starts: left in German, right in Arabic.
          if (language === 'ar') expect(Math.abs(bar.right - bar.trackRight)).toBeLessThan(1);
          else expect(Math.abs(bar.left - bar.trackLeft)).toBeLessThan(1);
        }
      }
      expect(widest).toBeLessThanOrEqual(bars[0].trackRight - bars[0].trackLeft + 0.5);
    }
    // The demo world's figures differ, so some bars must be drawn at different lengths.
    expect(values.size).toBeGreaterThan(1);
  }
});
