import fs from 'node:fs';
import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';
import { pdfToPngs } from './pdf-pages.js';

const root = path.resolve(import.meta.dirname, '../../..');
const shots = SCREENSHOTS;
const files = path.join(root, '.test-output/report');
const e2e = hiwarForTests();
beforeAll(async () => {
  fs.mkdirSync(files, { recursive: true });
});

const shoot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });

async function joinAs(
  name: string,
  joinCode: string,
  listed: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPerson(e2e.browser, { phone: true });
  const page = await context.newPage();
  await page.goto(`${e2e.hiwar.url}/join/${joinCode}`);
  await page.getByLabel('Your name in the meeting').fill(name);
  if (listed) await page.getByLabel("List my name in the report's internal participant list").check();
  await page.getByRole('button', { name: 'Join the meeting' }).click();
  await page.getByText(name).first().waitFor();
  return { context, page };
}

/** A paragraph editor of the report desk, found by its text. */
const paragraph = (page: Page, text: string) =>
  page.getByRole('textbox', { name: 'Paragraph' }).filter({ hasText: text }).first();

/** Clicks an export button and keeps the downloaded file. */
async function download(page: Page, label: string, file: string): Promise<Buffer> {
  const [event] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label, exact: true }).click(),
  ]);
  // The browser saves it under the meeting's title and date, as the server names it, never "report.*".
  expect(event.suggestedFilename()).toMatch(
    /^water-and-local-peace[a-z0-9-]*-\d{4}-\d{2}-\d{2}\.(md|html|pdf|docx|json)$/,
  );
  const target = path.join(files, file);
  await event.saveAs(target);
  return fs.readFileSync(target);
}

