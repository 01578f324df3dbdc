import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = SCREENSHOTS;
const e2e = hiwarForTests();

/** Files only facilitators, rapporteurs and co-facilitators need; a participant must never fetch them. */
const STAFF_FILES =
  /\/assets\/(live-console|capture-page|setup-page|report-page|dashboard-page|board-page|new-meeting-page|review-page|point-form)-/;

describe('a participant on a slow connection', () => {
  it('downloads only what taking part needs, compressed, sees when it is offline, and keeps a typed point until it is sent', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'slow@example.org', password: 'a passphrase for slow', name: 'Mona Khalil' });
    const meeting = await api.createMeeting(
      {
        title: 'Local councils and water',
        hostOrganisation: 'Nile Basin Forum',
        startsAt: '2027-04-03T09:00',
        timeZone: 'Africa/Khartoum',
        format: 'hybrid',
        contentLanguage: 'ar',
      },
      [{ title: 'النقاش', kind: 'discussion', plannedMinutes: 30, confidentiality: 'chatham-house' }],
    );
    await api.command(meeting.id, { type: 'points:set-settings', settings: { premoderate: false } });
    await api.command(meeting.id, { type: 'meeting:start' });

    const context = await newPerson(e2e.browser, { phone: true, locale: 'ar' });
    await context.addInitScript(() => localStorage.setItem('hiwar.language', 'ar'));
    const page = await context.newPage();
    // A poor mobile link: 400 kbit/s down, 200 kbit/s up, 300 ms each way.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 50_000,
      uploadThroughput: 25_000,
    });
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));

    const started = Date.now();
    await page.goto(`${e2e.hiwar.url}/join/${meeting.joinCode}`);
    await page.locator('#join-name').waitFor();
    const formAfter = Date.now() - started;
    await page.locator('#join-name').fill('Amani Osman');
    await page.locator('form button[type="submit"]').click();
    await page.locator('#current-item-title').waitFor();
    const viewAfter = Date.now() - started;

    const assets = responses.filter((r) => new URL(r.url()).pathname.startsWith('/assets/'));
    const sizes = await Promise.all(assets.map(async (r) => (await r.request().sizes()).responseBodySize));
    const kilobytes = Math.round(sizes.reduce((a, b) => a + b, 0) / 1024);
    console.log(
      `slow connection (400 kbit/s, 300 ms): join form after ${(formAfter / 1000).toFixed(1)} s, ` +
        `participant view after ${(viewAfter / 1000).toFixed(1)} s, ${assets.length} files, ${kilobytes} kB of code and styles`,
    );
    expect(assets.map((r) => r.url()).filter((u) => STAFF_FILES.test(u))).toEqual([]);
    // Arabic is fetched, the other translations are not.
    expect(assets.some((r) => /\/assets\/ar-/.test(r.url()))).toBe(true);
    expect(assets.some((r) => /\/assets\/(fr|sv)-/.test(r.url()))).toBe(false);
    // Everything but the smallest files (not worth compressing) comes Brotli-compressed.
    for (const [i, r] of assets.entries()) {
      if (r.headers()['content-encoding'] !== 'br') expect(sizes[i], r.url()).toBeLessThan(1024);
    }
    expect(assets.filter((r) => r.headers()['content-encoding'] === 'br').length).toBeGreaterThan(2);
    const entry = assets.find((r) => r.url().endsWith('.js'));
    expect(entry?.headers()['cache-control']).toContain('immutable');
    // The page itself is checked every time, so a new build reaches people at once.
    const document = responses.find((r) => r.request().resourceType() === 'document');
    expect(document?.headers()['cache-control']).toBe('no-cache');

    // A typed point survives a reload...
    const box = page.locator('textarea').first();
    const text = 'نحتاج إلى بيانات المياه بالعربية — open data';
    await box.fill(text);
    await page.reload();
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe(text);

    // ...and the network going away: the page says so at once, the send waits, nothing is lost.
    await context.setOffline(true);
    await page.waitForTimeout(2000);
    await page.locator('.banner-warning[role="alert"]').waitFor({ timeout: 5000 });
    await page.locator('form:has(textarea) button[type="submit"]').click();
    await page.getByText('لا يوجد اتصال. نقطتك محفوظة هنا وستُرسَل عند عودة الاتصال.').waitFor();
    await page.screenshot({ path: path.join(shots, 'participant-offline-ar-phone.png'), fullPage: true });
    await page.waitForTimeout(1000);
    expect(await page.locator('textarea').first().inputValue()).toBe(text);
    expect((await api.getMeeting(meeting.id)).points).toEqual([]);

    await context.setOffline(false);
    await expect
      .poll(async () => (await api.getMeeting(meeting.id)).points.map((p) => p.text), { timeout: 15_000 })
      .toEqual([text]);
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('');
    await expect.poll(() => page.locator('.banner-warning[role="alert"]').count()).toBe(0);
    expect(await page.evaluate((id) => localStorage.getItem(`hiwar.pointDraft.${id}`), meeting.id)).toBeNull();
    await context.close();
  });
});
