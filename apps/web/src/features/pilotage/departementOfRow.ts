import { territories, type Departement } from '@maillage/schema'

/**
 * The département of a regional row, which names it by its name (« Nord ») or its code (« 59 »);
 * undefined when the referential has neither.
 */
export function departementOfRow(value: string): Departement | undefined {
  return territories.departements.find(
    (departement) => departement.code === value || departement.name === value,
  )
}
