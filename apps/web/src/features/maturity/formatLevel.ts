import { MATURITY_LEVEL_LABELS, type MaturityLevel } from '@maillage/schema'
import { maturityTexts } from './texts.ts'

/** A level as people read it: « 3 — opérationnel et coordonné », or « — » when not established. */
export function formatLevel(level: MaturityLevel | null): string {
  return level === null ? maturityTexts.noLevel : `${level} — ${MATURITY_LEVEL_LABELS[level]}`
}

/** A mean of levels in French, one decimal: « 2,6 », or « — » when nothing is answered. */
export function formatAverage(average: number | null): string {
  return average === null
    ? maturityTexts.noLevel
    : average.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}

/** The width of a bar for a mean of levels (1–4), as a share of the full scale. */
export function barShare(average: number | null): number {
  return average === null ? 0 : Math.min(1, Math.max(0, average / 4))
}
