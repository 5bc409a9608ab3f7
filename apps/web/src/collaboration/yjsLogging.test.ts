import { describe, expect, it } from 'vitest'
import { BOLD, ORANGE, RED, UNBOLD, toConsoleArguments } from './yjsLogging.ts'

describe('the logging given to Yjs', () => {
  it('joins the leading texts in one and leaves the style markers out', () => {
    const args = [ORANGE, BOLD, '[yjs] ', UNBOLD, RED, 'Changed the client-id.']
    expect(toConsoleArguments(args)).toEqual(['[yjs] Changed the client-id.'])
  })

  it('keeps the values after the texts as they are, for the console to show', () => {
    const structs = [{ id: 1 }]
    expect(toConsoleArguments(['Structs: ', structs])).toEqual(['Structs: ', structs])
  })
})
