/** Reading colours out of screenshots: WCAG contrast, and the ink of text or shapes in a box. */
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** sRGB channel value (0–255) to linear light, looked up: a scan reads many thousands. */
const LINEAR = Array.from({ length: 256 }, (_, value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4));
const luminance = ([r, g, b]: Rgb) => 0.2126 * (LINEAR[r] ?? 0) + 0.7152 * (LINEAR[g] ?? 0) + 0.0722 * (LINEAR[b] ?? 0);

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** A decoded screenshot (one image pixel per CSS pixel), read by CSS coordinates. */
export class Screenshot {
  private readonly png: PNG;

  constructor(data: Uint8Array) {
    this.png = PNG.sync.read(Buffer.from(data));
  }

  pixel(x: number, y: number): Rgb {
    const at = (Math.round(y) * this.png.width + Math.round(x)) * 4;
    return [this.png.data[at] ?? 0, this.png.data[at + 1] ?? 0, this.png.data[at + 2] ?? 0];
  }

  centre(box: Box): Rgb {
    return this.pixel(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The colour in `box` that stands out most from `background`: the ink of its glyphs or strokes. */
  ink(box: Box, background: Rgb): Rgb {
    let best = background;
    for (let y = box.y; y < box.y + box.height; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const candidate = this.pixel(x, y);
        if (contrast(candidate, background) > contrast(best, background)) best = candidate;
      }
    }
    return best;
  }
}
