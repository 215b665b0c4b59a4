// Astro 7 needs Node >= 22.12. npm scripts get it from the `node` devDependency;
// a bare `node` from an older system install must stop here with a clear reason.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Kelisim needs Node >= 22.12, but this is Node ${process.versions.node}.\n` +
      'Run it through npm (npm start / npm test): the `node` devDependency provides Node 22.\n' +
      'If node_modules/.bin/node is missing, run `npm install` without --ignore-scripts.',
  )
  process.exit(1)
}
