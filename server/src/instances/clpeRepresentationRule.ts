import type { SpaceId } from '@maillage/schema'
import { College, type InstanceMember } from '../persistence/records/InstanceMember.ts'
import type { ClpeProfile } from '../persistence/records/InstanceRecord.ts'
import { isMandateActiveOn } from './mandateDays.ts'

/** CLPE the comité de pilotage needs among its members (« au moins 3 CLPE »). */
export const MIN_COPIL_CLPE = 3
/** Distinct profiles among them (« de profils différents »: not all of one profile). */
export const MIN_COPIL_CLPE_PROFILES = 2

/** The outcome of the rule, stable for programs. */
export const ClpeRuleCode = {
  Respectee: 'REGLE_RESPECTEE',
  ClpeInsuffisants: 'CLPE_INSUFFISANTS',
  ProfilsIdentiques: 'PROFILS_IDENTIQUES',
} as const
export type ClpeRuleCode = (typeof ClpeRuleCode)[keyof typeof ClpeRuleCode]

/** One CLPE represented on the day. */
export interface RuleClpe {
  readonly spaceId: SpaceId
  readonly name: string
  readonly profile: ClpeProfile | null
}

/** The state of the rule on one day. */
export interface ClpeRuleState {
  readonly onDate: string
  readonly respected: boolean
  readonly code: ClpeRuleCode
  readonly clpe: readonly RuleClpe[]
  readonly distinctProfiles: number
  readonly explanation: string
}

/** What the rule reads of each CLPE: its name and its current profile (null when not set). */
export type ClpeDirectory = (spaceId: SpaceId) => { name: string; profile: ClpeProfile | null }

const PROFILE_LABELS: Readonly<Record<ClpeProfile, string>> = {
  urbain: 'urbain',
  periurbain: 'périurbain',
  rural: 'rural',
}

/**
 * Evaluates the comité de pilotage's rule on `onDate` from its mandates: the CLPE seats running
 * that day must cover at least {@link MIN_COPIL_CLPE} distinct CLPE, of at least
 * {@link MIN_COPIL_CLPE_PROFILES} distinct profiles. A CLPE's profile is its current one (set
 * by the regional team, `directory`); one without a profile counts as a CLPE, not as a profile.
 */
export function evaluateClpeRule(
  mandates: readonly InstanceMember[],
  onDate: string,
  directory: ClpeDirectory,
): ClpeRuleState {
  const spaces = new Set<SpaceId>()
  for (const mandate of mandates) {
    if (mandate.college !== College.Clpe || mandate.clpeSpaceId === undefined) continue
    if (isMandateActiveOn(mandate, onDate)) spaces.add(mandate.clpeSpaceId)
  }
  const clpe = [...spaces]
    .map((spaceId): RuleClpe => ({ spaceId, ...directory(spaceId) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  const profiles = new Set(clpe.flatMap((found) => (found.profile === null ? [] : [found.profile])))
  const code =
    clpe.length < MIN_COPIL_CLPE
      ? ClpeRuleCode.ClpeInsuffisants
      : profiles.size < MIN_COPIL_CLPE_PROFILES
        ? ClpeRuleCode.ProfilsIdentiques
        : ClpeRuleCode.Respectee
  return {
    onDate,
    respected: code === ClpeRuleCode.Respectee,
    code,
    clpe,
    distinctProfiles: profiles.size,
    explanation: explain(code, clpe, profiles),
  }
}

function explain(
  code: ClpeRuleCode,
  clpe: readonly RuleClpe[],
  profiles: ReadonlySet<ClpeProfile>,
): string {
  const listed = clpe
    .map(
      (found) =>
        `${found.name} (${found.profile === null ? 'profil non renseigné' : PROFILE_LABELS[found.profile]})`,
    )
    .join(', ')
  const represented =
    clpe.length === 0
      ? 'aucun CLPE n’est représenté'
      : `${clpe.length} CLPE ${clpe.length === 1 ? 'est représenté' : 'sont représentés'} : ${listed}`
  switch (code) {
    case ClpeRuleCode.Respectee:
      return `Règle respectée : ${represented}, de ${profiles.size} profils différents.`
    case ClpeRuleCode.ClpeInsuffisants:
      return `Règle non respectée : ${represented}. Il faut au moins ${MIN_COPIL_CLPE} CLPE de profils différents : désignez un CLPE de plus.`
    case ClpeRuleCode.ProfilsIdentiques:
      return `Règle non respectée : ${represented}. Il faut au moins ${MIN_COPIL_CLPE_PROFILES} profils différents parmi eux (urbain, périurbain, rural) : désignez un CLPE d’un autre profil.`
    default: {
      const never: never = code
      return never
    }
  }
}
