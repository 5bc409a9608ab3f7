import type { FieldValues } from '../../FieldValues.ts'
import type { QualityContext } from '../../KindDefinition.ts'
import type { QualityCriterion, QualityReport } from '../../QualityReport.ts'
import { isBilanExpected } from '../FicheActionStatus.ts'
import { assessBilan } from './bilanCriteria.ts'
import {
  assessDates,
  assessDescriptionLongueur,
  assessJargon,
  assessProblematiqueChiffree,
  assessProblematiqueDistincte,
  assessProblematiqueLongueur,
  assessPublics,
  assessThematiques,
  assessTitre,
} from './descriptionCriteria.ts'
import {
  assessActeurs,
  assessBeneficiaires,
  assessEtapes,
  assessIndicateursResultat,
  assessIndicateursSmart,
  assessPointsDeVigilance,
  assessRessources,
} from './impactCriteria.ts'
import {
  assessSolutions,
  assessTheorieDuChangement,
  assessTypologie,
} from './innovationCriteria.ts'

/**
 * Scores a fiche action against the national quality grid: description 25 points, impact on
 * users 30, bilan and valorisation 25, innovation 20. Pure: same values, title and `now`, same
 * report.
 *
 * The bilan criteria apply only once the fiche is terminée or abandonnée; before, they are left
 * out of the report and the score is the share of the 75 applicable points, so an ongoing fiche is
 * never penalised for a bilan it cannot have yet. Staleness (no update for 30 days) is not scored:
 * it depends on `meta.updatedAt`, not on the content — see `isStale`.
 */
export function scoreFicheAction(values: FieldValues, context: QualityContext): QualityReport {
  const criteria: QualityCriterion[] = [
    assessTitre(context.title),
    assessProblematiqueLongueur(values),
    assessProblematiqueChiffree(values),
    assessProblematiqueDistincte(values),
    assessDescriptionLongueur(values),
    assessJargon(values),
    assessPublics(values),
    assessThematiques(values),
    assessDates(values, context.now),
    assessActeurs(values),
    assessEtapes(values),
    assessIndicateursSmart(values),
    assessIndicateursResultat(values),
    assessBeneficiaires(values),
    assessRessources(values),
    assessPointsDeVigilance(values),
    ...(isBilanExpected(values) ? assessBilan(values) : []),
    assessTypologie(values),
    assessSolutions(values),
    assessTheorieDuChangement(values),
  ]
  const earned = criteria.reduce((sum, criterion) => sum + criterion.points, 0)
  const possible = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)
  return { score: Math.round((100 * earned) / possible), criteria }
}
