// The layers of src/ and the rules `npm run lint` enforces on them (docs/design.md draws them).
// A folder may import folders in lower layers only; a folder in the same layer only where
// `sideways` says so. The front doors (cli, action) reach the core through pipeline/ alone.
const LAYERS = [
  ['util'],
  ['archive'],
  ['spec'],
  ['plan'],
  ['toolchain'],
  ['env', 'conda'],
  ['bundle'],
  ['store', 'cache'],
  ['remote'],
  ['pipeline'],
  ['image'],
  ['github'],
  ['cli', 'action'],
];
/** Same-layer imports that are allowed: conda builds on the venv pieces, never the reverse. */
const sideways = { conda: ['env'] };
/** What a front door may import besides its own folder. */
const FRONT_DOORS = { cli: ['pipeline', 'image', 'util'], action: ['pipeline', 'image', 'github', 'util'] };

const folder = (f) => `^src/${f}/`;
const any = (fs) => (fs.length ? `^src/(${fs.join('|')})/` : '^$');

const layerRules = LAYERS.flatMap((layer, i) =>
  layer.map((f) => {
    const above = LAYERS.slice(i + 1).flat();
    const peers = layer.filter((p) => p !== f && !(sideways[f] ?? []).includes(p));
    return {
      name: `layer-${f}`,
      comment: `src/${f}/ may not import a later layer (${[...peers, ...above].join(', ')})`,
      severity: 'error',
      from: { path: folder(f) },
      to: { path: any([...peers, ...above]) },
    };
  }),
);

const frontDoorRules = Object.entries(FRONT_DOORS).map(([door, allowed]) => ({
  name: `front-door-${door}`,
  comment: `src/${door}/ reaches the core only through ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: folder(door) },
  to: { path: '^src/', pathNot: any([door, ...allowed]) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'modules may not import each other in a loop', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'actions-only-in-github',
      comment: '@actions/* is imported only by the adapters in src/github/',
      severity: 'error',
      from: { path: '^src/', pathNot: folder('github') },
      to: { path: 'node_modules/@actions/' },
    },
    { name: 'src-not-tests', comment: 'src/ never imports from tests, bench or scripts', severity: 'error', from: { path: '^src/' }, to: { path: '^(__tests__|bench|scripts)/' } },
    ...layerRules,
    ...frontDoorRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    exclude: { path: '^(dist|node_modules)/' },
  },

};
// For scripts/layers-doc.mjs, which draws docs/layers.md; not enumerable, so the config schema does not see it.
Object.defineProperty(module.exports, 'layers', { value: { LAYERS, sideways, FRONT_DOORS }, enumerable: false });
