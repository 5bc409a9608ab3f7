import { isDocumentKind, type DocumentKind } from '../DocumentKind.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { atelierKind } from './atelierKind.ts'
import { avisKind } from './avis/avisKind.ts'
import { bilanPilotageKind } from './bilanPilotage/bilanPilotageKind.ts'
import { compteRenduKind } from './compteRenduKind.ts'
import { diagnosticKind } from './diagnostic/diagnosticKind.ts'
import { discussionKind } from './discussionKind.ts'
import { feuilleDeRouteKind } from './feuilleDeRouteKind.ts'
import { ficheActionKind } from './ficheAction/ficheActionKind.ts'
import { lettreKind } from './lettreKind.ts'
import { autoEvaluationKind } from './maturite/autoEvaluationKind.ts'
import { noteKind } from './noteKind.ts'
import { outilKind } from './outilKind.ts'
import { pageKind } from './pageKind.ts'
import { seanceKind } from './seance/seanceKind.ts'
import { syntheseKind } from './syntheseKind.ts'

/** Every kind of document, by kind: fields, statuses, template, index and quality check. */
export const KINDS: Readonly<Record<DocumentKind, KindDefinition>> = {
  diagnostic: diagnosticKind,
  'feuille-de-route': feuilleDeRouteKind,
  'fiche-action': ficheActionKind,
  outil: outilKind,
  atelier: atelierKind,
  discussion: discussionKind,
  'compte-rendu': compteRenduKind,
  avis: avisKind,
  note: noteKind,
  synthese: syntheseKind,
  lettre: lettreKind,
  page: pageKind,
  'auto-evaluation': autoEvaluationKind,
  'bilan-pilotage': bilanPilotageKind,
  seance: seanceKind,
}

/**
 * The definition of `kind`. Accepts any string because kinds arrive from the network and from disk:
 * an unknown kind (say, written by a newer version) is shown as a free page rather than failing.
 */
export function kindDefinition(kind: string): KindDefinition {
  return isDocumentKind(kind) ? KINDS[kind] : pageKind
}
