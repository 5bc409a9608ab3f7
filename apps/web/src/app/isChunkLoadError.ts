/**
 * True when `error` says a piece of the app's code could not be downloaded: a dynamic `import()`
 * that failed (the network, or a file gone because a new version was deployed), in the words of
 * Chromium, Firefox and Safari, or Vite's preloading of a chunk's dependencies.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return CHUNK_ERROR_MESSAGES.some((pattern) => pattern.test(error.message))
}

const CHUNK_ERROR_MESSAGES: readonly RegExp[] = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
]
