import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { GovernanceMilestone } from '../persistence/records/GovernanceMilestone.ts'

/**
 * The milestones of the governance's calendar in the seed (DOMAIN.md): the deadlines the programme
 * must meet (named as results: « Cahier des charges validé »), beside the séances that meet them
 * (the séances' seed), and the start of the follow-up.
 */
export const GOVERNANCE_MILESTONE_SEEDS: readonly Omit<GovernanceMilestone, 'createdAt'>[] = [
  {
    id: 'validation-cahier-des-charges',
    title: 'Cahier des charges validé',
    date: '2027-03-17',
    instanceId: 'copil',
    description:
      'Le comité de pilotage valide le cahier des charges du programme d’accompagnement des CLPE.',
  },
  {
    id: 'validation-offre-coordonnee',
    title: 'Offre coordonnée validée',
    date: '2027-05-19',
    instanceId: 'bureau-core',
    description:
      'Le bureau du CoRE valide l’offre coordonnée de services (programme d’accompagnement).',
  },
  {
    id: 'presentation-aux-clpe',
    title: 'Programme présenté aux CLPE',
    date: '2027-06-02',
    instanceId: 'comite-territoires-elargi',
    description:
      'Présentation du programme d’accompagnement aux CLPE en comité des territoires élargi.',
  },
  {
    id: 'suivi-et-bilan',
    title: 'Suivi et bilan du programme',
    date: '2027-10-20',
    description:
      'À partir du 20 octobre : suivi de la mise en œuvre, bilan et ajustements du programme.',
  },
]

/** Creates the seed's milestones that are not there yet (idempotent). */
export async function seedGovernanceMilestones(store: MetadataStore, now: string): Promise<void> {
  for (const seed of GOVERNANCE_MILESTONE_SEEDS) {
    if ((await store.decisions.findMilestone(seed.id)) !== null) continue
    await store.decisions.createMilestone({ ...seed, createdAt: now })
  }
}
