// The layers of docs/architecture.md §1 as one table, and the lint rule that allows only its arrows.
// Every source file of the app belongs to exactly one layer (first match wins); an import is allowed
// when its target's layer is in `imports`, or, for a package, when `packages` admits it. Tests, scripts
// and configuration files belong to no layer and are not checked.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { ALIASES, ROOT } from '../scripts/aliases.mjs';

/** Packages that only make sense in Node's main process (native, file formats, PDF). */
const NODE_ONLY = ['electron', 'better-sqlite3', 'pdfkit', 'svg-to-pdfkit', 'fontkit', 'exceljs', 'yaml'];
/** Packages that only make sense in the browser. */
const UI_ONLY = ['react', 'react-dom', 'react-i18next', 'antd', '@ant-design/icons', 'zustand', 'dayjs'];

export const LAYERS = [
  {
    name: 'domain',
    files: ['assessments/'],
    imports: ['domain'],
    packages: { node: false, allow: ['zod', 'echarts', 'opencc-js'] },
  },
  {
    name: 'contract',
    files: ['electron/api/'],
    imports: ['contract', 'domain'],
    packages: { node: false, allow: ['zod'] },
  },
  {
    name: 'services',
    files: ['electron/services/'],
    imports: ['services', 'contract', 'domain', 'manifest'],
    packages: { node: true, deny: ['electron', ...UI_ONLY] },
  },
  {
    name: 'manifest',
    files: ['package.json'],
    imports: [],
    packages: { node: false, allow: [] },
  },
  {
    name: 'security',
    files: ['electron/security/'],
    imports: [],
    packages: { node: false, allow: [] },
  },
  {
    name: 'transports',
    files: [
      'electron/web/',
      'electron/web-shell.ts',
      'electron/cli.ts',
      'electron/roster-cli.ts',
      'electron/cli-error.ts',
      'electron/models-check.ts',
      'electron/report-worker.ts',
      'electron/compile-cache.ts',
    ],
    imports: ['transports', 'services', 'contract', 'domain', 'security', 'manifest'],
    packages: { node: true, deny: ['electron', ...UI_ONLY] },
  },
  {
    name: 'shell',
    files: [
      'electron/main.ts',
      'electron/preload.ts',
      'electron/ipc.ts',
      'electron/menu.ts',
      'electron/leave-dialog.ts',
      'electron/window-options.ts',
    ],
    imports: ['shell', 'transports', 'services', 'contract', 'domain', 'security', 'manifest'],
    packages: { node: true, deny: UI_ONLY },
  },
  {
    name: 'ui',
    files: ['renderer/src/'],
    imports: ['ui', 'contract', 'domain'],
    packages: {
      node: false,
      allow: [
        'react',
        'react-dom',
        'react-i18next',
        'i18next',
        'antd',
        '@ant-design/icons',
        'zustand',
        'zod',
        'echarts',
        'dayjs',
        'opencc-js',
      ],
    },
  },
];
export { NODE_ONLY };

const posix = (p) => p.split(path.sep).join('/');
const stripExt = (p) => p.replace(/\.(ts|tsx|mts|mjs|js|json)$/, '');

/** The layer of a repository path, or undefined for tests, scripts and configuration. */
export function layerOf(repoPath) {
  const bare = stripExt(repoPath);
  return LAYERS.find((layer) =>
    layer.files.some((f) => (f.endsWith('/') ? repoPath.startsWith(f) : bare === stripExt(f))),
  );
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (spec) =>
  spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
const packageName = (spec) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];

/** Repository path an import of a project file points at; undefined for packages. */
function targetPath(fromFile, spec) {
  for (const [alias, dir] of Object.entries(ALIASES)) {
    if (spec === alias || spec.startsWith(alias + '/')) return dir + spec.slice(alias.length);
  }
  if (spec.startsWith('.')) return posix(path.relative(ROOT, path.resolve(path.dirname(fromFile), spec)));
  return undefined;
}

/** Why `spec` may not be imported by the file at `file` (absolute), or undefined when it may. */
export function forbiddenImport(file, spec) {
  const from = layerOf(posix(path.relative(ROOT, file)));
  if (!from) return undefined;
  const target = targetPath(file, spec);
  if (target !== undefined) {
    const to = layerOf(target);
    if (to === undefined) return `${from.name} may not import ${target} (a file outside every layer)`;
    return from.imports.includes(to.name) ? undefined : `${from.name} may not import ${to.name} (${target})`;
  }
  const { node, allow, deny } = from.packages;
  if (isBuiltin(spec)) return node ? undefined : `${from.name} may not import the Node module ${spec}`;
  const name = packageName(spec);
  if (allow && !allow.includes(name)) return `${from.name} may not import the package ${name}`;
  if (deny && deny.includes(name)) return `${from.name} may not import the package ${name}`;
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layer table of docs/architecture.md §1' },
    schema: [],
    messages: { layer: '{{why}} — see the layer table in eslint/layers.mjs and docs/architecture.md §1' },
  },
  create(context) {
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = forbiddenImport(context.filename, source.value);
      if (why) context.report({ node: source, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0]);
      },
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': rule } };
