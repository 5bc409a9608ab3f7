import { randomUUID } from 'node:crypto'
import type {
  ProgrammeFollowUpView,
  ProgrammeLinkView,
  ProgrammeTargetLinesView,
} from '@maillage/protocol'
import { isDocumentId } from '@maillage/protocol'
import { DocumentKind, SpaceKind, type SpaceId } from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canDraftProgramme,
  canReadProgramme,
  canSeeProgrammeSurveySignals,
} from '../auth/programmeAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { MetadataError, MetadataErrorCode } from '../persistence/MetadataError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { ProgrammeLine } from '../persistence/records/ProgrammeLine.ts'
import { ProgrammeLinkKind, type ProgrammeLink } from '../persistence/records/ProgrammeLink.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { ProgrammeLinkInput } from './programmeInput.ts'
import { toolSurveySignals } from './toolSurveySignals.ts'

const TARGET_NOT_FOUND: Record<ProgrammeLinkKind, string> = {
  atelier: 'Cet atelier n’existe pas ou vous ne pouvez pas l’ouvrir.',
  outil: 'Cette fiche outil n’existe pas ou vous ne pouvez pas l’ouvrir.',
  document: 'Ce document n’existe pas ou vous ne pouvez pas l’ouvrir.',
}

/**
 * What carries out the programme and how far it went: the links of ateliers, fiches outil and
 * documents to the lines (by line key, so they follow the line into later versions), made and
 * removed by the regional team; the suivi of a version's lines (what was delivered, the CLPE the
 * linked ateliers reached against the line's target, what the survey says of the linked tools);
 * and, for an atelier, fiche or document page, the lines it carries out.
 */
