/**
 * The email export against what mail clients support, from caniemail.com's data
 * (npm `caniemail`): every finding, light and dark, in Gmail, Outlook (Windows
 * included), Apple Mail, Yahoo and Samsung Email. A feature one of them does not
 * support at all fails the test unless the short list below says why it may stay.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { caniemail } from 'caniemail';
import { listFindings } from '../../src/data/index.js';
import { renderStatic } from '../../src/export/static.js';
import { STATIC_THEMES } from '../../src/view/widgets.js';

const CLIENTS: Parameters<typeof caniemail>[0]['clients'] = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*', 'samsung-email.*'];

/**
 * Unsupported features the export keeps, because where they are ignored only looks change,
 * and elsewhere they help. Anything else unsupported fails; so does an entry no email needs any more.
 */
const ALLOWED: Record<string, { clients: string[]; why: string }> = {
  'border-radius': {
    clients: ['outlook.windows', 'outlook.windows-mail'],
    why: 'the card gets square corners there; nothing moves',
  },
  'white-space': {
    clients: ['outlook.windows', 'outlook.windows-mail', 'samsung-email.android'],
    why: 'keeps the value beside a bar ("88%") on one line; ignored, a long value ("+10–15%") may wrap at its dash inside its own cell',
  },
  'role attribute': {
    clients: ['outlook.windows-mail'],
    why: 'role="presentation" tells screen readers the layout tables hold no data; dropping it changes nothing on screen, and every other client reads it',
  },
};

interface Unsupported {
  feature: string;
  client: string;
  where: string;
}

/** A CSS `height` declaration of its own, not the end of `line-height`. */
const CSS_HEIGHT = /(?<![\w-])height\s*:/i;

/**
 * caniemail 1.0.5, the last release that installs on the README's Node 20, reads `line-height`
 * as `height` (2.x, which needs Node 22, does not): its "height property" counts only when the
 * email declares a CSS `height` of its own.
 */
const misreadLineHeight = (feature: string, html: string) => feature === 'height property' && !CSS_HEIGHT.test(html);

/** The features a client does not support at all ("none"), in every finding's email, both themes. */
function unsupportedFeatures(): Unsupported[] {
  const found: Unsupported[] = [];
  for (const finding of listFindings()) {
    for (const theme of STATIC_THEMES) {
      const html = renderStatic(finding, 'email', { theme, locale: 'en', width: 600 });
      const { issues } = caniemail({ clients: CLIENTS, html });
      for (const [client, list] of issues.errors) {
        for (const issue of list) {
          if (!misreadLineHeight(issue.title, html)) found.push({ feature: issue.title, client, where: `${finding.id} (${theme})` });
        }
      }
    }
  }
  return found;
}

describe('the email export in mail clients (caniemail)', () => {
  const unsupported = unsupportedFeatures();

  it('uses no feature a client lacks, beyond the explained allow-list', () => {
    const unexplained = unsupported.filter(({ feature, client }) => !ALLOWED[feature]?.clients.includes(client));
    const first = new Map<string, string>();
    for (const { feature, client, where } of unexplained) if (!first.has(`${feature} in ${client}`)) first.set(`${feature} in ${client}`, where);
    assert.deepEqual([...first].map(([what, where]) => `${what} (first in ${where})`), []);
  });

  it('keeps the allow-list short and true: every entry is still needed', () => {
    for (const [feature, { clients }] of Object.entries(ALLOWED)) {
      for (const client of clients) {
        assert.ok(
          unsupported.some((found) => found.feature === feature && found.client === client),
          `${feature} in ${client} is no longer used: drop it from the allow-list`,
        );
      }
    }
  });

  it('sizes bars without CSS height, which Yahoo Mail reads as a minimum', () => {
    const yahoo = unsupported.filter(({ client }) => client.startsWith('yahoo.'));
    assert.deepEqual(yahoo, []);
    for (const finding of listFindings()) assert.doesNotMatch(renderStatic(finding, 'email', { theme: 'light', locale: 'en', width: 600 }), CSS_HEIGHT, finding.id);
  });

  it('still sees a CSS height where there is one', () => {
    const html = '<table><tr><td style="height:12px;line-height:1.4">x</td></tr></table>';
    const { issues } = caniemail({ clients: ['yahoo.*'], html });
    const titles = [...issues.errors.values()].flat().map((issue) => issue.title);
    assert.ok(titles.some((title) => !misreadLineHeight(title, html) && title === 'height property'));
  });
});
