import { chromium } from 'playwright-core';

/** Flags for a server without a display or a sandbox-capable kernel; no network, no GPU. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Prints a report's HTML to an A4 PDF in headless Chromium. Scripts are off and every request is refused,
 * so the page can only show what the HTML itself contains.
 */
export async function renderPdf(html: string, executablePath: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