export class ProgrammeFollowUpService {
  readonly #store: MetadataStore
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; timers: Timers }) {
    this.#store = options.store
    this.#timers = options.timers
  }

  /**
   * Links a target the regional team can open to a line. `VALIDATION_FAILED` when the target is
   * not an atelier, a fiche outil or another document as its kind says; `CONFLICT` if linked already.
   */
  async link(actor: Actor, input: ProgrammeLinkInput): Promise<ProgrammeLinkView> {
    assertAllowed(
      canDraftProgramme(actor),
      'Seule l’équipe régionale rattache des réalisations au programme.',
    )
    const line = await this.#store.programme.findLine(input.lineId)
    if (line === null) {
      throw new AppError(ErrorCode.NotFound, 'Cette ligne du programme n’existe pas.')
    }
    const document = await this.#readableTarget(actor, input.target.kind, input.target.id)
    if (document === null) {
      throw new AppError(ErrorCode.ValidationFailed, TARGET_NOT_FOUND[input.target.kind], {
        details: { 'target.id': TARGET_NOT_FOUND[input.target.kind] },
      })
    }
    const link: ProgrammeLink = {
      id: randomUUID(),
      lineKey: line.lineKey,
      lineId: line.id,
      target: { kind: input.target.kind, id: document.id },
      createdAt: isoTime(this.#timers),
      createdBy: actor.account.id,
    }
    try {
      await this.#store.programme.createLink(link)
    } catch (error) {
      if (!(error instanceof MetadataError && error.code === MetadataErrorCode.Conflict))
        throw error
      throw new AppError(ErrorCode.Conflict, 'Cet élément est déjà rattaché à cette ligne.')
    }
    await this.#audit(actor, AuditAction.ProgrammeLinked, link)
    return presentLink(actor, link, document)
  }

  /** Removes a link (the regional team). */
  async unlink(actor: Actor, linkId: string): Promise<void> {
    assertAllowed(
      canDraftProgramme(actor),
      'Seule l’équipe régionale détache des réalisations du programme.',
    )
    const link = await this.#store.programme.findLink(linkId)
    if (link === null || !(await this.#store.programme.deleteLink(link.id))) {
      throw new AppError(ErrorCode.NotFound, 'Ce rattachement n’existe pas.')
    }
    await this.#audit(actor, AuditAction.ProgrammeUnlinked, link)
  }

  /** The suivi of each line of a version. */
  async followUp(actor: Actor, versionId: string): Promise<ProgrammeFollowUpView> {
    assertReader(actor)
    const version = await this.#store.programme.findVersion(versionId)
    if (version === null) {
      throw new AppError(ErrorCode.NotFound, 'Cette version du programme n’existe pas.')
    }
    const lines = await this.#store.programme.listLines(version.id)
    const links = await this.#store.programme.listLinks()
    const spaces = new Map((await this.#store.listSpaces()).map((space) => [space.id, space]))
    const documents = await this.#documentsOf(links)
    const tools = new Set(
      links.filter((link) => link.target.kind === ProgrammeLinkKind.Outil).map((l) => l.target.id),
    )
    const signals = canSeeProgrammeSurveySignals(actor)
      ? await toolSurveySignals(this.#store, tools)
      : []
    const result = []
    for (const line of lines) {
      const own = links.filter((link) => link.lineKey === line.lineKey)
      const reached = await this.#clpeReached(line, own, spaces)
      result.push({
        lineId: line.id,
        lineKey: line.lineKey,
        delivered: own.map((link) => presentLink(actor, link, documents.get(link.target.id))),
        clpeReached: [...reached].map((spaceId) => ({
          spaceId,
          name: spaces.get(spaceId)?.name ?? spaceId,
        })),
        ...(line.targetClpeCount === undefined ? {} : { targetClpeCount: line.targetClpeCount }),
        surveySignals: signals.filter((signal) =>
          own.some((link) => link.target.id === signal.toolDocumentId),
        ),
      })
    }
    return { versionId: version.id, lines: result }
  }

  /**
   * The lines an atelier, fiche outil or document carries out, for its page: `NOT_FOUND` when the
   * reader may not open it (so ids cannot be probed). Each line as in the latest version that
   * holds its key.
   */
  async linesOf(
    actor: Actor,
    kind: ProgrammeLinkKind,
    id: string,
  ): Promise<ProgrammeTargetLinesView> {
    assertReader(actor)
    if ((await this.#readableTarget(actor, kind, id)) === null) {
      throw new AppError(ErrorCode.NotFound, TARGET_NOT_FOUND[kind])
    }
    const links = (await this.#store.programme.listLinks()).filter(
      (link) => link.target.kind === kind && link.target.id === id,
    )
    const versions = (await this.#store.programme.listVersions()).reverse()
    const lines = []
    for (const link of links) {
      const found = await this.#latestLineOf(link, versions)
      if (found === null) continue
      lines.push({
        linkId: link.id,
        lineKey: link.lineKey,
        title: found.line.title,
        partner: found.line.partner,
        kind: found.line.kind,
        versionNumber: found.number,
      })
    }
    return { lines }
  }

  async #latestLineOf(
    link: ProgrammeLink,
    newestFirst: readonly { id: string; number: number }[],
  ): Promise<{ line: ProgrammeLine; number: number } | null> {
    for (const version of newestFirst) {
      const line = (await this.#store.programme.listLines(version.id)).find(
        (candidate) => candidate.lineKey === link.lineKey,
      )
      if (line !== undefined) return { line, number: version.number }
    }
    return null
  }

  /** The target as a document the actor may open, of the kind the link says; else null. */
  async #readableTarget(
    actor: Actor,
    kind: ProgrammeLinkKind,
    id: string,
  ): Promise<DocumentRecord | null> {
    if (!isDocumentId(id)) return null
    const document = await this.#store.findDocument(id)
    if (document === null || documentAccess(actor, document) === null) return null
    return isOfLinkKind(document, kind) ? document : null
  }

  async #documentsOf(links: readonly ProgrammeLink[]): Promise<Map<string, DocumentRecord>> {
    const documents = new Map<string, DocumentRecord>()
    for (const id of new Set(links.map((link) => link.target.id))) {
      if (!isDocumentId(id)) continue
      const document = await this.#store.findDocument(id)
      if (document !== null) documents.set(id, document)
    }
    return documents
  }

  /**
   * The CLPE whose members were seen in the line's linked ateliers (their live sessions'
   * attendance), restricted to the line's CLPE when it names some.
   */
  async #clpeReached(
    line: ProgrammeLine,
    links: readonly ProgrammeLink[],
    spaces: ReadonlyMap<SpaceId, Space>,
  ): Promise<Set<SpaceId>> {
    const reached = new Set<SpaceId>()
    const concerned = line.clpeSpaceIds === undefined ? null : new Set<string>(line.clpeSpaceIds)
    for (const link of links) {
      if (link.target.kind !== ProgrammeLinkKind.Atelier) continue
      for (const attendance of await this.#store.ateliers.listAttendance(link.target.id)) {
        for (const membership of await this.#store.listMembershipsOfAccount(attendance.accountId)) {
          if (spaces.get(membership.spaceId)?.kind !== SpaceKind.Clpe) continue
          if (concerned === null || concerned.has(membership.spaceId))
            reached.add(membership.spaceId)
        }
      }
    }
    return reached
  }

  async #audit(actor: Actor, action: AuditAction, link: ProgrammeLink): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: link.id,
      details: { lineKey: link.lineKey, kind: link.target.kind, targetId: link.target.id },
    })
  }
}

function assertReader(actor: Actor): void {
  assertAllowed(canReadProgramme(actor), 'Connectez-vous pour lire le programme d’accompagnement.')
}

/** An atelier is an atelier, a fiche outil an outil; any other kind is a document. */
function isOfLinkKind(document: DocumentRecord, kind: ProgrammeLinkKind): boolean {
  switch (kind) {
    case ProgrammeLinkKind.Atelier:
      return document.kind === DocumentKind.Atelier
    case ProgrammeLinkKind.Outil:
      return document.kind === DocumentKind.Outil
    case ProgrammeLinkKind.Document:
      return document.kind !== DocumentKind.Atelier && document.kind !== DocumentKind.Outil
    default: {
      const unknown: never = kind
      throw new Error(`unknown link kind ${String(unknown)}`)
    }
  }
}

function presentLink(
  actor: Actor,
  link: ProgrammeLink,
  document: DocumentRecord | undefined,
): ProgrammeLinkView {
  const readable = document !== undefined && documentAccess(actor, document) !== null
  return {
    id: link.id,
    lineKey: link.lineKey,
    target: link.target,
    title: readable ? document.title || 'Sans titre' : 'Élément non accessible',
    ...(readable ? { path: targetPath(link.target.kind, document.id) } : {}),
  }
}

function targetPath(kind: ProgrammeLinkKind, id: string): string {
  return kind === ProgrammeLinkKind.Atelier ? `/ateliers/${id}` : `/documents/${id}`
}
