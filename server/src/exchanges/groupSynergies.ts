import type {
  ExchangeSummaryView,
  SynergiesView,
  SynergySubjectView,
  SynergyThemeView,
  TerritoryRefView,
} from '@maillage/protocol'
import { ECHOABLE_EXCHANGE_TYPES, EXCHANGE_THEME_OPTIONS } from '@maillage/schema'
import { isSupraTerritorial } from './supraTerritorial.ts'

/** A thread and the spaces raising it, as {@link groupSynergies} reads them. */
export interface SynergyCandidate {
  readonly thread: ExchangeSummaryView
  /** Space ids of its origin then of its « nous aussi »; repeats and non-CLPE are ignored. */
  readonly raisedBy: readonly string[]
}

/**
 * The synergies view (issue #8, item 2): the remontées and signaux faibles grouped by theme (a
 * thread of two themes is in both), each with the CLPE raising it, most CLPE first (then most
 * recent activity); each theme with every CLPE raising one of its subjects, by département then
 * name; and the supra-territorial subjects, sorted like subjects. Themes come in the order of
 * `EXCHANGE_THEME_OPTIONS`, those without a subject left out. `territories` holds the CLPE by
 * space id: a space missing from it is not counted. Pure.
 */
export function groupSynergies(
  candidates: readonly SynergyCandidate[],
  territories: ReadonlyMap<string, TerritoryRefView>,
): SynergiesView {
  const subjects = candidates
    .filter((candidate) => ECHOABLE_EXCHANGE_TYPES.includes(candidate.thread.type))
    .map((candidate) => subjectOf(candidate, territories))
    .sort(bySubjectWeight)
  const themes: SynergyThemeView[] = []
  for (const option of EXCHANGE_THEME_OPTIONS) {
    const ofTheme = subjects.filter((subject) => subject.thread.themes.includes(option.value))
    if (ofTheme.length === 0) continue
    const raising = new Map<string, TerritoryRefView>()
    for (const subject of ofTheme) {
      for (const territory of subject.raisedBy) raising.set(territory.spaceId, territory)
    }
    themes.push({
      theme: option.value,
      label: option.label,
      subjects: ofTheme,
      territories: [...raising.values()].sort(byDepartementThenName),
    })
  }
  return { themes, supraTerritorial: subjects.filter((subject) => subject.supraTerritorial) }
}

function subjectOf(
  candidate: SynergyCandidate,
  territories: ReadonlyMap<string, TerritoryRefView>,
): SynergySubjectView {
  const raisedBy = [...new Set(candidate.raisedBy)].flatMap((spaceId) => {
    const territory = territories.get(spaceId)
    return territory === undefined ? [] : [territory]
  })
  return {
    thread: candidate.thread,
    raisedBy,
    supraTerritorial: isSupraTerritorial(candidate.thread.type, raisedBy.length),
  }
}

function bySubjectWeight(a: SynergySubjectView, b: SynergySubjectView): number {
  if (a.raisedBy.length !== b.raisedBy.length) return b.raisedBy.length - a.raisedBy.length
  if (a.thread.lastMessageAt !== b.thread.lastMessageAt) {
    return a.thread.lastMessageAt > b.thread.lastMessageAt ? -1 : 1
  }
  return a.thread.id < b.thread.id ? -1 : 1
}

/** By département code (regional spaces, without one, last), then by name in French order. */
export function byDepartementThenName(a: TerritoryRefView, b: TerritoryRefView): number {
  const departementA = a.departement ?? '~'
  const departementB = b.departement ?? '~'
  if (departementA !== departementB) return departementA < departementB ? -1 : 1
  return a.name.localeCompare(b.name, 'fr')
}
