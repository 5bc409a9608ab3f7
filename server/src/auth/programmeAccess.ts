import { REGIONAL_SPACE_IDS, SpaceRole, canEdit } from '@maillage/schema'
import { ProgrammeStep } from '../persistence/records/ProgrammeVersion.ts'
import { isAdmin, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

// Who does what with the programme d'accompagnement (programme/README.md): every signed-in member
// reads it (it is the offer made to every CLPE); the regional team drafts it, links what carries
// it out and presents it; each validation is made by the members of the instance that validates.

/** The regional team: admins and the animateurs of the espace régional, who run the programme. */
export function canDraftProgramme(actor: Actor): boolean {
  return isAdmin(actor) || roleIn(actor, REGIONAL_SPACE_IDS.regional) === SpaceRole.Animateur
}

/** Every signed-in member reads the programme, its versions, steps and follow-up. */
export function canReadProgramme(actor: Actor): boolean {
  return actor.account.id !== ''
}

/**
 * Who moves a version to `step`: to `valide-copil` the contributeurs and animateurs of the comité
 * de pilotage (as for new tools: admins who are not members may not — the regional team does not
 * validate its own programme); to `valide-bureau-core` the animateurs of the CoRE's space (its
 * bureau); to `presente-clpe` the regional team. Nobody moves a version to `propose`: a version
 * goes back there only when sent back ({@link canSendProgrammeBack}).
 */
export function canMoveProgrammeTo(actor: Actor, step: ProgrammeStep): boolean {
  switch (step) {
    case ProgrammeStep.Propose:
      return false
    case ProgrammeStep.ValideCopil: {
      const role = roleIn(actor, REGIONAL_SPACE_IDS.copil)
      return role !== undefined && canEdit(role)
    }
    case ProgrammeStep.ValideBureauCore:
      return roleIn(actor, REGIONAL_SPACE_IDS.core) === SpaceRole.Animateur
    case ProgrammeStep.PresenteClpe:
      return canDraftProgramme(actor)
    default: {
      const unknown: never = step
      throw new Error(`unknown programme step ${String(unknown)}`)
    }
  }
}

/**
 * Who sends a version at `current` back to `propose`, with a reason: the instance that would
 * validate it next refuses to — the comité de pilotage a proposed version, the bureau du CoRE a
 * version validated in COPIL. A version validated by the bureau is presented or replaced by a new
 * version, never sent back.
 */
export function canSendProgrammeBack(actor: Actor, current: ProgrammeStep): boolean {
  if (current === ProgrammeStep.Propose) return canMoveProgrammeTo(actor, ProgrammeStep.ValideCopil)
  if (current === ProgrammeStep.ValideCopil) {
    return canMoveProgrammeTo(actor, ProgrammeStep.ValideBureauCore)
  }
  return false
}

/**
 * What the survey says of the programme's tools is shown to those who steer the programme: the
 * regional team and the members of the comité de pilotage and of the CoRE. The survey's results
 * stay the regional team's (`canManageSurveys`); these are only a tool's mean usefulness.
 */
export function canSeeProgrammeSurveySignals(actor: Actor): boolean {
  return (
    canDraftProgramme(actor) ||
    roleIn(actor, REGIONAL_SPACE_IDS.copil) !== undefined ||
    roleIn(actor, REGIONAL_SPACE_IDS.core) !== undefined
  )
}
