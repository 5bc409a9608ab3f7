import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type OutputFile, type Plugin } from 'esbuild'

// The server's build: `server/src/main.ts` bundled by esbuild into `server/dist/main.mjs`, so that
// `npm start` runs plain `node` instead of compiling every file at start with tsx (whose esbuild
// service is a child process of its own). The workspace packages (`@maillage/*`, TypeScript
// sources) are bundled in; every package of node_modules stays an import, resolved by Node at run
// time from `server/`, so that a dynamic `import()` of one still loads it only when called.

const SERVER_ROOT = fileURLToPath(new URL('../', import.meta.url))

/** The server's entry point, bundled. */
const SERVER_ENTRY = join(SERVER_ROOT, 'src/main.ts')
const SERVER_DIST = join(SERVER_ROOT, 'dist')
/** The bundle `npm start` runs, with its source map beside it and its chunks. */
export const SERVER_BUNDLE = join(SERVER_DIST, 'main.mjs')

/**
 * The PostgreSQL migration files: `migrate.ts` finds them beside its module, which is the bundle
 * once built, so the build copies them to `dist/migrations/`.
 */
const MIGRATIONS_SOURCE = join(SERVER_ROOT, 'src/persistence/postgres/migrations')
const MIGRATIONS_BUNDLED = join(SERVER_DIST, 'migrations')

/** Workspace packages: TypeScript sources that plain Node cannot load, so they are bundled in. */
const WORKSPACE_SCOPE = '@maillage/'

/** Every bare import (a package, or `node:…`) but a workspace package stays external. */
const externalPackages: Plugin = {
  name: 'external-node-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith(WORKSPACE_SCOPE) ? undefined : { path: args.path, external: true },
    )
  },
}

/**
 * Bundles `entry` for Node (ESM, with linked source maps) into `outdir`, as `<name>.mjs` plus the
 * chunks of what it imports dynamically (`chunk-<hash>.mjs`, each loaded at its first `import()`,
 * with the packages only it imports). A file that the start-up graph also reaches, even through a
 * barrel `index.ts` it uses one export of, goes to a chunk loaded at start, with its packages.
 * Every package of node_modules is left external. Each file is written under a temporary name then
 * renamed, the entry last, so that a process starting meanwhile (or a second build running at the
 * same time) never reads half a file nor a missing chunk.
 */
async function bundleNodeEntry(options: {
  readonly entry: string
  readonly outdir: string
  /** The bundle's file name without `.mjs`. */
  readonly name: string
}): Promise<void> {
  const result = await build({
    entryPoints: { [options.name]: options.entry },
    outdir: options.outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Stack traces under `node --enable-source-maps` name the TypeScript files and lines; the
    // sources themselves stay out of the maps, which Node reads at start.
    sourcemap: 'linked',
    sourcesContent: false,
    // V8 keeps the text of every module for the life of the process (it compiles functions
    // lazily, from their text): without comments and indentation the bundle is a quarter smaller.
    // Identifiers keep their names, so stack traces stay readable without source maps.
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    plugins: [externalPackages],
    write: false,
    logLevel: 'warning',
  })
  await mkdir(options.outdir, { recursive: true })
  const entryPath = join(options.outdir, `${options.name}.mjs`)
  const others = result.outputFiles.filter((file) => file.path !== entryPath)
  await Promise.all(others.map((file) => writeAtomically(file.path, asciiContents(file))))
  const entryFile = result.outputFiles.find((file) => file.path === entryPath)
  if (entryFile === undefined) throw new Error(`esbuild wrote no ${entryPath}`)
  await writeAtomically(entryPath, asciiContents(entryFile))
  await removeOldChunks(
    options.outdir,
    new Set(result.outputFiles.map((file) => basename(file.path))),
  )
}

/** Any UTF-16 code unit outside ASCII. */
const NON_ASCII = /[^\0-\x7f]/g

/**
 * The text of a module of the bundle with every character outside ASCII written as a `\\uXXXX`
 * escape: V8 stores a source holding a single such character at two bytes per character, the
 * whole bundle's memory doubled. esbuild's `charset: 'ascii'` escapes strings and template
 * literals but leaves regular expression literals as written, where the escape means the same
 * character (one code unit at a time, which a `u` expression reads back as one code point).
 * Source maps are returned as they are.
 */
function asciiContents(file: OutputFile): Uint8Array {
  if (!file.path.endsWith('.mjs')) return file.contents
  const escaped = file.text.replace(
    NON_ASCII,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return new TextEncoder().encode(escaped)
}

/** Builds `server/dist/`: the bundle, its source map and the migration files. */
export async function buildServer(): Promise<void> {
  await copyMigrations()
  await bundleNodeEntry({ entry: SERVER_ENTRY, outdir: SERVER_DIST, name: 'main' })
}

async function copyMigrations(): Promise<void> {
  const names = await readdir(MIGRATIONS_SOURCE)
  await mkdir(MIGRATIONS_BUNDLED, { recursive: true })
  await Promise.all(
    names.map(async (name) => {
      await writeAtomically(
        join(MIGRATIONS_BUNDLED, name),
        await readFile(join(MIGRATIONS_SOURCE, name)),
      )
    }),
  )
  // A migration removed from the sources must not survive in the build (another build's
  // temporary files are left to it).
  const kept = new Set(names)
  const stale = (await readdir(MIGRATIONS_BUNDLED)).filter(
    (name) => !kept.has(name) && !name.endsWith(TEMPORARY_SUFFIX),
  )
  await Promise.all(stale.map((name) => rm(join(MIGRATIONS_BUNDLED, name), { force: true })))
}

const TEMPORARY_SUFFIX = '.tmp'
const CHUNK_FILE = /^chunk-[A-Z0-9]+\.mjs(\.map)?$/
/**
 * How long the chunks of an earlier build are kept: a server started from that build loads them
 * at its first use of what they hold (an export, a comparison…), maybe long after a new build
 * replaced its entry (tests and a second `npm start` rebuild in place); a build running at the
 * same time writes its own too.
 */
const CHUNK_GRACE_MS = 7 * 24 * 60 * 60 * 1000

/** Removes the chunks of earlier builds, which the new entry no longer imports, once old enough. */
async function removeOldChunks(outdir: string, current: ReadonlySet<string>): Promise<void> {
  const oldest = Date.now() - CHUNK_GRACE_MS
  for (const name of await readdir(outdir)) {
    if (!CHUNK_FILE.test(name) || current.has(name)) continue
    const path = join(outdir, name)
    const info = await stat(path).catch(() => null)
    if (info !== null && info.mtimeMs < oldest) await rm(path, { force: true })
  }
}

async function writeAtomically(path: string, contents: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}${TEMPORARY_SUFFIX}`
  await writeFile(temporary, contents)
  await rename(temporary, path)
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  buildServer().then(
    () => {
      process.stdout.write(`Serveur construit : ${SERVER_BUNDLE}\n`)
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}
