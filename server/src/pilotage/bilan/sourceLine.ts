import type { RichTextJson } from '@maillage/protocol'
import { formatFrenchDay } from './formatFrenchDay.ts'
import { italicParagraph } from './richTextNodes.ts'

/**
 * The source line under a figure: « Source : Maillage, <what>, chiffres arrêtés au 7 décembre
 * 2026. », so that every figure of the bilan says where it comes from and of which day it is.
 */
export function sourceLine(what: string, figuresDay: string): RichTextJson {
  return italicParagraph(
    `Source : Maillage, ${what}, chiffres arrêtés au ${formatFrenchDay(figuresDay)}.`,
  )
}

/** What the figures drawn from the fiches action are taken from. */
export const FICHES_SOURCE = 'fiches action des CLPE'
