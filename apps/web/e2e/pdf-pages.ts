import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
const pdfjsBuild = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** A page that draws every page of /report.pdf onto its own canvas with PDF.js, in the main thread. */
const VIEWER = `<!doctype html><html><body style="margin:0;background:#888">
<script type="module">
import * as worker from '/pdf.worker.min.mjs';
import * as pdfjs from '/pdf.min.mjs';
globalThis.pdfjsWorker = worker;
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
const doc = await pdfjs.getDocument({ url: '/report.pdf', isEvalSupported: false }).promise;
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const viewport = page.getViewport({ scale: 1.25 });
  const canvas = document.createElement('canvas');
  canvas.id = 'page-' + i;
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  canvas.style.display = 'block';
  canvas.style.marginBottom = '8px';
  document.body.append(canvas);
  await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
}
document.body.dataset.pages = String(doc.numPages);
</script></body></html>`;

const FILES: Record<string, { file: string; type: string }> = {
  '/pdf.min.mjs': { file: 'build/pdf.min.mjs', type: 'text/javascript' },
  '/pdf.worker.min.mjs': { file: 'build/pdf.worker.min.mjs', type: 'text/javascript' },
};

/**
 * Turns a PDF into one PNG per page, drawn by PDF.js in the real browser, so a person can look at what the
 * server printed. Returns the PNG paths.
 */
export async function pdfToPngs(browser: Browser, pdf: Uint8Array, outPrefix: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
  try {
    await context.route('http://pdf.test/**', async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: VIEWER });
      if (pathname === '/report.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
      const asset = FILES[pathname];
      if (!asset) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: asset.type, body: fs.readFileSync(path.join(pdfjsBuild, asset.file)) });
    });
    const page = await context.newPage();
    await page.goto('http://pdf.test/');
    await page.locator('body[data-pages]').waitFor({ timeout: 30_000 });
    const pages = Number(await page.locator('body').getAttribute('data-pages'));
    const out: string[] = [];
    for (let i = 1; i <= pages; i++) {
      const file = `${outPrefix}-page-${i}.png`;
      await page.locator(`#page-${i}`).screenshot({ path: file });
      out.push(file);
    }
    return out;
  } finally {
    await context.close();
  }
}
