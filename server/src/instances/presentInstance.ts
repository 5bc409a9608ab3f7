import type {
  ClpeRuleView,
  InstanceDetailView,
  InstanceSummaryView,
  MandateChangeView,
  MandateView,
} from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { InstanceMember } from '../persistence/records/InstanceMember.ts'
import type { InstanceRecord } from '../persistence/records/InstanceRecord.ts'
import type { ClpeRuleState } from './clpeRepresentationRule.ts'
import { canManageInstance, canSetClpeProfile } from './instanceAccess.ts'
import type { InstanceDetail, MandateChange } from './InstanceService.ts'
import { InstanceKind } from '../persistence/records/InstanceRecord.ts'
import { mandateStatusOn } from './mandateDays.ts'

/** What presenting needs besides the records: space names and today's day. */
export interface PresentContext {
  readonly spaceNames: ReadonlyMap<SpaceId, string>
  readonly today: string
}

/** An instance as a list shows it. */
export function presentInstanceSummary(
  instance: InstanceRecord,
  context: PresentContext & { activeMembers: number },
): InstanceSummaryView {
  return {
    id: instance.id,
    kind: instance.kind,
    name: instance.name,
    spaceId: instance.spaceId,
    spaceName: context.spaceNames.get(instance.spaceId) ?? instance.spaceId,
    quorum: instance.quorum,
    activeMembers: context.activeMembers,
    ...(instance.clpeProfile === undefined ? {} : { clpeProfile: instance.clpeProfile }),
  }
}

/** A mandate, with its status today. */
export function presentMandate(mandate: InstanceMember, context: PresentContext): MandateView {
  return {
    id: mandate.id,
    name: mandate.name,
    ...(mandate.accountId === undefined ? {} : { accountId: mandate.accountId }),
    college: mandate.college,
    body: mandate.body,
    ...(mandate.clpeSpaceId === undefined
      ? {}
      : {
          clpeSpaceId: mandate.clpeSpaceId,
          clpeName: context.spaceNames.get(mandate.clpeSpaceId) ?? mandate.clpeSpaceId,
        }),
    ...(mandate.clpeProfile === undefined ? {} : { clpeProfile: mandate.clpeProfile }),
    startsOn: mandate.startsOn,
    ...(mandate.endsOn === undefined ? {} : { endsOn: mandate.endsOn }),
    status: mandateStatusOn(mandate, context.today),
  }
}

/** The rule's state. */
export function presentRule(rule: ClpeRuleState): ClpeRuleView {
  return {
    onDate: rule.onDate,
    respected: rule.respected,
    code: rule.code,
    clpe: rule.clpe.map((found) => ({
      spaceId: found.spaceId,
      name: found.name,
      profile: found.profile,
    })),
    distinctProfiles: rule.distinctProfiles,
    explanation: rule.explanation,
  }
}

/** An instance's page. */
export function presentInstanceDetail(actor: Actor, detail: InstanceDetail): InstanceDetailView {
  const context: PresentContext = { spaceNames: detail.spaceNames, today: detail.today }
  const mandates = detail.mandates.map((mandate) => presentMandate(mandate, context))
  return {
    instance: presentInstanceSummary(detail.instance, {
      ...context,
      activeMembers: mandates.filter((mandate) => mandate.status === 'en-cours').length,
    }),
    today: detail.today,
    mandates,
    rule: detail.rule === null ? null : presentRule(detail.rule),
    rotation:
      detail.rotation === null
        ? null
        : detail.rotation.map((mandate) => presentMandate(mandate, context)),
    canManage: canManageInstance(actor, detail.instance),
    canSetClpeProfile:
      detail.instance.kind === InstanceKind.PleniereClpe && canSetClpeProfile(actor),
  }
}

/** The answer to a change of members. */
export function presentMandateChange(
  change: MandateChange,
  context: PresentContext,
): MandateChangeView {
  return {
    mandate: presentMandate(change.mandate, context),
    rule: change.rule === null ? null : presentRule(change.rule),
    ruleBroken: change.ruleBroken,
  }
}