describe('report desk in Chromium', () => {
  it('runs a meeting, generates the report, edits it, has a presenter approve, publishes and exports every format', async () => {
    // The meeting: a named presentation on the record and a discussion under the Chatham House Rule.
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'report@example.org', password: 'a passphrase for reports', name: 'Dalia Mansour' });
    const meeting = await api.createMeeting(
      {
        title: 'Water and local peace in the Jordan Valley',
        hostOrganisation: 'Valley Dialogue Forum',
        startsAt: '2027-03-02T10:00',
        timeZone: 'Asia/Amman',
        format: 'hybrid',
        contentLanguage: 'en',
      },
      [
        {
          title: 'Wells and village councils',
          kind: 'presentation',
          plannedMinutes: 15,
          presenters: [{ name: 'Rana Haddad', title: 'Mediator', organisation: 'Oasis Mediators' }],
          confidentiality: 'on-record',
        },
        { title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' },
      ],
    );
    await api.command(meeting.id, { type: 'theme:add', themes: [{ name: 'Funding', colour: '#1f6f5c' }] });
    await api.command(meeting.id, { type: 'points:set-settings', settings: { premoderate: false } });
    await api.command(meeting.id, { type: 'meeting:start' });
    await api.command(meeting.id, {
      type: 'point:submit',
      text: 'Councils that seated herders reached agreements that held',
    });
    const snapshot = await api.getMeeting(meeting.id);
    await api.command(meeting.id, { type: 'agenda:jump', itemId: snapshot.agenda[1]?.id ?? '' });

    // Two participants join in the browser (one agrees to be listed) and send points from their phones.
    const sami = await joinAs('Sami Khalil', meeting.joinCode, true);
    const lina = await joinAs('Lina Odeh', meeting.joinCode, false);
    for (const [person, text] of [
      [sami, 'Mediators need multi-year core funding'],
      [lina, 'Drought data reaches ministries before councils'],
    ] as const) {
      await person.page.getByLabel('Your point').fill(text);
      await person.page.getByRole('button', { name: 'Send point' }).click();
      await person.page.getByText(text).first().waitFor();
    }

    // The facilitator opens the report desk from the console and generates the draft.
    const facilitator = await newPerson(e2e.browser);
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await facilitator.addCookies([{ name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true }]);
    const desk = await facilitator.newPage();
    await desk.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/live`);
    await desk.getByRole('link', { name: 'Report', exact: true }).click();
    await desk.getByRole('button', { name: 'Generate draft' }).click();
    const sentence = paragraph(desk, 'multi-year core funding');
    await sentence.waitFor();
    await expect.poll(() => desk.getByText('Sami Khalil').count()).toBeGreaterThan(0); // internal annex only
    // The sentence shows the point it came from.
    await desk
      .locator('.report-block', { has: sentence })
      .getByText(/source point/)
      .click();
    await expect
      .poll(() => desk.locator('.report-sources li', { hasText: 'Mediators need multi-year core funding' }).count())
      .toBeGreaterThan(0);

    // An edit that names a participant is saved, and the Chatham House check blocks publishing and exports.
    await sentence.click();
    await desk.keyboard.press('Control+End'); // the field's end, not the end of a wrapped line
    await desk.keyboard.type(' Lina Odeh said so.');
    await desk.getByText('All changes saved').waitFor();
    await desk.getByText('1 finding in a public section', { exact: false }).waitFor();
    await expect.poll(() => desk.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => desk.getByRole('button', { name: 'Markdown', exact: true }).isDisabled()).toBe(true);
    await shoot(desk, 'report-desk-check-en-laptop');

    // The rapporteur removes the name and makes the sentence bold with Ctrl+B.
    const edited = paragraph(desk, 'Lina Odeh said so.');
    await edited.click();
    await desk.keyboard.press('Control+End'); // the field's end, not the end of a wrapped line
    for (let i = 0; i < ' Lina Odeh said so.'.length; i++) await desk.keyboard.press('Backspace');
    await expect.poll(() => sentence.textContent()).not.toContain('Lina');
    await desk.keyboard.press('Control+A');
    await desk.keyboard.press('Control+B');
    await desk.getByText('All changes saved').waitFor();
    await desk.getByText('No participant or organisation is named').waitFor();
    await expect.poll(() => sentence.locator('strong, b').count()).toBeGreaterThan(0);

    // A review link for the presenter, who approves on a phone without an account.
    await desk.getByRole('button', { name: 'Create review links' }).click();
    const link = await desk.getByLabel('Review link for Rana Haddad').inputValue();
    expect(link).toMatch(/\/review\/[A-Za-z0-9_-]+$/);
    const presenter = await newPerson(e2e.browser, { phone: true });
    const review = await presenter.newPage();
    await review.goto(link);
    await review.getByText('Councils that seated herders reached agreements that held').waitFor();
    await shoot(review, 'report-review-en-phone', true);
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.getByText('You approved this paragraph').waitFor();
    await desk.reload();
    await desk.locator('.report-reviews').getByText('Approved').waitFor();

    // Exports in every format, with no scripts in HTML, and the PDF turned into pages to look at.
    const md = (await download(desk, 'Markdown', 'e2e-report.md')).toString('utf8');
    expect(md).toContain('**');
    expect(md).toContain('Rana Haddad, Mediator at Oasis Mediators, said that');
    expect(md).not.toContain('Sami Khalil');
    const html = (await download(desk, 'HTML (print to PDF)', 'e2e-report.html')).toString('utf8');
    expect(html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i);
    const docx = await download(desk, 'Word (DOCX)', 'e2e-report.docx');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const json = JSON.parse((await download(desk, 'JSON', 'e2e-report.json')).toString('utf8'));
    expect(json.sections.map((s: { key: string }) => s.key)).toContain('discussion');
    const pdf = await download(desk, 'PDF', 'e2e-report.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfToPngs(e2e.browser, pdf, path.join(shots, 'report-pdf-en'));
    expect(pages.length).toBeGreaterThan(0);
    await desk.getByLabel('Include the internal annexes').check();
    expect((await download(desk, 'Markdown', 'e2e-report.desk.md')).toString('utf8')).toContain('Sami Khalil');

    // Publishing gives a read-only link that shows the report without its annexes.
    await desk.getByRole('button', { name: 'Publish', exact: true }).click();
    const published = desk.getByRole('link', { name: 'Open the read-only link' });
    await published.waitFor();
    const readOnly = await facilitator.newPage();
    await readOnly.goto((await published.getAttribute('href')) ?? '');
    await readOnly.getByRole('heading', { name: 'Water and local peace in the Jordan Valley' }).waitFor();
    expect(await readOnly.content()).not.toContain('Sami Khalil');
    await shoot(readOnly, 'report-published-en-laptop', true);

    // The history lists each version.
    await desk.getByRole('button', { name: 'Show versions' }).click();
    await desk.locator('.report-versions li').first().waitFor();
    expect(await desk.locator('.report-versions li').count()).toBeGreaterThanOrEqual(4);
    await shoot(desk, 'report-desk-en-laptop');

    // The desk in Arabic, on a laptop and a phone.
    await desk.getByLabel('Language').selectOption('ar');
    await expect.poll(() => desk.locator('html').getAttribute('dir')).toBe('rtl');
    await shoot(desk, 'report-desk-ar-laptop');
    await desk.setViewportSize({ width: 390, height: 844 });
    await shoot(desk, 'report-desk-ar-phone');

    for (const p of [sami, lina]) await p.context.close();
    await presenter.close();
    await facilitator.close();
  }, 120_000);

  it('prints an Arabic report right to left, with mixed Arabic and English, into PDF pages to look at', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'report-ar@example.org', password: 'a passphrase for reports', name: 'هالة يوسف' });
    const meeting = await api.createMeeting(
      {
        title: 'المرأة والسلام والأمن: حوار السياسات',
        hostOrganisation: 'منتدى الحوار',
        startsAt: '2027-03-08T10:00',
        timeZone: 'Asia/Beirut',
        format: 'online',
        contentLanguage: 'ar',
      },
      [{ title: 'نقاش مفتوح', kind: 'discussion', plannedMinutes: 60, confidentiality: 'chatham-house' }],
    );
    await api.command(meeting.id, { type: 'theme:add', themes: [{ name: 'التمويل', colour: '#1f6f5c' }] });
    await api.command(meeting.id, { type: 'meeting:start' });
    const themeId = (await api.getMeeting(meeting.id)).meeting.themes[0]?.id ?? '';
    for (const text of [
      'يجب أن يصل تمويل UN Women إلى المبادرات المحلية مباشرة',
      'تُستبعد النساء من طاولات التفاوض الرسمية رغم دورهن في الوساطة المحلية',
    ]) {
      await api.command(meeting.id, { type: 'point:submit', text, themeIds: [themeId] });
    }
    const state = await api.generateReport(meeting.id);
    expect(state.report?.document.dir).toBe('rtl');
    const pdf = new Uint8Array(await (await api.exportReport(meeting.id, 'pdf')).arrayBuffer());
    fs.writeFileSync(path.join(files, 'e2e-report.ar.pdf'), pdf);
    const pages = await pdfToPngs(e2e.browser, pdf, path.join(shots, 'report-pdf-ar'));
    expect(pages.length).toBeGreaterThan(0);
    // The desk shows the Arabic document right to left even with an English interface.
    const facilitator = await newPerson(e2e.browser);
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await facilitator.addCookies([{ name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true }]);
    const desk = await facilitator.newPage();
    await desk.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/report`);
    const first = desk.getByRole('textbox', { name: 'Paragraph' }).first();
    await expect.poll(() => first.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await desk.locator('html').getAttribute('dir')).toBe('ltr');
    await shoot(desk, 'report-desk-ar-document-en-ui');
    await facilitator.close();
  }, 60_000);
});
