import { describe, expect, it } from 'vitest'
import { authorColour } from './authorColour.ts'

// The backgrounds an author's colour is read on: the panel (white), the page around it and the
// text's own highlights (comment, selection of the comments panel).
const BACKGROUNDS = ['#ffffff', '#f6f7f9', '#fff176', '#dbe7f3']

function channel(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

function luminance([red, green, blue]: readonly number[]): number {
  return 0.2126 * channel(red ?? 0) + 0.7152 * channel(green ?? 0) + 0.0722 * channel(blue ?? 0)
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
}

// CSS Color 4's hsl() to sRGB, from `hsl(<hue> <saturation>% <lightness>%)`.
function hslToRgb(colour: string): number[] {
  const match = /^hsl\((\d+) (\d+)% (\d+)%\)$/.exec(colour)
  if (match === null) throw new Error(`not an hsl() colour: ${colour}`)
  const [hue, saturation, lightness] = [
    Number(match[1]),
    Number(match[2]) / 100,
    Number(match[3]) / 100,
  ]
  const amount = saturation * Math.min(lightness, 1 - lightness)
  return [0, 8, 4].map((offset) => {
    const k = (offset + hue / 30) % 12
    return lightness - amount * Math.max(-1, Math.min(k - 3, 9 - k, 1))
  })
}

function contrast(first: number, second: number): number {
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05)
}

describe('authorColour', () => {
  it('gives the same colour for the same author, and different ones for others', () => {
    expect(authorColour('a1b2')).toBe(authorColour('a1b2'))
    const colours = new Set(
      Array.from({ length: 50 }, (_, index) => authorColour(`auteur-${index}`)),
    )
    expect(colours.size).toBeGreaterThan(40)
  })

  it('keeps a contrast of at least 4.5:1 on every background it is read on, whatever the hue', () => {
    const hues = new Set<string>()
    let weakest = Number.POSITIVE_INFINITY
    for (let index = 0; index < 20_000; index++) {
      const colour = authorColour(`${index.toString(36)}-auteur-${index * 7919}`)
      hues.add(colour)
      const text = luminance(hslToRgb(colour))
      for (const background of BACKGROUNDS) {
        weakest = Math.min(weakest, contrast(text, luminance(hexToRgb(background))))
      }
    }
    // Every hue drawn, yellow (the lightest at a given lightness) included.
    expect(hues.size).toBe(360)
    expect(weakest).toBeGreaterThanOrEqual(4.5)
  })
})
