import {
  BREAKOUT_GROUP_ROOTS,
  DocumentKind,
  DocumentRoot,
  groupNotesRoot,
  groupWallRoot,
  REGIONAL_SPACE_IDS,
  SpaceKind,
  SpaceRole,
  canEdit,
  canManage,
  type SpaceId,
} from '@maillage/schema'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { Survey } from '../persistence/records/Survey.ts'
import type { ToolProposal } from '../persistence/records/ToolProposal.ts'
import type { Access, SyncGrant } from './Authenticator.ts'
import type { Actor } from './Actor.ts'
import { PLENARY_SEAT, type BreakoutSeat } from './BreakoutSeat.ts'
import { isRegionalPilotageViewer, isRegionallyReadSteeringDocument } from './regionalPilotage.ts'

// Every access decision of the server is one of these functions: REST routes and the websocket
// authenticator call the same ones, so they cannot disagree.

/** True for the regional team. */
export function isAdmin(actor: Actor): boolean {
  return actor.account.platformRole === PlatformRole.Admin
}

/** The actor's role in a space, if a member. */
export function roleIn(actor: Actor, spaceId: SpaceId): SpaceRole | undefined {
  return actor.roles.get(spaceId)
}

/** Members of a space (and admins) see all its documents and members. */
export function canSeeSpaceContent(actor: Actor, spaceId: SpaceId): boolean {
  return isAdmin(actor) || roleIn(actor, spaceId) !== undefined
}

/** Contributeurs and animateurs (and admins) create documents in a space. */
export function canCreateDocumentIn(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}

/** Animateurs (and admins) manage a space's members and invitations. */
export function canManageSpace(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return isAdmin(actor) || (role !== undefined && canManage(role))
}

/** Admins and the animateurs of any space create working groups. */
export function canCreateSpace(actor: Actor): boolean {
  return isAdmin(actor) || [...actor.roles.values()].some((role) => role === SpaceRole.Animateur)
}

/**
 * What the actor may do with a document: `write`, `read` or nothing (`null`). Archived documents
 * are read-only for everyone; documents shared with all territories are readable by every member,
 * and so are the fiches outil of the espace régional (see {@link isToolboxFiche}); the region's
 * pilotage viewers (`isRegionalPilotageViewer`: CoRE, espace régional) read, never write, the
 * fiches action, feuilles de route and auto-évaluations of every CLPE, which its dashboards link
 * to (`isRegionallyReadSteeringDocument`); a private
 * document (a person's individual survey answer) is its owner's alone, admins included: the
 * regional team reads answers through the survey's results.
 */
export function documentAccess(actor: Actor, document: DocumentRecord): Access | null {
  if (document.privateTo !== undefined && document.privateTo !== actor.account.id) return null
  const role = roleIn(actor, document.spaceId)
  const member = isAdmin(actor) || role !== undefined
  if (!member) {
    const readable =
      document.sharedWithAll ||
      (isToolboxFiche(document) && canReadToolCatalogue(actor)) ||
      (isRegionallyReadSteeringDocument(document) && isRegionalPilotageViewer(actor))
    return readable ? 'read' : null
  }
  const editor = isAdmin(actor) || (role !== undefined && canEdit(role))
  return editor && document.archivedAt === undefined ? 'write' : 'read'
}

/** The roots of an atelier its participants write in the live session: the notes and the wall. */
const ATELIER_PARTICIPANT_ROOTS: readonly string[] = [
  DocumentRoot.Body,
  // The wall's notes, dots and settings are written by the server (ateliers/toolkit/wall).
  DocumentRoot.WallGroups,
]

// Roots no client writes, in any document: comments are posted through the API (which sets
// author and time), and a refused write there closes the connection whatever its grant.
const SERVER_ONLY_ROOTS: ReadonlySet<string> = new Set([
  DocumentRoot.Comments,
  // Who is in which breakout group: started and ended through the API (ateliers/toolkit/groups).
  DocumentRoot.Groups,
  // Polls and word clouds: answered through the API, which counts one answer per person and
  // shows results only once revealed (ateliers/toolkit/polls).
  DocumentRoot.Polls,
  DocumentRoot.WordClouds,
  // The wall of an atelier: notes are posted (named or anonymous), moderated and voted on through
  // the API, which stamps the author and checks the vote budget (ateliers/toolkit/wall).
  DocumentRoot.Wall,
  DocumentRoot.WallVotes,
  DocumentRoot.WallSettings,
  // The session's timer, raised hands and reactions: moved through the API, which checks who acts
  // and bounds them (ateliers/toolkit/timer).
  DocumentRoot.Timer,
  DocumentRoot.Hands,
  DocumentRoot.Reactions,
])

