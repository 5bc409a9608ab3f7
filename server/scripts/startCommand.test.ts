import { describe, expect, it } from 'vitest'
import { parseServerNodeOptions, readServerNodeOptions } from './startCommand.ts'

describe('parseServerNodeOptions', () => {
  it('reads the options between node and the bundle of the last command', () => {
    expect(
      parseServerNodeOptions(
        'tsx a.ts && tsx b.ts && node --max-semi-space-size=4 --foo server/dist/main.mjs',
      ),
    ).toEqual(['--max-semi-space-size=4', '--foo'])
  })

  it('reads no option from a plain node command', () => {
    expect(parseServerNodeOptions('tsx b.ts && node server/dist/main.mjs')).toEqual([])
  })

  it('refuses a script that does not start the built server last', () => {
    expect(() => parseServerNodeOptions('tsx watch server/src/main.ts')).toThrow(/start script/)
  })
})

describe('readServerNodeOptions', () => {
  it("gives the built server npm start's young generation bound", () => {
    expect(readServerNodeOptions()).toContain('--max-semi-space-size=4')
  })
})
