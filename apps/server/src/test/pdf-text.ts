import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const fonts = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/**
 * The text of a PDF, read with Mozilla's pdf.js (the reader in Firefox): one string per line,
 * pages in order. Tests read what the person would read, not the file's bytes.
 */
export async function pdfLines(pdf: Buffer | Uint8Array): Promise<string[]> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: fonts,
    verbosity: 0,
  });
  const document = await task.promise;
  const lines: string[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line.trim());
          line = '';
        }
      }
      if (line.trim()) lines.push(line.trim());
    }
  } finally {
    await task.destroy();
  }
  return lines.filter((l) => l !== '');
}

/** The document's metadata title, as a reader shows it in the window's title bar. */
export async function pdfTitle(pdf: Buffer | Uint8Array): Promise<string | undefined> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await task.promise;
  try {
    const { info } = await document.getMetadata();
    return (info as { Title?: string }).Title;
  } finally {
    await task.destroy();
  }
}
