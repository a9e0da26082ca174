// A QR code drawn here, from the text itself: the secret never leaves the window.
import qrcode from 'qrcode-generator';

/** One horizontal run of dark modules. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/** Text as the UTF-8 bytes the encoder expects (it takes one byte per character). */
const utf8 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

/** The dark modules of the QR code for `text`, merged into runs per row. */
export function qrCode(text: string): QrCode {
  const qr = qrcode(0, 'M');
  qr.addData(utf8(text), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const runs: QrRun[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!qr.isDark(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && qr.isDark(y, x)) x++;
      runs.push({ x: start, y, width: x - start });
    }
  }
  return { size, runs };
}
