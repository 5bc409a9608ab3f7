import type { FieldDefinition } from '../FieldDefinition.ts'
import type { FieldProblem } from '../FieldValues.ts'

/** What was wrong with a value, with what its French message needs. */
export type FieldProblemDetail =
  | { readonly code: 'WRONG_TYPE'; readonly expected: string }
  | { readonly code: 'UNKNOWN_OPTION'; readonly option: string }
  | { readonly code: 'INVALID_DATE' }
  | { readonly code: 'INVALID_TIME' }
  | { readonly code: 'OUT_OF_RANGE'; readonly value: number }
  | { readonly code: 'TOO_LONG'; readonly length: number }

/** Why an item of a list was skipped or repaired. */
export type ItemProblemReason = 'not-an-object' | 'missing-id' | 'duplicate-id' | 'missing-order'

const MAX_QUOTED_CHARS = 40

/** The French message of a problem with the value of `field`, naming the field by its label. */
export function fieldProblemMessage(field: FieldDefinition, detail: FieldProblemDetail): string {
  const label = `« ${field.label} »`
  switch (detail.code) {
    case 'WRONG_TYPE':
      return `Le champ ${label} devait contenir ${detail.expected} : sa valeur a été ignorée.`
    case 'UNKNOWN_OPTION':
      return `Le champ ${label} contenait « ${quote(detail.option)} », qui n’est pas un choix possible : ce choix a été ignoré.`
    case 'INVALID_DATE':
      return `Le champ ${label} ne contenait pas une date valide (AAAA-MM-JJ) : elle a été ignorée.`
    case 'INVALID_TIME':
      return `Le champ ${label} ne contenait pas une heure valide (HH:MM, de 00:00 à 23:59) : elle a été ignorée.`
    case 'OUT_OF_RANGE':
      return `Le champ ${label} contenait ${detail.value}, ${rangeText(field)} : la valeur a été ignorée.`
    case 'TOO_LONG':
      return `Le champ ${label} dépassait ${maxLengthOf(field)} caractères (${detail.length}) : la fin a été coupée.`
    default: {
      const unknownDetail: never = detail
      return unknownDetail
    }
  }
}

/** Builds a {@link FieldProblem} at `path` for `field`. */
export function fieldProblem(
  path: readonly (string | number)[],
  field: FieldDefinition,
  detail: FieldProblemDetail,
): FieldProblem {
  return { path, code: detail.code, message: fieldProblemMessage(field, detail) }
}

/** Builds the `WRONG_TYPE` problem of an item of the list `field` at `path`. */
export function itemProblem(
  path: readonly (string | number)[],
  field: FieldDefinition,
  reason: ItemProblemReason,
): FieldProblem {
  return { path, code: 'WRONG_TYPE', message: itemProblemMessage(field, reason) }
}

function itemProblemMessage(field: FieldDefinition, reason: ItemProblemReason): string {
  const label = `« ${field.label} »`
  switch (reason) {
    case 'not-an-object':
      return `Un élément du champ ${label} n’était pas lisible : il a été ignoré.`
    case 'missing-id':
      return `Un élément du champ ${label} n’avait pas d’identifiant valide : il a été ignoré.`
    case 'duplicate-id':
      return `Un élément du champ ${label} avait le même identifiant qu’un autre : il a été ignoré.`
    case 'missing-order':
      return `Un élément du champ ${label} n’avait pas de position : il a été placé selon son rang.`
    default: {
      const unknownReason: never = reason
      return unknownReason
    }
  }
}

/** The problem of a `fields` map that is not an object at all. */
export function unreadableFieldsProblem(path: readonly (string | number)[]): FieldProblem {
  return {
    path,
    code: 'WRONG_TYPE',
    message: 'Les champs du document n’étaient pas lisibles : ils ont été ignorés.',
  }
}

function quote(option: string): string {
  return option.length > MAX_QUOTED_CHARS ? `${option.slice(0, MAX_QUOTED_CHARS)}…` : option
}

function rangeText(field: FieldDefinition): string {
  if (field.type !== 'number') return 'hors des limites'
  if (field.min !== undefined && field.max !== undefined) {
    return `hors des limites (de ${field.min} à ${field.max})`
  }
  if (field.min !== undefined) return `inférieur au minimum (${field.min})`
  if (field.max !== undefined) return `supérieur au maximum (${field.max})`
  return 'hors des limites'
}

function maxLengthOf(field: FieldDefinition): number {
  return field.type === 'text' ? field.maxLength : 0
}
