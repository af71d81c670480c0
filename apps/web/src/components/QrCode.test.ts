import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QrImage, qrSvg, svgDataUrl } from './QrCode';

const LINK = 'https://vardflata.example/survey/Abc123_-Def456ghi789jkl';

describe('the QR code of a one-time link', () => {
  it('is an SVG drawn from the link: the same link the same code, another link another', async () => {
    const svg = await qrSvg(LINK);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path');
    expect(await qrSvg(LINK)).toBe(svg);
    expect(await qrSvg(`${LINK}x`)).not.toBe(svg);
  });

  it('is shown as an image named for what it is, carrying the SVG itself', async () => {
    const svg = await qrSvg(LINK);
    const html = renderToStaticMarkup(
      createElement(QrImage, { svg, label: 'QR-kod för enkätlänken' }),
    );
    expect(html).toContain('alt="QR-kod för enkätlänken"');
    const src = /src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    expect(src).toBe(svgDataUrl(svg));
    expect(decodeURIComponent(src.replace('data:image/svg+xml;charset=utf-8,', ''))).toBe(svg);
    expect(html).toMatch(/width="176" height="176"/);
  });
});
