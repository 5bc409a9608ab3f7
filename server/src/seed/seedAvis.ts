import { AvisStatus, DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { seedAuthors } from './pilotage/seedAuthors.ts'

/** Days between the seed's day and the demo avis's date limite: near, so the accueil shows it. */
const DAYS_TO_DEADLINE = 5
/** Days between the saisine and the seed's day. */
const DAYS_SINCE_SAISINE = 16
const DAY_MS = 86_400_000

/**
 * The demo avis: one avis of the CoRE in rédaction, asked by the Préfet de région, due a few days
 * after the seed's day, written by the demo admin (animateur of the CoRE), so that the accueil
 * shows its deadline and the adoption can be tried from its page.
 */
export async function seedAvis(
  documents: DocumentService,
  options: { store: MetadataStore; now: number },
): Promise<void> {
  const author = await seedAuthors(
    options.store,
    new Date(options.now).toISOString(),
  )('admin@demo.maillage.fr')
  await documents.create(author.actor, {
    spaceId: REGIONAL_SPACE_IDS.core,
    kind: DocumentKind.Avis,
    title: 'Avis du CoRE sur la carte des formations professionnelles 2027',
    fields: {
      instance: 'core',
      saisinePar: 'Préfet de région',
      objet: 'Projet de carte des formations professionnelles initiales 2027',
      dateSaisine: dayOf(options.now - DAYS_SINCE_SAISINE * DAY_MS),
      dateLimite: dayOf(options.now + DAYS_TO_DEADLINE * DAY_MS),
      statut: AvisStatus.Redaction,
    },
  })
}

// A calendar day (`YYYY-MM-DD`) of UTC: a few hours off Paris do not matter for a demo date.
function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
