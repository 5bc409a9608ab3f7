import { territories } from '@maillage/schema'

/** Territories of one département, with its French name, for lists grouped by département. */
export interface DepartementGroup<T> {
  /** Code of the département (`59`), or `''` for the spaces that belong to none. */
  readonly code: string
  /** "Nord (59)", or "Région" for the spaces that belong to no département. */
  readonly label: string
  readonly items: readonly T[]
}

const REGIONAL_LABEL = 'Région'

/**
 * Groups territories by département in the order of their codes (02, 59, 60, 62, 80), each group
 * sorted by name in French order; those without a département come last, under « Région ».
 */
export function groupByDepartement<T extends { readonly name: string }>(
  items: readonly T[],
  departementOf: (item: T) => string | undefined,
): DepartementGroup<T>[] {
  const byCode = new Map<string, T[]>()
  for (const item of items) {
    const code = departementOf(item) ?? ''
    const group = byCode.get(code) ?? []
    group.push(item)
    byCode.set(code, group)
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([code, group]) => ({
      code,
      label: labelOf(code),
      items: group.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    }))
}

function labelOf(code: string): string {
  if (code === '') return REGIONAL_LABEL
  const found = territories.departements.find((departement) => departement.code === code)
  return found === undefined ? code : `${found.name} (${code})`
}
