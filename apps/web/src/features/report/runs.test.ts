import { type Inline, isSafeHref } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { domToRuns, runsToDom } from './runs';

/** An element holding HTML as a browser would after a paste or an edit. */
function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

const roundTrip = (runs: Inline[]) => {
  const div = document.createElement('div');
  div.append(runsToDom(runs, document));
  return domToRuns(div);
};

describe('domToRuns and runsToDom', () => {
  it('round-trips text, bold, italic, links and footnotes', () => {
    const runs: Inline[] = [
      { text: 'Participants ' },
      { text: 'strongly', bold: true },
      { text: ' agreed', italic: true, note: 'Seven of twelve.' },
      { text: ' (see ' },
      { text: 'the paper', href: 'https://example.org/paper' },
      { text: ').' },
    ];
    expect(roundTrip(runs)).toEqual(runs);
  });

  it('keeps Arabic and mixed-direction text exactly', () => {
    const runs: Inline[] = [{ text: 'أكّد المشاركون أن برنامج UN Women يدعم القرار 1325.' }];
    expect(roundTrip(runs)).toEqual(runs);
  });

  it('turns pasted markup into plain text: no images, scripts, handlers or javascript: links', () => {
    const el = html(
      '<p>Hello <img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">click</a>' +
        ' <span style="color:red" onclick="x()">red</span> <iframe src="https://evil.example"></iframe>' +
        '<a href=" https://ok.example/a ">ok</a></p>',
    );
    const runs = domToRuns(el);
    expect(runs).toEqual([{ text: 'Hello click red ' }, { text: 'ok', href: 'https://ok.example/a' }]);
    expect(JSON.stringify(runs)).not.toMatch(/alert|onerror|onclick|javascript|iframe|img/);
  });

  it('reads b, i and nested formatting and merges runs that look the same', () => {
    expect(domToRuns(html('<b>A</b><strong>B</strong> <i><b>C</b></i>'))).toEqual([
      { text: 'AB', bold: true },
      { text: ' ' },
      { text: 'C', bold: true, italic: true },
    ]);
  });

  it('turns line breaks and blocks into spaces and trims the edges', () => {
    expect(domToRuns(html('  one<br>two<div>three</div>\u00a0 '))).toEqual([{ text: 'one two three' }]);
  });

  it('builds the editor DOM without parsing user text as HTML', () => {
    const div = document.createElement('div');
    div.append(runsToDom([{ text: '<img src=x onerror=alert(1)>', href: 'javascript:alert(1)' }], document));
    expect(div.querySelector('img')).toBeNull();
    expect(div.querySelector('a')).toBeNull();
    expect(div.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['https://example.org', true],
    ['mailto:a@example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['/relative', false],
  ])('%s is a safe link: %s', (href, ok) => {
    expect(isSafeHref(href)).toBe(ok);
  });
});
