import { describe, expect, it } from 'vitest'
import { MAIL_FREQUENCIES, frequenciesOf } from './mailPreferencesApi.ts'

describe('frequenciesOf', () => {
  it('offers the lettre d’information whole or not at all, never in the digest', () => {
    expect(frequenciesOf('lettre')).toEqual(['immediat', 'jamais'])
  })

  it('offers every other kind at once, in the daily digest or never', () => {
    expect(frequenciesOf('mention')).toEqual(MAIL_FREQUENCIES)
    expect(MAIL_FREQUENCIES).toEqual(['immediat', 'quotidien', 'jamais'])
  })
})
