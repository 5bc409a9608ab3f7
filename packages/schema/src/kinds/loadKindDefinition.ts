import { isDocumentKind, type DocumentKind } from '../DocumentKind.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { pageKind } from './pageKind.ts'

// Each kind's module on its own: a screen showing one document loads that kind's fields, template
// and quality criteria, not every kind's (`KINDS` holds them all, for what lists every kind).
const KIND_LOADERS: Readonly<Record<DocumentKind, () => Promise<KindDefinition>>> = {
  diagnostic: async () => (await import('./diagnostic/diagnosticKind.ts')).diagnosticKind,
  'feuille-de-route': async () => (await import('./feuilleDeRouteKind.ts')).feuilleDeRouteKind,
  'fiche-action': async () => (await import('./ficheAction/ficheActionKind.ts')).ficheActionKind,
  outil: async () => (await import('./outilKind.ts')).outilKind,
  atelier: async () => (await import('./atelierKind.ts')).atelierKind,
  discussion: async () => (await import('./discussionKind.ts')).discussionKind,
  'compte-rendu': async () => (await import('./compteRenduKind.ts')).compteRenduKind,
  avis: async () => (await import('./avis/avisKind.ts')).avisKind,
  note: async () => (await import('./noteKind.ts')).noteKind,
  synthese: async () => (await import('./syntheseKind.ts')).syntheseKind,
  lettre: async () => (await import('./lettreKind.ts')).lettreKind,
  page: () => Promise.resolve(pageKind),
  'auto-evaluation': async () =>
    (await import('./maturite/autoEvaluationKind.ts')).autoEvaluationKind,
  'bilan-pilotage': async () =>
    (await import('./bilanPilotage/bilanPilotageKind.ts')).bilanPilotageKind,
  seance: async () => (await import('./seance/seanceKind.ts')).seanceKind,
}

/**
 * The definition of `kind`, as `kindDefinition` gives it, loading only that kind's module (a
 * separate file in a split build). An unknown kind is a free page, as there. Rejects if the
 * module cannot be loaded (a file of an older build gone after a deploy).
 */
export function loadKindDefinition(kind: string): Promise<KindDefinition> {
  return isDocumentKind(kind) ? KIND_LOADERS[kind]() : Promise.resolve(pageKind)
}
