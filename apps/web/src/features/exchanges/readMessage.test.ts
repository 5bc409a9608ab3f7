import { describe, expect, it } from 'vitest'
import { readMessage } from './readMessage.ts'

const message = {
  id: 'm1',
  author: { id: 'a1', name: 'Julien Lefebvre' },
  at: '2026-05-04T09:30:00.000Z',
  content: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bonjour' }] }],
  },
  mentions: ['a2'],
}

describe('readMessage', () => {
  it('keeps a well-formed message as it is', () => {
    expect(readMessage(message)).toEqual(message)
  })

  it('refuses entries without id, author, valid date or document', () => {
    expect(readMessage(null)).toBeNull()
    expect(readMessage({ ...message, id: '' })).toBeNull()
    expect(readMessage({ ...message, author: 'Julien' })).toBeNull()
    expect(readMessage({ ...message, at: 'hier' })).toBeNull()
    expect(readMessage({ ...message, content: '<p>Bonjour</p>' })).toBeNull()
    expect(readMessage({ ...message, content: { type: 'paragraph' } })).toBeNull()
  })

  it('drops mentions that are not account ids', () => {
    expect(readMessage({ ...message, mentions: ['a2', 3, null] })?.mentions).toEqual(['a2'])
    expect(readMessage({ ...message, mentions: undefined })?.mentions).toEqual([])
  })
})
