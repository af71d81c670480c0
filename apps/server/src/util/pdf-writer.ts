import PDFDocument from 'pdfkit';

/**
 * A small writer over PDFKit for the documents the server prints (A4, Helvetica). Helvetica's
 * WinAnsi covers å, ä, ö and é; anything outside it (emoji, other scripts) is replaced rather
 * than printed as garbage.
 */

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function pdfSafe(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return ch;
      return WIN_ANSI_EXTRA.has(ch) ? ch : '?';
    })
    .join('');
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(title: string, lang: 'sv-SE' | 'en-GB' = 'sv-SE') {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      lang,
      info: { Title: pdfSafe(title), Author: 'Vårdfläta', Creator: 'Vårdfläta' },
    });
    const chunks: Buffer[] = [];
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  title(text: string) {
    this.doc.font('Helvetica-Bold').fontSize(18).text(pdfSafe(text)).moveDown(0.4);
  }
  heading(text: string) {
    this.doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(pdfSafe(text)).moveDown(0.2);
  }
  para(text: string, options: { bold?: boolean; size?: number } = {}) {
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 11)
      .text(pdfSafe(text), { paragraphGap: 4 });
  }
  field(label: string, value: string) {
    this.doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${pdfSafe(label)}: `, { continued: true });
    this.doc.font('Helvetica').text(pdfSafe(value));
  }
  items(list: string[]) {
    for (const item of list) this.para(`•  ${item}`);
  }
  small(text: string) {
    this.doc.moveDown(1).font('Helvetica').fontSize(9).fillColor('#555555').text(pdfSafe(text));
    this.doc.fillColor('#000000');
  }
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
