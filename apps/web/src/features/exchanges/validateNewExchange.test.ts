import { describe, expect, it } from 'vitest'
import { validateNewExchange, type NewExchangeDraft } from './validateNewExchange.ts'

const complete: NewExchangeDraft = {
  type: 'remontee',
  title: 'Pas de transport à la demande le soir',
  themes: ['mobilite'],
  messageText: 'Les jeunes ne peuvent pas rentrer après 21 h.',
}

describe('validateNewExchange', () => {
  it('accepts a complete form', () => {
    expect(validateNewExchange(complete)).toEqual({})
  })

  it('reports every missing field at once, in the order of the form', () => {
    const errors = validateNewExchange({ type: null, title: '  ', themes: [], messageText: ' \n' })
    expect(Object.keys(errors)).toEqual(['type', 'title', 'themes', 'content'])
    expect(errors.content).toBe('Écrivez votre message.')
  })

  it('refuses a title over 200 characters, saying how long it is', () => {
    expect(validateNewExchange({ ...complete, title: 'a'.repeat(200) })).toEqual({})
    expect(validateNewExchange({ ...complete, title: 'a'.repeat(201) }).title).toContain('201')
  })
})
