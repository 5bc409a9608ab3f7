import { describe, expect, it } from 'vitest'
import { readableTextColor } from './renderCaret.ts'

describe('readableTextColor', () => {
  it('writes white on dark colours and black on light ones', () => {
    expect(readableTextColor('#1f6feb')).toBe('#ffffff')
    expect(readableTextColor('#5d4037')).toBe('#ffffff')
    expect(readableTextColor('#ffeb3b')).toBe('#000000')
    expect(readableTextColor('#ffffff')).toBe('#000000')
  })

  it('writes black on orange, where white would not reach a 4.5:1 contrast', () => {
    expect(readableTextColor('#e65100')).toBe('#000000')
  })

  it('falls back to black for a colour that is not #rrggbb', () => {
    expect(readableTextColor('red')).toBe('#000000')
  })
})
