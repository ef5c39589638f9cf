/**
 * The colours of both themes: the single source for the elements' CSS tokens
 * and for the email and SVG exports, which cannot use CSS variables.
 */
export interface Palette {
  text: string;
  muted: string;
  surface: string;
  border: string;
  accent: string;
  track: string;
  error: string;
  errorSurface: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    text: '#1b1f24',
    muted: '#4b535d',
    surface: '#ffffff',
    border: '#d3d8de',
    accent: '#0a5fb4',
    track: '#e6ebf0',
    error: '#a4161a',
    errorSurface: '#fdf0f0',
  },
  dark: {
    text: '#eef1f4',
    muted: '#b9c1cb',
    surface: '#16191d',
    border: '#3a414a',
    accent: '#7db9ff',
    track: '#2a3038',
    error: '#ffb4ae',
    errorSurface: '#3b1d1d',
  },
};

/** "#0a5fb4" mixed with "#ffffff" by `share` (0–1), as CSS color-mix(in srgb, …) would. */
export function mix(color: string, other: string, share: number): string {
  const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const [a, b] = [channels(color), channels(other)];
  return `#${a.map((value, i) => Math.round(value * share + (b[i] ?? 0) * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

/** How much of the accent an ordinary bar carries, mixed into the surface; the highlighted bar is the accent itself. */
export const BAR_ACCENT_SHARE = 0.55;

/** The fill of an ordinary bar in a static output (the elements mix the same share in CSS, from their tokens). */
export function barColor(palette: Palette): string {
  return mix(palette.accent, palette.surface, BAR_ACCENT_SHARE);
}
