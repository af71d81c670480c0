import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A one-time link as a QR code, for a client or respondent to scan instead of typing it. The
 * SVG is qrcode's own renderer (medium error correction, a quiet zone of 2 modules); the same
 * link always gives the same code.
 */
export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The SVG as an image address (the content security policy allows data: images). */
export const svgDataUrl = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The drawn code: an image whose name (alt) says what it is, about 4.5 cm on screen and 4 cm
 * on paper (styles.css), large enough to scan from a printout.
 */
export function QrImage({ svg, label }: { svg: string; label: string }) {
  return <img className="qr-code" src={svgDataUrl(svg)} alt={label} width={176} height={176} />;
}

/** The QR code of a link, shown once it is made; nothing is shown if it cannot be made. */
export function QrCode({ link, label }: { link: string; label: string }) {
  const [svg, setSvg] = useState<{ link: string; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    qrSvg(link).then(
      (made) => live && setSvg({ link, svg: made }),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [link]);
  return svg?.link === link ? <QrImage svg={svg.svg} label={label} /> : null;
}
