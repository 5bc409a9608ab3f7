// ESLint flat config: typed rules from typescript-eslint, import cycles and the dependency direction
// of ARCHITECTURE.md (packages never import server or apps; server and web never import each other).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'

// The web app's layers: a feature (apps/web/src/features/<name>) never imports another feature;
// what two features share lives a layer down (api/, collaboration/, richText/, fields/,
// documents/, ui/), which imports neither a feature nor app/. app/ composes the features.
const webFolders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
const webFeatures = webFolders('./apps/web/src/features')
const webSharedLayers = webFolders('./apps/web/src').filter(
  (folder) => folder !== 'features' && folder !== 'app',
)
const webLayerZones = [
  ...webFeatures.map((feature) => ({
    target: `./apps/web/src/features/${feature}`,
    from: './apps/web/src/features',
    except: [`./${feature}`],
    message: 'Une fonctionnalité n’importe jamais une autre : descendez ce qu’elles partagent.',
  })),
  {
    target: webSharedLayers.map((folder) => `./apps/web/src/${folder}`),
    from: ['./apps/web/src/features', './apps/web/src/app'],
    message: 'Les couches partagées n’importent ni une fonctionnalité ni app/.',
  },
]

const deepImportPatterns = [
  {
    group: ['@maillage/*/*'],
    message: 'Importez un paquet par son nom, jamais par un chemin interne.',
  },
]

/** Constructs the code base does without (see STYLE.md). */
const restrictedSyntax = [
  { selector: 'TSEnumDeclaration', message: 'Pas d’enum : un objet const et un type union.' },
  { selector: 'TSModuleDeclaration', message: 'Pas de namespace.' },
  { selector: 'TSParameterProperty', message: 'Pas de propriété de paramètre.' },
  { selector: 'ExportAllDeclaration', message: 'Pas de `export *` : nommez chaque export.' },
]

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.tsbuild/**',
      '**/dist/**',
      'data/**',
      'tests/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts', '*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.d.ts'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Yjs types implement toString() in ways the rule cannot see.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['YText', 'YXmlText', 'YXmlFragment', 'YXmlElement'] },
      ],
      'no-restricted-syntax': ['error', ...restrictedSyntax],
      'no-restricted-imports': ['error', { patterns: deepImportPatterns }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './packages',
              from: './server',
              message: 'Un paquet n’importe jamais le serveur.',
            },
            {
              target: './packages',
              from: './apps',
              message: 'Un paquet n’importe jamais une application.',
            },
            { target: './packages', from: './tests' },
            {
              target: './server',
              from: './apps',
              // The server's build script shares the web build's staleness rules.
              except: ['./web/scripts'],
              message: 'Le serveur n’importe jamais l’application web.',
            },
            {
              target: './apps',
              from: './server',
              message: 'L’application web n’importe jamais le serveur.',
            },
            ...webLayerZones,
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    // Tests and their kits make throwaway documents.
    ignores: [
      'server/src/**/*.test.ts',
      'server/src/**/describe*Contract.ts',
      'server/src/**/*{TestKit,testKit}.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...restrictedSyntax,
        {
          // Yjs draws a random guid for a Y.Doc created without one: 31 calls to the random
          // source, some 150 µs of CPU, for a name the server never reads.
          selector:
            "NewExpression[callee.object.name='Y'][callee.property.name='Doc']:not(:has(Property[key.name='guid']))",
          message: 'Nommez le Y.Doc (`guid`) : sans nom, Yjs en tire un au hasard, à grand coût.',
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'packages/editor/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
)
