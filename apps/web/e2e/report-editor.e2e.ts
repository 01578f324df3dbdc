import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { Inline, ReportDocument } from '@hiwar/protocol';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const e2e = hiwarForTests();
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

/** Pastes as the browser does: a paste event whose clipboard holds the HTML and its plain text. */
async function pasteHtml(field: Locator, html: string, text: string) {
  await field.evaluate(
    (el, [markup, plain]) => {
      const data = new DataTransfer();
      data.setData('text/html', markup as string);
      data.setData('text/plain', plain as string);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

const customSection = (doc: ReportDocument | undefined) => doc?.sections.find((s) => s.key.startsWith('custom-'));
const runsOf = (doc: ReportDocument | undefined, index: number): Inline[] => {
  const block = customSection(doc)?.blocks[index];
  return block && 'content' in block ? block.content : [];
};

describe('report editor in Chromium', () => {
  it('types Arabic and English, bolds, links, undoes, pastes hostile HTML safely, saves, and previews', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'editor@example.org', password: 'a passphrase for editing', name: 'Dalia Mansour' });
    const meeting = await api.createMeeting(
      {
        title: 'Water and local peace',
        hostOrganisation: 'Valley Dialogue Forum',
        startsAt: '2027-03-02T10:00',
        timeZone: 'Asia/Amman',
        format: 'online',
        contentLanguage: 'en',
      },
      [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' }],
    );
    await api.command(meeting.id, { type: 'meeting:start' });
    await api.command(meeting.id, { type: 'point:submit', text: 'Mediators need multi-year core funding' });
    await api.generateReport(meeting.id);

    const context = await newPerson(e2e.browser);
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true }]);
    const desk = await context.newPage();
    const errors: string[] = [];
    desk.on('pageerror', (err) => errors.push(String(err)));
    await desk.setViewportSize({ width: 1366, height: 768 });
    await desk.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/report`);
    await desk.getByRole('button', { name: 'Add a section' }).click();
    const field = desk.getByRole('textbox', { name: 'Paragraph' }).last();

    // English first, then an Arabic clause: the field is one paragraph, left to right from its first letter.
    await field.click();
    await desk.keyboard.type('Participants stressed funding');
    await desk.keyboard.press('Control+Shift+ArrowLeft');
    await desk.keyboard.press('Control+B');
    await expect.poll(() => field.locator('strong').textContent()).toBe('funding');
    await desk.keyboard.press('End');
    await desk.keyboard.press('Control+B'); // bold off for what follows
    await desk.keyboard.type(' — قال أحد المشاركين إن التمويل قصير.');
    expect(await field.getAttribute('dir')).toBe('ltr');

    // A link on the first word, from the toolbar.
    await desk.keyboard.press('Home');
    await desk.keyboard.press('Control+Shift+ArrowRight');
    await desk.getByRole('button', { name: 'Link', exact: true }).click();
    await desk.getByLabel('Link address (https:// or mailto:)').fill('https://example.org/water');
    await desk.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => field.locator('a').getAttribute('href')).toBe('https://example.org/water');

    // Undo takes the link away (keyboard), Redo brings it back (button), Undo again for good.
    await desk.keyboard.press('Control+Z');
    await expect.poll(() => field.locator('a').count()).toBe(0);
    await desk.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => field.locator('a').count()).toBe(1);
    await desk.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => field.locator('a').count()).toBe(0);
    await desk.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => field.locator('a').count()).toBe(1);

    // An Arabic paragraph of its own turns right to left as soon as its first letter is Arabic.
    await desk.locator('.report-section').last().getByRole('button', { name: 'Add a paragraph' }).click();
    const arabic = desk.getByRole('textbox', { name: 'Paragraph' }).last();
    await arabic.click();
    expect(await arabic.getAttribute('dir')).toBe('ltr'); // an English document's empty field
    await desk.keyboard.type('التمويل المحلي يصل متأخرًا عبر UN Women.');
    await expect.poll(() => arabic.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // Pasting HTML from elsewhere: scripts and images never arrive, nor run; bold and safe links stay.
    await desk.keyboard.press('End');
    await desk.keyboard.type(' ');
    await pasteHtml(
      arabic,
      '<p>Pasted <b>text</b> <img src="x" onerror="window.__pasted=1"><script>window.__pasted=2</script>' +
        '<a href="javascript:window.__pasted=3">bad link</a> <a href="https://example.org/ok">good link</a>' +
        '<span style="color:red">red</span></p>',
      'Pasted text bad link good link red',
    );
    await expect.poll(() => arabic.textContent()).toContain('good link');
    expect(await arabic.locator('img, script, span[style], [onerror]').count()).toBe(0);
    expect(await desk.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined();

    // Saved: the document holds runs, exactly.
    await desk.getByText('All changes saved').waitFor();
    const saved = (await api.reportState(meeting.id)).report?.document;
    expect(runsOf(saved, 0)).toEqual([
      { text: 'Participants', href: 'https://example.org/water' },
      { text: ' stressed ' },
      { text: 'funding', bold: true },
      { text: ' — قال أحد المشاركين إن التمويل قصير.' },
    ]);
    expect(runsOf(saved, 1)).toEqual([
      { text: 'التمويل المحلي يصل متأخرًا عبر UN Women. Pasted ' },
      { text: 'text', bold: true },
      { text: ' bad link ' },
      { text: 'good link', href: 'https://example.org/ok' },
      { text: 'red' },
    ]);
    expect(JSON.stringify(saved)).not.toMatch(/__pasted|<script|<img|javascript:/);
    await field.scrollIntoViewIfNeeded();
    await shoot(desk, 'report-editor-en-laptop');

    // The preview shows the printed document, without the editor, and comes back to editing.
    await desk.getByRole('button', { name: 'Preview', exact: true }).first().click();
    const frame = desk.frameLocator('iframe[title="Preview of the printed report"]');
    await frame.getByText('Participants stressed').waitFor();
    expect(await frame.locator('strong', { hasText: 'funding' }).count()).toBe(1);
    expect(await frame.locator('a[href="https://example.org/water"]').count()).toBe(1);
    expect(await desk.getByRole('textbox', { name: 'Paragraph' }).count()).toBe(0);
    await shoot(desk, 'report-preview-en-laptop');
    await desk.setViewportSize({ width: 390, height: 844 });
    await shoot(desk, 'report-preview-en-phone');
    await desk.getByRole('button', { name: 'Edit', exact: true }).click();
    await field.scrollIntoViewIfNeeded();
    await shoot(desk, 'report-editor-en-phone');

    // The same desk in Arabic, on a phone and a laptop.
    await desk.getByLabel('Language').selectOption('ar');
    await expect.poll(() => desk.locator('html').getAttribute('dir')).toBe('rtl');
    await desk.getByRole('textbox').last().scrollIntoViewIfNeeded();
    await shoot(desk, 'report-editor-ar-phone');
    await desk.setViewportSize({ width: 1366, height: 768 });
    await desk.getByRole('textbox').last().scrollIntoViewIfNeeded();
    await shoot(desk, 'report-editor-ar-laptop');
    await desk.getByRole('button', { name: 'معاينة', exact: true }).first().click();
    await desk.frameLocator('iframe').first().getByText('Participants stressed').waitFor();
    await shoot(desk, 'report-preview-ar-laptop');
    await desk.setViewportSize({ width: 390, height: 844 });
    await shoot(desk, 'report-preview-ar-phone');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
