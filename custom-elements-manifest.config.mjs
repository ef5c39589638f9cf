// Custom Elements Manifest: read from the source by @custom-elements-manifest/analyzer,
// shipped in the package and used by Storybook for docs and controls. Run under tsx
// (`npm run manifest`), so the palette's TypeScript module can be read here.
import { PALETTES } from './src/view/palette.ts';

/** The theme tokens and the palette colour each one defaults to. */
const PALETTE_TOKENS = {
  '--mcw-accent': 'accent',
  '--mcw-text-color': 'text',
  '--mcw-muted-color': 'muted',
  '--mcw-surface': 'surface',
  '--mcw-border-color': 'border',
  '--mcw-track-color': 'track',
  '--mcw-error-color': 'error',
  '--mcw-error-surface': 'errorSurface',
};

/**
 * Gives each theme token its default from the palette the elements use, with the dark
 * theme's in the description: documented once in the source, never a second copy of a colour.
 */
function paletteDefaults() {
  return {
    name: 'palette-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            const key = PALETTE_TOKENS[property.name];
            if (!key) continue;
            property.default = PALETTES.light[key];
            property.description = `${property.description.replace(/\.?$/, '')} (dark theme: ${PALETTES.dark[key]}).`;
          }
        }
      }
    },
  };
}

/** Reactive state declared with Lit's `state: true`, which the analyzer lists as public attributes. */
const INTERNAL_STATE = new Set(['chartWidth']);

/** Keeps the manifest to the public API: protected and private members, and their attributes, are implementation. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set([
            ...INTERNAL_STATE,
            ...(declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          ]);
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          // Internal reactive state (Lit's `state: true`) is no attribute an author can set.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/element/finding-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly(), paletteDefaults()],
};
