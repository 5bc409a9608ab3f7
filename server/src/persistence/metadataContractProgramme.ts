import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { ProgrammeLine } from './records/ProgrammeLine.ts'
import type { ProgrammeLink } from './records/ProgrammeLink.ts'
import type { ProgrammeVersion } from './records/ProgrammeVersion.ts'

/** The first version of the programme, proposed by the regional team. */
export const programmeVersion = (overrides: Partial<ProgrammeVersion> = {}): ProgrammeVersion => ({
  id: 'programme-v1',
  number: 1,
  title: 'Programme d’accompagnement 2027',
  status: 'propose',
  createdAt: AT,
  createdBy: 'account-admin',
  history: [{ step: 'propose', at: AT, byId: 'account-admin', byName: 'Camille Dupont' }],
  ...overrides,
})

/** A webinaire of the CARIF-OREF in the first version. */
export const programmeLine = (overrides: Partial<ProgrammeLine> = {}): ProgrammeLine => ({
  id: 'line-1',
  versionId: 'programme-v1',
  lineKey: 'key-1',
  position: 0,
  partner: 'CARIF-OREF C2RP',
  kind: 'webinaire',
  title: 'Webinaire sur les métiers en tension',
  description: 'Les données régionales et leur lecture par territoire.',
  targetClpeCount: 26,
  ...overrides,
})

/** The link of an atelier to the first line. */
export const programmeLink = (overrides: Partial<ProgrammeLink> = {}): ProgrammeLink => ({
  id: 'link-1',
  lineKey: 'key-1',
  lineId: 'line-1',
  target: { kind: 'atelier', id: 'atelier-doc-1' },
  createdAt: AT,
  createdBy: 'account-admin',
  ...overrides,
})

const refuse = (): never => {
  throw new Error('refused by the check')
}

/** The contract of the programme's records (`ProgrammeRecords`). */
export function describeProgrammeRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('programme', () => {
    it('creates a version with its lines, lists them in order, and refuses a taken number', async () => {
      const second = programmeLine({ id: 'line-2', lineKey: 'key-2', position: 1 })
      await store().programme.createVersion(programmeVersion(), [second, programmeLine()])
      expect(await store().programme.findVersion('programme-v1')).toEqual(programmeVersion())
      expect(await store().programme.listLines('programme-v1')).toEqual([programmeLine(), second])
      await expectRejections(
        [store().programme.createVersion(programmeVersion({ id: 'other' }), [])],
        MetadataErrorCode.Conflict,
      )
      const next = programmeVersion({ id: 'programme-v2', number: 2, basedOn: 'programme-v1' })
      await store().programme.createVersion(next, [
        programmeLine({ id: 'line-3', versionId: 'programme-v2' }),
      ])
      expect((await store().programme.listVersions()).map((found) => found.number)).toEqual([1, 2])
      expect(await store().programme.listLines('programme-v2')).toHaveLength(1)
    })

    it('writes nothing of a version whose lines are refused', async () => {
      const twin = programmeLine({ id: 'line-2' })
      await expectRejections(
        [store().programme.createVersion(programmeVersion(), [programmeLine(), twin])],
        MetadataErrorCode.Conflict,
      )
      expect(await store().programme.listVersions()).toEqual([])
      expect(await store().programme.findLine('line-1')).toBeNull()
    })

    it('changes a version atomically: a refusing change writes nothing', async () => {
      await store().programme.createVersion(programmeVersion(), [])
      const moved = await store().programme.changeVersion('programme-v1', (current) => ({
        status: 'valide-copil',
        history: [
          ...current.history,
          {
            ...programmeVersion().history[0],
            step: 'valide-copil',
            at: AT,
            byId: 'account-copil',
            byName: 'Sophie Martin',
          },
        ],
      }))
      expect(moved?.status).toBe('valide-copil')
      await expect(store().programme.changeVersion('programme-v1', refuse)).rejects.toThrow(
        'refused by the check',
      )
      expect((await store().programme.findVersion('programme-v1'))?.history).toHaveLength(2)
      expect(await store().programme.changeVersion('missing', refuse)).toBeNull()
    })

    it('puts and deletes lines only when the check accepts their version', async () => {
      await store().programme.createVersion(programmeVersion(), [programmeLine()])
      const counts: number[] = []
      const edited = programmeLine({ title: 'Webinaire revu' })
      await store().programme.putLine(edited, (version, count) => {
        expect(version?.id).toBe('programme-v1')
        counts.push(count)
      })
      expect(await store().programme.findLine('line-1')).toEqual(edited)
      await expect(
        store().programme.putLine(programmeLine({ id: 'line-9', lineKey: 'k9' }), refuse),
      ).rejects.toThrow('refused by the check')
      expect(await store().programme.findLine('line-9')).toBeNull()
      await expectRejections(
        [store().programme.putLine(programmeLine({ id: 'line-2' }), () => undefined)],
        MetadataErrorCode.Conflict,
      )
      await expect(store().programme.deleteLine('line-1', refuse)).rejects.toThrow()
      expect(await store().programme.deleteLine('line-1', () => undefined)).toBe(true)
      expect(await store().programme.deleteLine('line-1', () => undefined)).toBe(false)
      expect(counts).toEqual([1])
    })

    it('keeps links oldest first, one per line key and target', async () => {
      const other = programmeLink({ id: 'link-2', target: { kind: 'outil', id: 'fiche-1' } })
      await store().programme.createLink(programmeLink())
      await store().programme.createLink(other)
      expect(await store().programme.listLinks()).toEqual([programmeLink(), other])
      await expectRejections(
        [store().programme.createLink(programmeLink({ id: 'link-3' }))],
        MetadataErrorCode.Conflict,
      )
      expect(await store().programme.findLink('link-2')).toEqual(other)
      expect(await store().programme.deleteLink('link-2')).toBe(true)
      expect(await store().programme.deleteLink('link-2')).toBe(false)
    })
  })
}
