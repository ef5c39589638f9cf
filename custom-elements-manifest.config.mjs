// Custom Elements Manifest: read from the source by @custom-elements-manifest/analyzer,
// shipped in the package and used by Storybook for docs and controls.

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
  plugins: [publicMembersOnly()],
};
