import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.ts'

const OIDC = {
  MAILLAGE_OIDC_ISSUER: 'https://auth.proconnect.gouv.fr/api/v2',
  MAILLAGE_OIDC_CLIENT_ID: 'maillage',
  MAILLAGE_OIDC_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
}

describe('MAILLAGE_OIDC_* in the configuration', () => {
  it('is absent when none is set, and complete when all three are', () => {
    expect(loadConfig({}).oidc).toBeUndefined()
    expect(loadConfig(OIDC).oidc).toEqual({
      issuer: OIDC.MAILLAGE_OIDC_ISSUER,
      clientId: 'maillage',
      clientSecret: OIDC.MAILLAGE_OIDC_CLIENT_SECRET,
    })
  })

  it('refuses one or two of the three, a short secret, an issuer that is not a URL', () => {
    expect(() => loadConfig({ MAILLAGE_OIDC_ISSUER: OIDC.MAILLAGE_OIDC_ISSUER })).toThrow(
      ConfigError,
    )
    expect(() => loadConfig({ ...OIDC, MAILLAGE_OIDC_CLIENT_SECRET: 'court' })).toThrow(
      /at least 16/,
    )
    expect(() => loadConfig({ ...OIDC, MAILLAGE_OIDC_ISSUER: 'proconnect' })).toThrow(
      /MAILLAGE_OIDC_ISSUER/,
    )
  })

  it('takes an http issuer (a local provider) outside production only', () => {
    const local = { ...OIDC, MAILLAGE_OIDC_ISSUER: 'http://127.0.0.1:9000' }
    expect(loadConfig(local).oidc?.issuer).toBe('http://127.0.0.1:9000')
    expect(() => loadConfig({ ...local, NODE_ENV: 'production' })).toThrow(/https/)
  })
})
