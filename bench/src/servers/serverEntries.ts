import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build, type Plugin } from 'esbuild'
import {
  BENCH_SERVERS_DIST,
  MAILLAGE_BUNDLE,
  MAILLAGE_ENSURE_BUILT_SCRIPT,
  REPO_ROOT,
} from '../paths.ts'
import type { ServerKind } from './ServerKind.ts'

const run = promisify(execFile)

const PEER_SOURCES: { readonly [K in Exclude<ServerKind, 'maillage'>]: URL } = {
  reference: new URL('./referenceServer.ts', import.meta.url),
  hocuspocus: new URL('./hocuspocusServer.ts', import.meta.url),
  floor: new URL('./floorRelay.ts', import.meta.url),
}

/** Every bare import (a package, or `node:…`) stays external: Node loads it from node_modules. */
const externalPackages: Plugin = {
  name: 'external-node-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }))
  },
}

const built = new Map<ServerKind, Promise<string>>()

/**
 * The JavaScript file a server of `kind` is started from with plain `node`, built once per bench
 * run. Every server gets the same treatment: its own code bundled by esbuild, every package of
 * node_modules left external. Maillage: `server/dist/main.mjs`, built by the server's own build
 * (`server/scripts/ensureServerBuilt.ts`, as `npm start` does) when missing or stale; a peer: its
 * entry of this folder bundled into `bench/dist/servers/<kind>.mjs`.
 */
export function serverEntry(kind: ServerKind): Promise<string> {
  let entry = built.get(kind)
  if (entry === undefined) {
    entry = kind === 'maillage' ? buildMaillage() : bundlePeer(kind)
    built.set(kind, entry)
    // A failed build is not cached: the next server started tries again.
    entry.catch(() => built.delete(kind))
  }
  return entry
}

async function buildMaillage(): Promise<string> {
  await run(process.execPath, ['--import', 'tsx', MAILLAGE_ENSURE_BUILT_SCRIPT], {
    cwd: REPO_ROOT,
  })
  return MAILLAGE_BUNDLE
}

async function bundlePeer(kind: Exclude<ServerKind, 'maillage'>): Promise<string> {
  const outfile = join(BENCH_SERVERS_DIST, `${kind}.mjs`)
  await build({
    entryPoints: [fileURLToPath(PEER_SOURCES[kind])],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [externalPackages],
    logLevel: 'warning',
  })
  return outfile
}
