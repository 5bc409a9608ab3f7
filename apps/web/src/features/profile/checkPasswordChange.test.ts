import { describe, expect, it } from 'vitest'
import { checkPasswordChange } from './checkPasswordChange.ts'

describe('checkPasswordChange', () => {
  it('accepts a current password, a new one of 12 characters and its confirmation', () => {
    expect(
      checkPasswordChange({
        current: 'ancien',
        next: 'douze-signes',
        confirmation: 'douze-signes',
      }),
    ).toEqual({})
  })

  it('names each field at fault', () => {
    const errors = checkPasswordChange({ current: '', next: 'court', confirmation: 'autre' })
    expect(Object.keys(errors).sort()).toEqual(['confirmation', 'current', 'next'])
  })

  it('refuses the current password as the new one', () => {
    const same = 'meme-mot-de-passe'
    expect(checkPasswordChange({ current: same, next: same, confirmation: same })).toHaveProperty(
      'next',
    )
  })
})
