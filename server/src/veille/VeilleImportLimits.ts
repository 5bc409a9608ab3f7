/** Bounds of the import of an external feed, each a tunable of the server (see the README). */
export interface VeilleImportLimits {
  /** Bytes read from the feed at most; a larger feed is refused (`VEILLE_FEED_TOO_LARGE`). */
  readonly maxBytes: number
  /** Time for the whole fetch, redirects included (`VEILLE_FEED_TIMEOUT`). */
  readonly timeoutMs: number
  /** Redirects followed at most, each target checked again. */
  readonly maxRedirects: number
  /** Entries read from one feed at most; the rest are reported rejected. */
  readonly maxEntries: number
  /**
   * Lets the fetch reach loopback, private and link-local addresses
   * (`MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE=true`): for tests and closed networks only.
   */
  readonly allowPrivate: boolean
}

/** 2 MiB, 10 s, 3 redirects, 200 entries, public addresses only. */
export const DEFAULT_VEILLE_IMPORT_LIMITS: VeilleImportLimits = {
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 3,
  maxEntries: 200,
  allowPrivate: false,
}