/**
 * The roots of an atelier its editors write: all but the session, which only the server moves,
 * and every breakout group's notes and wall (facilitators visit any group).
 */
const ATELIER_EDITOR_ROOTS: readonly string[] = [
  ...Object.values(DocumentRoot).filter(
    (root) =>
      root !== DocumentRoot.Session &&
      root !== DocumentRoot.Messages &&
      !SERVER_ONLY_ROOTS.has(root),
  ),
  ...BREAKOUT_GROUP_ROOTS,
]

/**
 * The roots a seat holder of an atelier writes: the plenary's, or while breakout groups run, only
 * the notes and wall of their own group (nothing while not assigned to one).
 */
function participantRoots(seat: BreakoutSeat): readonly string[] {
  if (!seat.running) return ATELIER_PARTICIPANT_ROOTS
  return seat.group === null ? [] : [groupNotesRoot(seat.group), groupWallRoot(seat.group)]
}

/**
 * The roots of an auto-évaluation its members write: all but `meta`, where the server alone says
 * when it was submitted, by whom and with which levels (`MATURITY_SUBMITTED_META_KEY`).
 */
const AUTO_EVALUATION_WRITER_ROOTS: readonly string[] = Object.values(DocumentRoot).filter(
  (root) => root !== DocumentRoot.Meta && !SERVER_ONLY_ROOTS.has(root),
)

/**
 * The roots of an avis its editors write: all but `meta`, where the server alone records its
 * adoption (submission, positions, adoption: `AVIS_ADOPTION_META_KEY`).
 */
const AVIS_WRITER_ROOTS = AUTO_EVALUATION_WRITER_ROOTS

/**
 * The roots of a numéro of the lettre its editors write: all but `meta`, where the server alone
 * records its proof-reading and publication (`lettre/lettreEdition.ts`).
 */
const LETTRE_WRITER_ROOTS = AUTO_EVALUATION_WRITER_ROOTS

/**
 * What the actor may do with a document on the websocket (issue #8 refines {@link documentAccess}):
 * - a thread of the échanges (`discussion`) is read-only for everyone: messages, status and « nous
 *   aussi » go through the API, which sets author and time and notifies mentions;
 * - an atelier's editors write everything but its `session` (moved by the facilitator through the
 *   API, which records attendance); a person registered with a seat (`inscrit`) writes the shared
 *   notes and the wall only, not the atelier's details — while breakout groups run, only their own
 *   group's notes and wall (`breakout`; no root while in no group); a person on the waiting list
 *   only reads;
 * - an auto-évaluation's writers write everything but its `meta` (its submissions, server-written).
 * - an avis's writers write everything but its `meta` (its adoption, server-written).
 * `registration` is the actor's registration to the document when it is an atelier, `breakout` their
 * seat in its breakout groups (the plenary when none run).
 */
export function documentSyncGrant(
  actor: Actor,
  document: DocumentRecord,
  registration: 'inscrit' | 'liste-attente' | null,
  breakout: BreakoutSeat = PLENARY_SEAT,
): SyncGrant | null {
  const access = documentAccess(actor, document)
  if (access === null) return null
  if (document.kind === DocumentKind.Discussion) return { access: 'read' }
  if (document.kind === DocumentKind.AutoEvaluation && access === 'write') {
    return { access, writableRoots: AUTO_EVALUATION_WRITER_ROOTS }
  }
  if (document.kind === DocumentKind.Avis && access === 'write') {
    return { access, writableRoots: AVIS_WRITER_ROOTS }
  }
  if (document.kind === DocumentKind.Lettre && access === 'write') {
    return { access, writableRoots: LETTRE_WRITER_ROOTS }
  }
  if (document.kind !== DocumentKind.Atelier) return { access }
  if (access === 'write') return { access, writableRoots: ATELIER_EDITOR_ROOTS }
  if (registration === 'inscrit' && document.archivedAt === undefined) {
    // A participant in no group yet writes no root at all (rather than reading only), so that being
    // assigned to one changes the roots of their connection, which closes it to reconnect.
    return { access: 'write', writableRoots: participantRoots(breakout) }
  }
  return { access: 'read' }
}

/** Editors archive, restore, rename and share a document; archiving keeps it readable. */
export function canEditDocumentRecord(actor: Actor, document: DocumentRecord): boolean {
  return canCreateDocumentIn(actor, document.spaceId)
}

