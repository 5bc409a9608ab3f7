import type { AtelierSummaryView } from '@maillage/protocol'
import { atelierTexts } from './texts.ts'

/** The seats of an atelier in French: « Places illimitées », « 12 places restantes », « Complet… ». */
export function placesText(
  atelier: Pick<AtelierSummaryView, 'capacity' | 'registeredCount'>,
): string {
  if (atelier.capacity === 0) return atelierTexts.unlimited
  const left = atelier.capacity - atelier.registeredCount
  return left > 0 ? atelierTexts.placesLeft(left) : atelierTexts.full
}
