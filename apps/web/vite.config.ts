import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { defineConfig, parseSync, Visitor, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// Files worth compressing: text, above the size a compressed copy saves anything on.
const COMPRESSIBLE = /\.(?:js|css|html|svg|json)$/
const COMPRESS_FROM_BYTES = 1024

/**
 * Writes a gzip (level 9) and a brotli (quality 11) copy beside each text file of the build, which
 * the server sends to browsers that accept them (`server/src/http/webApp/WebAppFiles.ts`): compressed
 * once at build time, at the highest levels, instead of on every request.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress)
  const gzipAsync = promisify(gzip)
  let outDir = ''
  return {
    name: 'maillage-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file))
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file)
          const content = await readFile(path)
          if (content.length < COMPRESS_FROM_BYTES) return
          const [gzipped, brotlied] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ])
          await Promise.all([writeFile(`${path}.gz`, gzipped), writeFile(`${path}.br`, brotlied)])
        }),
      )
    },
  }
}

/** A file of the app's sources, by its path from this folder. */
function appFile(path: string): string {
  return fileURLToPath(new URL(path, import.meta.url))
}

/**
 * A build plugin that gives the importers `from` accepts a stand-in of the app's (the value of
 * `standIns`) where they import a library (its key), and leaves every other import alone.
 */
function standInsFor(
  name: string,
  standIns: ReadonlyMap<string, string>,
  from: (importer: string) => boolean,
): Plugin {
  return {
    name,
    enforce: 'pre',
    resolveId(source, importer) {
      const standIn = standIns.get(source)
      if (standIn === undefined || importer === undefined || !from(importer)) return null
      return standIn
    },
  }
}

// The stand-in for `linkifyjs` that loads it when an editor gets the focus.
const LINK_DETECTION = appFile('./src/richText/linkDetection.ts')

/**
 * Gives Tiptap's link extension `src/richText/linkDetection.ts` where it imports `linkifyjs`: the
 * library is only needed while someone writes (it finds the addresses typed or pasted), and is
 * the stand-in's own import, loaded on the first focus of an editor instead of with the document.
 */
function linkifyOnFocus(): Plugin {
  return standInsFor(
    'linkify-on-focus',
    new Map([['linkifyjs', LINK_DETECTION]]),
    (importer) => importer !== LINK_DETECTION,
  )
}

const TABLE_EXTENSION = /node_modules[\\/]@tiptap[\\/]extension-table[\\/]/

/**
 * Gives Tiptap's table extension `src/richText/tableEditing.ts` where it imports
 * `@tiptap/pm/tables`: the extension's nodes show a document's tables at once, and the library,
 * needed only to edit them (cell selection, Tab between cells, rows and columns), is the
 * stand-in's own import, loaded on the first focus or pointer over an editor.
 */
function tablesOnFocus(): Plugin {
  return standInsFor(
    'tables-on-focus',
    new Map([['@tiptap/pm/tables', appFile('./src/richText/tableEditing.ts')]]),
    (importer) => TABLE_EXTENSION.test(importer),
  )
}

const TIPTAP_EXTENSIONS = /node_modules[\\/]@tiptap[\\/]extensions[\\/]/

/**
 * Gives Tiptap's cursor extensions `src/richText/editingCursors.ts` where they import the gap and
 * drop cursors' libraries, needed only while someone edits: the stand-in's own imports, loaded on
 * the first focus, pointer or drag over an editor.
 */
function editingCursorsOnFocus(): Plugin {
  const editingCursors = appFile('./src/richText/editingCursors.ts')
  return standInsFor(
    'editing-cursors-on-focus',
    new Map([
      ['@tiptap/pm/gapcursor', editingCursors],
      ['@tiptap/pm/dropcursor', editingCursors],
    ]),
    (importer) => TIPTAP_EXTENSIONS.test(importer),
  )
}

const LIB0_IMPORTERS = /node_modules[\\/](?:yjs|@tiptap[\\/]y-tiptap)[\\/]/

/**
 * Gives Yjs and y-tiptap stand-ins where they import `lib0/logging` (two warnings and a debugging
 * aid) and `lib0/dom` (the page's document): lib0's browser modules define DOM node schemas when
 * loaded, and bring lib0's schema library along.
 */
function lib0WithoutSchemas(): Plugin {
  return standInsFor(
    'lib0-without-schemas',
    new Map([
      ['lib0/logging', appFile('./src/collaboration/yjsLogging.ts')],
      ['lib0/dom', appFile('./src/collaboration/lib0Document.ts')],
    ]),
    (importer) => LIB0_IMPORTERS.test(importer),
  )
}

// The fields of Tiptap's extensions that only `@tiptap/markdown` reads, a package the app has not.
const MARKDOWN_FIELDS = new Set([
  'parseMarkdown',
  'renderMarkdown',
  'markdownTokenizer',
  'markdownTokenName',
  'markdownOptions',
])
const TIPTAP_PACKAGE = /node_modules[\\/]@tiptap[\\/][^\\/]+[\\/]dist[\\/].*\.js$/

/**
 * Leaves out of Tiptap's extensions their Markdown parsing and writing (`MARKDOWN_FIELDS`): every
 * node and mark carries them since Tiptap 3, for `@tiptap/markdown`, which Maillage does not use
 * (documents are Yjs, exports are rendered by the server). Without the fields, the functions they
 * alone call go too.
 */
function withoutTiptapMarkdown(): Plugin {
  return {
    name: 'without-tiptap-markdown',
    apply: 'build',
    transform(code, id) {
      if (!TIPTAP_PACKAGE.test(id) || !code.includes('arkdown')) return null
      const removed: (readonly [number, number])[] = []
      const visitor = new Visitor({
        ObjectExpression(object) {
          object.properties.forEach((property, index) => {
            if (property.type !== 'Property' || property.key.type !== 'Identifier') return
            if (!MARKDOWN_FIELDS.has(property.key.name)) return
            // From the field to the next one, or from the previous one's end if it is the last.
            const next = object.properties[index + 1]
            const previous = object.properties[index - 1]
            if (next !== undefined) removed.push([property.start, next.start])
            else if (previous !== undefined) removed.push([previous.end, property.end])
            else removed.push([property.start, property.end])
          })
        },
      })
      visitor.visit(parseSync(id, code).program)
      if (removed.length === 0) return null
      // Blanked rather than cut, lines kept: every other character stays where it was, so the
      // module's source map is unchanged (`map: null`).
      let edited = ''
      let from = 0
      for (const [start, end] of removed.sort((a, b) => a[0] - b[0])) {
        if (start < from) continue
        edited += code.slice(from, start) + code.slice(start, end).replace(/[^\n]/g, ' ')
        from = end
      }
      return { code: edited + code.slice(from), map: null }
    },
  }
}

// Where `@tiptap/react` imports `fast-equals`: see `src/richText/deepEqual.ts`.
const DEEP_EQUAL = appFile('./src/richText/deepEqual.ts')

// React, the router and the queries: every screen's, in one file loaded with the entry.
const APP_LIBRARIES =
  /node_modules[\\/](?:react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+)[\\/]/

// Yjs and its websocket: a document's connection opens as soon as they are there, before the
// editor's code is (`app/startEarlyRequests.ts`).
const SYNC_LIBRARIES =
  /node_modules[\\/](?:yjs|lib0|y-protocols|y-websocket|y-indexeddb)[\\/]|apps[\\/]web[\\/]src[\\/]collaboration[\\/](?:yjsLogging|lib0Document)\./

// The libraries of the rich-text editor, in one file: every document screen needs them together,
// and one request instead of some thirty leaves the browser's six connections free for the rest.
// The message editor's mentions and menus stay apart (exchanges only), and so do linkify, the
// tables' editing and the gap and drop cursors (above).
const EDITOR_LIBRARIES =
  /node_modules[\\/](?:@tiptap[\\/](?!extension-mention|suggestion|static-renderer|pm[\\/]dist[\\/](?:tables|gapcursor|dropcursor))|prosemirror-(?!tables|gapcursor|dropcursor)|orderedmap|rope-sequence|w3c-keyname|use-sync-external-store)/

// The library files whose functions nearly all run as a document opens: marked for V8 to compile
// every function at once, on a background thread as the file streams in (explicit compile hints,
// Chromium 136+; others ignore the comment), instead of each on the main thread at its first call.
const EAGERLY_COMPILED_CHUNKS = new Set(['react', 'yjs', 'editeur'])
const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

// The document screen's own code, in one file: the page, its rich-text editor and toolbar, the
// comments and suggestions, the collaboration hook, presence and status (in some fifteen files
// before, 6 kB more once each was gzipped on its own, and as many requests). The pieces beside the
// text that load on their own (« Exporter », the kind's panel, the fields' panels, the sources of a
// synthèse, linkify, the tables' editing, the cursors) stay apart, so that one that cannot be
// downloaded leaves the text usable. Other screens using the editor (exchanges, ateliers, survey)
// load this file too. Only these modules: their dependencies stay where they would be (the entry's
// API client, the shared `ui/` pieces).
// The route's own modules (the page, the comments' and suggestions' bindings) keep a file each, which
// imports this one: the manifest still names them (`server/src/http/webApp/screenPreloads.ts`).
const DOCUMENT_SCREEN = new RegExp(
  String.raw`(?:apps/web/src/(?:features/(?:document|comments|suggestions)/(?!DocumentPage\.|useDocument\w+Binding\.)|ui/useAfterFirstPaint\.|collaboration/(?:useCollaborativeDocument|isWritableDocument|syncModeOf|texts|usePresence|PresenceList|StatusLine|useYTextInput)\.|fields/(?:FieldsContext|useKindDefinition|LazyFieldPanels)\.|richText/(?!linkDetection|tableEditing|editingCursors|loadWhenEditorApproached|deepEqual|readSyntheseSources))|packages/editor/src/(?!createMessageExtensions))`,
)

// Tiptap's extensions are objects made by these factories, which do nothing else: an extension a
// package exports and the app does not use (Placeholder, CharacterCount, Focus...) can then be left
// out, where the bundler would otherwise keep every call of a module it includes.
const PURE_FUNCTIONS = ['Extension.create', 'Node.create', 'Mark.create']

// The server serves `dist/` at `/`; in development Vite proxies the API and the websocket to it.
export default defineConfig({
  plugins: [
    linkifyOnFocus(),
    tablesOnFocus(),
    editingCursorsOnFocus(),
    lib0WithoutSchemas(),
    withoutTiptapMarkdown(),
    react(),
    precompress(),
  ],
  resolve: { alias: [{ find: /^fast-equals$/, replacement: DEEP_EQUAL }] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // Browsers that read `<link rel="modulepreload">` (all current ones) need no polyfill; the
    // others load the same files, only without the head start.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: { manualPureFunctions: PURE_FUNCTIONS },
      output: {
        // After minification, which would drop it; the hint must be the file's first line.
        postBanner: (chunk) => (EAGERLY_COMPILED_CHUNKS.has(chunk.name) ? COMPILE_HINT : ''),
        codeSplitting: {
          // React and Yjs are captured first: the editor's libraries depend on them, and would
          // take them along.
          groups: [
            { name: 'react', test: APP_LIBRARIES, priority: 3 },
            { name: 'yjs', test: SYNC_LIBRARIES, priority: 2 },
            { name: 'editeur', test: EDITOR_LIBRARIES, priority: 1 },
            {
              name: 'document',
              test: (id) => DOCUMENT_SCREEN.test(id.replaceAll('\\', '/')),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
})
