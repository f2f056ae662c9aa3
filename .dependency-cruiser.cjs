/**
 * The dependency rule (docs/architecture.md, "The dependency rule"), checked on every `npm test` by
 * `npm run lint:deps`. Layers run one way: domain ← app (through ports) ← store / teams / cards / export /
 * http / cli ← the composition root (src/chaser.ts, src/cli/cli-context.ts).
 */
/** SDKs and I/O libraries, by where they resolve (or by name when they do not resolve). */
const SDK = '(^|/node_modules/|^node_modules/)(@azure/|botbuilder|@microsoft/|restify|adaptivecards-templating|pino|croner|exceljs|docx|@resvg/|mammoth|jszip|zod)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere in src: a cycle means two modules are one concept, or a layer runs backwards.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds the board\'s rules: no SDK, no I/O, nothing from an outer layer (pure libraries such as chrono-node and date-holidays are fine).',
      from: { path: '^src/domain/' },
      to: {
        pathNot: ['^src/domain/', '(^|/)node_modules/(chrono-node|date-holidays)/'],
      },
    },
    {
      name: 'domain-no-sdk',
      severity: 'error',
      comment: 'No SDK in the domain, by package name as well (in case a path rule above is loosened).',
      from: { path: '^src/domain/' },
      to: { path: SDK },
    },
    {
      name: 'bot-sdk-only-in-teams',
      severity: 'error',
      comment: 'botbuilder and @microsoft/teams-ai are imported only in src/teams/ (the one home of the Bot Framework).',
      from: { path: '^src/', pathNot: '^src/teams/' },
      to: { path: '(^|/)node_modules/(botbuilder[^/]*|@microsoft/teams-ai)/' },
    },
    {
      name: 'store-knows-no-use-case',
      severity: 'error',
      comment: 'src/store implements the ports: it imports src/app/ports.ts only, never a use case, Teams or cards.',
      from: { path: '^src/store/' },
      to: { path: ['^src/app/(?!ports\\.ts$)', '^src/teams/', '^src/cards/', '^src/http/', '^src/cli/', '^src/jobs/', '^src/chaser\\.ts$'] },
    },
    {
      name: 'use-cases-only-through-ports',
      severity: 'error',
      comment: 'src/app talks to storage only through src/app/ports.ts, and knows no Teams, HTTP or CLI.',
      from: { path: '^src/app/' },
      to: { path: ['^src/teams/', '^src/http/', '^src/cli/', '^src/store/', '^src/server\\.ts$', '^src/chaser\\.ts$', '^src/index\\.ts$'] },
    },
    {
      name: 'concrete-store-only-in-composition-roots',
      severity: 'error',
      comment: 'Only the composition roots build the Azure Tables store; everything else receives ports.',
      from: { path: '^src/', pathNot: ['^src/store/', '^src/chaser\\.ts$', '^src/cli/cli-context\\.ts$'] },
      to: { path: '^src/store/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.json$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
