// Custom Elements Manifest: read from the source by @custom-elements-manifest/analyzer,
// shipped in the package and used by Storybook for docs and controls.

/** Keeps the manifest to the public API: protected and private members are implementation. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/shared/finding-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/geometry.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly()],
};
