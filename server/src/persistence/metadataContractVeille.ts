import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { VeilleFeed } from './records/VeilleFeed.ts'
import type { VeilleItem } from './records/VeilleItem.ts'

/** A proposed veille item about the BMO survey, typed by Claire. */
export const veilleItem = (overrides: Partial<VeilleItem> = {}): VeilleItem => ({
  id: 'veille-1',
  title: 'Besoins en main-d’œuvre 2025 : les projets de recrutement en Hauts-de-France',
  url: 'https://www.francetravail.org/',
  normalizedUrl: 'https://www.francetravail.org/',
  source: 'France Travail',
  publishedOn: '2025-04-24',
  summary: 'Les intentions d’embauche des employeurs de la région.',
  thematiques: ['recrutement'],
  territories: ['region'],
  status: 'propose',
  selectedForLettre: false,
  addedBy: { id: 'account-claire', name: 'Claire Dubois' },
  addedAt: AT,
  origin: { kind: 'saisie' },
  ...overrides,
})

/** Claire's address of the veille's feeds. */
export const veilleFeed = (overrides: Partial<VeilleFeed> = {}): VeilleFeed => ({
  id: 'veille-feed-1',
  accountId: 'account-claire',
  tokenHash: 'veille-hash-1',
  createdAt: AT,
  ...overrides,
})

/** The contract of the veille's records (`VeilleRecords`). */
export function describeVeilleRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('veille', () => {
    it('keeps items oldest first, finds them by id and normalised URL, updates and deletes', async () => {
      const second = veilleItem({
        id: 'veille-2',
        url: 'https://www.insee.fr/',
        normalizedUrl: 'https://www.insee.fr/',
        origin: { kind: 'import', feedUrl: 'https://www.insee.fr/fr/flux' },
      })
      await store().veille.createItem(veilleItem())
      await store().veille.createItem(second)
      expect(await store().veille.listItems()).toEqual([veilleItem(), second])
      expect(await store().veille.findItem('veille-2')).toEqual(second)
      expect(await store().veille.findItemByNormalizedUrl('https://www.insee.fr/')).toEqual(second)
      expect(await store().veille.findItemByNormalizedUrl('https://ailleurs.fr/')).toBeNull()

      const curated: Partial<VeilleItem> = {
        status: 'publie',
        selectedForLettre: true,
        curatedBy: { id: 'account-admin', name: 'Équipe régionale' },
        curatedAt: AT,
      }
      expect(await store().veille.updateItem('veille-1', curated)).toEqual(veilleItem(curated))
      expect(await store().veille.updateItem('veille-9', curated)).toBeNull()
      expect(await store().veille.deleteItem('veille-1')).toBe(true)
      expect(await store().veille.deleteItem('veille-1')).toBe(false)
      expect(await store().veille.listItems()).toEqual([second])
    })

    it('refuses an item whose id or normalised URL is taken, or that is invalid', async () => {
      await store().veille.createItem(veilleItem())
      await expectRejections(
        [
          store().veille.createItem(veilleItem({ normalizedUrl: 'https://autre.fr/' })),
          store().veille.createItem(veilleItem({ id: 'veille-2' })),
        ],
        MetadataErrorCode.Conflict,
      )
      await store().veille.createItem(
        veilleItem({ id: 'veille-2', normalizedUrl: 'https://autre.fr/' }),
      )
      await expectRejections(
        [
          store().veille.updateItem('veille-2', {
            normalizedUrl: 'https://www.francetravail.org/',
          }),
        ],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().veille.createItem(
            veilleItem({ id: 'veille-3', normalizedUrl: 'x', url: 'javascript:alert(1)' }),
          ),
          store().veille.createItem(
            veilleItem({ id: 'veille-4', normalizedUrl: 'y', territories: ['partout'] }),
          ),
          store().veille.createItem(
            veilleItem({ id: 'veille-5', normalizedUrl: 'z', title: 't'.repeat(301) }),
          ),
        ],
        MetadataErrorCode.Invalid,
      )
      expect((await store().veille.listItems()).map((item) => item.id)).toEqual([
        'veille-1',
        'veille-2',
      ])
    })

    it('keeps feed addresses by hash and account, revokes them and refuses a taken hash', async () => {
      await store().veille.createFeed(veilleFeed())
      await expectRejections(
        [
          store().veille.createFeed(veilleFeed({ id: 'veille-feed-2' })),
          store().veille.createFeed(veilleFeed({ tokenHash: 'other' })),
        ],
        MetadataErrorCode.Conflict,
      )
      const other = veilleFeed({ id: 'veille-feed-3', accountId: 'account-karim', tokenHash: 'h3' })
      await store().veille.createFeed(other)
      expect(await store().veille.findFeedByHash('veille-hash-1')).toEqual(veilleFeed())
      expect(await store().veille.findFeedByHash('nope')).toBeNull()
      expect(await store().veille.listFeedsOf('account-karim')).toEqual([other])
      const revoked = { revokedAt: AT }
      expect(await store().veille.updateFeed('veille-feed-1', revoked)).toEqual(veilleFeed(revoked))
      expect(await store().veille.updateFeed('veille-feed-9', revoked)).toBeNull()
    })
  })
}
