/**
 * The gallery's "Download PNG": the finding's SVG export drawn onto a canvas at
 * twice its size and saved. The browser draws it with the reader's own fonts;
 * `render … --format png` draws the same SVG with the shipped Noto Sans, for
 * pixels that are the same on every machine.
 */
import type { Finding } from '../src/data/types.js';
import { altText } from '../src/export/svg.js';
import { renderStatic, type RenderOptions } from '../src/export/static.js';
import { viewOf } from '../src/view/index.js';

/** Pixels per CSS pixel: sharp on high-density screens and slides. */
const SCALE = 2;

/** Draws the finding's SVG as a PNG blob, resolving with it and its alt text. */
export async function findingPng(finding: Finding, options: RenderOptions): Promise<{ png: Blob; alt: string }> {
  const svg = renderStatic(finding, 'svg', options);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * SCALE;
    canvas.height = image.naturalHeight * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    return { png, alt: altText(viewOf(finding, { locale: options.locale })) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the finding as `<id>.png`; resolves with the alt text to paste beside the image. */
export async function downloadPng(finding: Finding, options: RenderOptions): Promise<string> {
  const { png, alt } = await findingPng(finding, options);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = `${finding.id}.png`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return alt;
}
