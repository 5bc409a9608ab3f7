import { DocumentKind } from '../DocumentKind.ts'
import type { FieldValues } from '../kinds/FieldValues.ts'
import { itemsValue, numberValue, stringValue } from '../kinds/fields/fieldValue.ts'
import {
  MAX_INDEXED_FICHE_LINKS,
  MAX_INDEXED_INDICATORS,
  type FeuilleDeRoutePilotage,
  type FichePilotage,
  type PilotageIndex,
} from './PilotageIndex.ts'
import { finiteOrNull } from './indexBounds.ts'
import { indicatorDigestOf, isIndexableId, reconductionOf } from './indicatorDigestOf.ts'

/**
 * The steering digest of a document's validated fields, for the kinds that have one (fiche
 * action, feuille de route), else null. Always within the bounds of `pilotageIndexSchema`,
 * whatever the values hold.
 */
export function pilotageIndexOf(kind: DocumentKind, values: FieldValues): PilotageIndex | null {
  if (kind === DocumentKind.FicheAction) return fichePilotageOf(values)
  if (kind === DocumentKind.FeuilleDeRoute) return feuilleDeRoutePilotageOf(values)
  return null
}

/**
 * A fiche's indicators that have a libellé and a keepable id (an item still blank is not yet an
 * indicator, as in the quality grid), the first {@link MAX_INDEXED_INDICATORS} in list order, and
 * the figures of its bilan.
 */
function fichePilotageOf(values: FieldValues): FichePilotage {
  const indicators = itemsValue(values, 'indicateurs')
    .filter((item) => isIndexableId(item.id) && stringValue(item.values, 'libelle').trim() !== '')
    .slice(0, MAX_INDEXED_INDICATORS)
    .map(indicatorDigestOf)
  return {
    kind: 'fiche-action',
    indicators,
    efficacite: finiteOrNull(numberValue(values, 'efficacite')),
    reconduction: reconductionOf(stringValue(values, 'reconduction')),
    nombreBeneficiaires: finiteOrNull(numberValue(values, 'nombreBeneficiaires')),
  }
}

/** The année and the ids of the linked fiches action, in list order, without repeats. */
function feuilleDeRoutePilotageOf(values: FieldValues): FeuilleDeRoutePilotage {
  const annee = numberValue(values, 'annee')
  const ficheIds = new Set<string>()
  for (const item of itemsValue(values, 'fichesAction')) {
    if (ficheIds.size >= MAX_INDEXED_FICHE_LINKS) break
    const id = stringValue(item.values, 'fiche')
    if (isIndexableId(id)) ficheIds.add(id)
  }
  return {
    kind: 'feuille-de-route',
    annee: annee !== null && Number.isSafeInteger(annee) ? annee : null,
    ficheIds: [...ficheIds],
  }
}