/** Only animateurs of its space (and admins) delete a document for good. */
export function canDeleteDocument(actor: Actor, document: DocumentRecord): boolean {
  return canManageSpace(actor, document.spaceId)
}

// The boîte à outils (issue #7).

/**
 * A fiche outil of the espace régional: a page of the boîte à outils, whose catalogue every
 * signed-in member reads, so every signed-in member opens it read-only — whatever its sharing
 * flag, so that the seeded fiches, those a validated proposal creates and those of older data
 * directories all open from « Ouvrir la fiche ». Its editors stay the espace régional's.
 */
export function isToolboxFiche(document: DocumentRecord): boolean {
  return document.kind === DocumentKind.Outil && document.spaceId === REGIONAL_SPACE_IDS.regional
}

/** The catalogue of the boîte à outils is read by every signed-in member. */
export function canReadToolCatalogue(actor: Actor): boolean {
  return actor.account.id !== ''
}

/** Any signed-in member may propose a new tool. */
export function canProposeTool(actor: Actor): boolean {
  return actor.account.id !== ''
}

/**
 * Only the contributeurs and animateurs of the comité de pilotage decide on a proposal of a new
 * tool (DOMAIN.md: a new tool only "after joint validation by the comité de pilotage"). Admins who
 * are not members may NOT: the regional team runs the toolbox, it does not validate its own
 * additions. Lecteurs of the comité (observers) follow without deciding.
 */
export function canDecideToolProposals(actor: Actor): boolean {
  const role = roleIn(actor, REGIONAL_SPACE_IDS.copil)
  return role !== undefined && canEdit(role)
}

/** Members of the comité de pilotage and admins see every proposal; others only their own. */
export function canSeeAllToolProposals(actor: Actor): boolean {
  return isAdmin(actor) || roleIn(actor, REGIONAL_SPACE_IDS.copil) !== undefined
}

/** A proposal is seen by whoever proposed it, the comité de pilotage and admins. */
export function canSeeToolProposal(actor: Actor, proposal: ToolProposal): boolean {
  return proposal.proposedBy === actor.account.id || canSeeAllToolProposals(actor)
}

/**
 * The contributeurs and animateurs of a CLPE mark the tools their CLPE uses; it is the CLPE's own
 * word, so admins who are not members do not.
 */
export function canMarkToolUsage(actor: Actor, space: Space): boolean {
  const role = roleIn(actor, space.id)
  return space.kind === SpaceKind.Clpe && role !== undefined && canEdit(role)
}

/** The usage of one CLPE is seen by its members and the regional team (admins, espace régional). */
export function canSeeToolUsageOf(actor: Actor, spaceId: SpaceId): boolean {
  return canSeeRegionalToolUsage(actor) || roleIn(actor, spaceId) !== undefined
}

/** The usage of every CLPE at once is for the regional team: admins and the espace régional. */
export function canSeeRegionalToolUsage(actor: Actor): boolean {
  return isAdmin(actor) || roleIn(actor, REGIONAL_SPACE_IDS.regional) !== undefined
}

// The survey of the CLPE (issue #7, item 5).

/**
 * The regional team runs the surveys: admins and the animateurs of the espace régional (who run
 * the support programme, DOMAIN.md). Contributeurs of the espace régional do not: a survey speaks
 * for the region to every CLPE.
 */
export function canManageSurveys(actor: Actor): boolean {
  return isAdmin(actor) || roleIn(actor, REGIONAL_SPACE_IDS.regional) === SpaceRole.Animateur
}

/** A survey is seen by the regional team, and once opened by the members of its targeted spaces. */
export function canSeeSurvey(actor: Actor, survey: Survey): boolean {
  if (canManageSurveys(actor)) return true
  const opened = survey.opensAt !== undefined
  return opened && survey.targetSpaceIds.some((spaceId) => roleIn(actor, spaceId) !== undefined)
}

/**
 * A space's answer is read by the members of that space and the regional team only: a member of
 * another CLPE is told it does not exist. Its Y.Doc belongs to the space, so `documentAccess`
 * gives the same people (admins included) the same rights; animateurs of the espace régional read
 * it through the API.
 */
export function canReadSurveyAnswer(actor: Actor, survey: Survey, spaceId: SpaceId): boolean {
  if (!survey.targetSpaceIds.includes(spaceId)) return false
  return canManageSurveys(actor) || roleIn(actor, spaceId) !== undefined
}

/** The contributeurs and animateurs of a targeted space submit its answer; lecteurs read it. */
export function canSubmitSurveyAnswer(actor: Actor, survey: Survey, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return survey.targetSpaceIds.includes(spaceId) && role !== undefined && canEdit(role)
}
