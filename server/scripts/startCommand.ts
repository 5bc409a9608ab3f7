import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// `npm start` ends with `node <flags> server/dist/main.mjs`: the root package.json's start script
// is the one place where the options Node starts the server with are written. Whatever else
// starts the built server (the bench, the tests' child processes) reads them from there, so that
// it runs the server as `npm start` does and cannot drift from it.

const ROOT_MANIFEST = fileURLToPath(new URL('../../package.json', import.meta.url))
const SERVER_LAUNCH = /(?:^|&&)\s*node((?:\s+--[^\s&]+)*)\s+server\/dist\/main\.mjs\s*$/

/**
 * The Node options of `script`'s last command, `node <options> server/dist/main.mjs`. Throws when
 * the script does not end with that command, naming the script.
 */
export function parseServerNodeOptions(script: string): string[] {
  const match = SERVER_LAUNCH.exec(script)
  if (match === null) {
    throw new Error(`the start script does not end with "node … server/dist/main.mjs": ${script}`)
  }
  return (match[1] ?? '').split(/\s+/).filter((option) => option !== '')
}

/** The Node options `npm start` gives the built server, read from the root package.json. */
export function readServerNodeOptions(): string[] {
  const manifest = JSON.parse(readFileSync(ROOT_MANIFEST, 'utf8')) as {
    scripts?: { start?: unknown }
  }
  const script = manifest.scripts?.start
  if (typeof script !== 'string') throw new Error(`${ROOT_MANIFEST} has no start script`)
  return parseServerNodeOptions(script)
}
