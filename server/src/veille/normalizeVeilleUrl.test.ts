import { describe, expect, it } from 'vitest'
import { normalizeVeilleUrl } from './normalizeVeilleUrl.ts'

describe('normalizeVeilleUrl', () => {
  it('gives one key to the spellings of one page', () => {
    const key = normalizeVeilleUrl('https://www.insee.fr/fr/statistiques?b=2&a=1')
    expect(key).toBe('https://insee.fr/fr/statistiques?a=1&b=2')
    for (const spelling of [
      'http://insee.fr/fr/statistiques/?a=1&b=2',
      'HTTPS://WWW.INSEE.FR:443/fr/statistiques?a=1&utm_source=lettre&b=2#haut',
      '  https://insee.fr/fr/statistiques?b=2&a=1  ',
    ]) {
      expect(normalizeVeilleUrl(spelling)).toBe(key)
    }
  })

  it('keeps apart pages that differ by path case, port or parameter value', () => {
    const key = normalizeVeilleUrl('https://dares.travail-emploi.gouv.fr/Publication?id=1')
    expect(normalizeVeilleUrl('https://dares.travail-emploi.gouv.fr/publication?id=1')).not.toBe(
      key,
    )
    expect(
      normalizeVeilleUrl('https://dares.travail-emploi.gouv.fr:8443/Publication?id=1'),
    ).not.toBe(key)
    expect(normalizeVeilleUrl('https://dares.travail-emploi.gouv.fr/Publication?id=2')).not.toBe(
      key,
    )
  })

  it('has no key for what is not an http(s) URL', () => {
    expect(normalizeVeilleUrl('javascript:alert(1)')).toBeNull()
    expect(normalizeVeilleUrl('ftp://exemple.fr/fichier')).toBeNull()
    expect(normalizeVeilleUrl('www.insee.fr')).toBeNull()
  })
})
