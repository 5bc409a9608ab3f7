import type { Authenticator } from './Authenticator.ts'

/**
 * The `MAILLAGE_AUTH=none` authenticator: every client may write every document.
 * Only for development, benchmarks and protocol tests; `loadConfig` refuses it in production.
 */
export const allowAllAuthenticator: Authenticator = {
  authenticate: () =>
    Promise.resolve({
      ok: true,
      principal: { id: 'anonymous', name: 'Anonyme' },
      access: 'write',
    }),
}
