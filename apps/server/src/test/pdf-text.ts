import { getDocumentProxy } from 'unpdf';

/**
 * The text of a PDF, read with pdf.js (Mozilla's reader, through unpdf): one string per line,
 * pages in order. Tests read what the person would read, not the file's bytes.
 */
export async function pdfLines(pdf: Buffer | Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
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
    await document.destroy();
  }
  return lines.filter((l) => l !== '');
}

/** The document's metadata title, as a reader shows it in the window's title bar. */
export async function pdfTitle(pdf: Buffer | Uint8Array): Promise<string | undefined> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const { info } = await document.getMetadata();
    return (info as { Title?: string }).Title;
  } finally {
    await document.destroy();
  }
}
