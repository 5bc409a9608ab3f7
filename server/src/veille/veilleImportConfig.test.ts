import { describe, expect, it } from 'vitest'
import { loadConfig } from '../config.ts'

describe('the veille import configuration', () => {
  it('keeps private addresses out of reach unless MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE=true', () => {
    expect(loadConfig({}).veilleImport).toEqual({ allowPrivate: false })
    expect(loadConfig({ MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE: 'true' }).veilleImport).toEqual({
      allowPrivate: true,
    })
    expect(() => loadConfig({ MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE: 'oui' })).toThrow(
      /MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE/u,
    )
  })
})
