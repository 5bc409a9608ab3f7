import { PUBLIC_OPTIONS } from '@maillage/schema'
import { labelOf } from '../../ui/labelOf.ts'

/**
 * Short names of the publics (PUBLIC_OPTIONS values) for the narrow « Publics principaux » cell
 * of the regional table; the acronyms are spelled out in the table's legend.
 */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  de: 'DE',
  jeunes: 'Jeunes',
  seniors: 'Seniors',
  brsa: 'BRSA',
  boeth: 'BOETH',
  qpv: 'QPV',
  femmes: 'Femmes',
  deld: 'DELD',
  neet: 'NEET',
  salaries: 'Salariés',
  employeurs: 'Employeurs',
}

/** The short name of a public, else its full label, else its value. */
export function publicShortLabel(value: string): string {
  return SHORT_LABELS[value] ?? labelOf(PUBLIC_OPTIONS, value)
}
