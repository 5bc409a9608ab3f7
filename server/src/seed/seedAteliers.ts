import { ATELIER_TIME_ZONE } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { atelierSchedule } from '../ateliers/atelierSchedule.ts'
import type { AtelierCreateInput } from '../ateliers/atelierInput.ts'
import type { AtelierServices } from '../ateliers/createAtelierServices.ts'
import type { AtelierContent } from '../ateliers/writeAtelierContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'

const DAY_MS = 24 * 60 * 60 * 1000

// The regional team runs the programme; the other demo accounts register.
const FACILITATOR = 'admin@demo.maillage.fr'

/** One atelier of the demo programme, `inDays` days from the seed's day (negative: past). */
interface DemoAtelier {
  readonly inDays: number
  readonly input: Omit<AtelierCreateInput, 'date'>
  readonly content: AtelierContent
  /** Emails of the demo accounts registered, in order (beyond the capacity: waiting list). */
  readonly registered: readonly string[]
}

const VISIO = 'https://visio.maillage.example/salle'

/** The demo programme: four ateliers to come (one full, with a waiting list) and one past. */
const DEMO_ATELIERS: readonly DemoAtelier[] = [
  {
    inDays: 8,
    input: {
      title: 'Filières REV3 : quels métiers demain dans le Bassin minier ?',
      time: '10:00',
      durationMinutes: 90,
      format: 'webinaire',
      theme: 'filieres-rev3',
      intervenants: 'Claire Vasseur (C2RP), Karim Haddad (CD2E)',
      visioLink: `${VISIO}/rev3-bassin-minier`,
      capacity: 0,
    },
    content: {
      publicVise: 'Membres des CLPE du Pas-de-Calais et du Nord',
      presentation:
        'Batteries, rénovation énergétique, économie circulaire : les projets REV3 du Bassin minier ' +
        'annoncent des recrutements. Quels métiers, quelles compétences, quelles formations ? ' +
        'Le C2RP présente les premiers résultats de son étude prospective ; le CD2E témoigne des ' +
        'besoins exprimés par les entreprises de la filière.',
      agenda: [
        { titre: 'Accueil et tour de table', duree: 10, intervenant: 'Camille Dupont (C2RP)' },
        {
          titre: 'Les projets REV3 et leurs besoins en emploi',
          duree: 30,
          intervenant: 'Karim Haddad (CD2E)',
        },
        {
          titre: 'Métiers émergents et compétences en tension',
          duree: 30,
          intervenant: 'Claire Vasseur (C2RP)',
        },
        { titre: 'Questions et suites pour les CLPE', duree: 20, intervenant: '' },
      ],
    },
    registered: ['lille@demo.maillage.fr', 'lens@demo.maillage.fr'],
  },
  {
    inDays: 15,
    input: {
      title: 'COP emploi-compétences : construire la feuille de route',
      time: '14:00',
      durationMinutes: 120,
      format: 'atelier-virtuel',
      theme: 'cop-emploi-competences',
      intervenants: 'DREETS Hauts-de-France, Région Hauts-de-France',
      visioLink: `${VISIO}/cop-feuille-de-route`,
      capacity: 3,
    },
    content: {
      publicVise: 'Animateurs et appuis opérationnels des CLPE',
      presentation:
        'Atelier en petit groupe pour traduire le volet emploi-compétences de la COP régionale en ' +
        'priorités locales : diagnostic partagé, objectifs chiffrés et fiches action.',
      agenda: [
        { titre: 'Le volet emploi-compétences de la COP', duree: 20, intervenant: 'DREETS' },
        { titre: 'Travail en sous-groupes : priorités locales', duree: 45, intervenant: '' },
        { titre: 'Restitution et indicateurs', duree: 40, intervenant: 'Région Hauts-de-France' },
        { titre: 'Prochaines étapes', duree: 15, intervenant: '' },
      ],
    },
    registered: [
      'lille@demo.maillage.fr',
      'lens@demo.maillage.fr',
      'copil@demo.maillage.fr',
      'lecteur@demo.maillage.fr',
    ],
  },
  {
    inDays: 22,
    input: {
      title: 'Mobiliser les dispositifs de droit commun',
      time: '09:30',
      durationMinutes: 90,
      format: 'atelier-virtuel',
      theme: 'dispositifs',
      intervenants: 'France Travail, Cap emploi, mission locale de Lens-Liévin',
      visioLink: `${VISIO}/droit-commun`,
      capacity: 25,
    },
    content: {
      presentation:
        'PEC, CEJ, PACEA, IAE, PMSMP : tour d’horizon des dispositifs mobilisables et des conditions ' +
        'pour les activer localement, avec DORA pour trouver l’offre de services.',
      agenda: [
        { titre: 'Panorama des dispositifs', duree: 30, intervenant: 'France Travail' },
        { titre: 'Cas pratiques par public', duree: 40, intervenant: 'Cap emploi, mission locale' },
        { titre: 'Trouver l’offre locale avec DORA', duree: 20, intervenant: '' },
      ],
    },
    registered: ['lens@demo.maillage.fr'],
  },
  {
    inDays: 36,
    input: {
      title: 'Mesurer l’impact des actions : de la réalisation au résultat',
      time: '11:00',
      durationMinutes: 60,
      format: 'webinaire',
      theme: 'pilotage-impact',
      intervenants: 'Équipe régionale du C2RP',
      visioLink: `${VISIO}/mesure-impact`,
      capacity: 0,
    },
    content: {
      presentation:
        'Indicateurs de réalisation, de résultat et d’impact : comment les distinguer, les ' +
        'quantifier et les dater dans les fiches action.',
      agenda: [
        { titre: 'Les niveaux d’indicateurs', duree: 20, intervenant: 'C2RP' },
        { titre: 'Exemples tirés des fiches action', duree: 25, intervenant: 'C2RP' },
        { titre: 'Questions', duree: 15, intervenant: '' },
      ],
    },
    registered: [],
  },
  {
    inDays: -13,
    input: {
      title: 'Anticiper les compétences : lire les BMO de son territoire',
      time: '14:00',
      durationMinutes: 90,
      format: 'webinaire',
      theme: 'anticipation-competences',
      intervenants: 'France Travail Hauts-de-France, C2RP',
      visioLink: `${VISIO}/bmo`,
      capacity: 0,
    },
    content: {
      presentation:
        'L’enquête Besoins en main-d’œuvre : projets de recrutement, difficultés et saisonnalité, ' +
        'et comment les lire à l’échelle d’un CLPE.',
      agenda: [
        { titre: 'L’enquête BMO en bref', duree: 20, intervenant: 'France Travail' },
        { titre: 'Lecture des résultats par bassin', duree: 40, intervenant: 'C2RP' },
        { titre: 'Usages en CLPE', duree: 30, intervenant: '' },
      ],
      resources: [
        {
          titre: 'Enquête BMO — France Travail',
          lien: 'https://statistiques.francetravail.org/bmo',
        },
        { titre: 'Études du C2RP', lien: 'https://www.c2rp.fr' },
      ],
      replayLink: 'https://replay.maillage.example/ateliers/bmo',
    },
    registered: ['lille@demo.maillage.fr', 'lens@demo.maillage.fr'],
  },
]

/**
 * The `YYYY-MM-DD` day in Paris `inDays` days after `now` (ms), moved to the next Monday when it
 * falls on a weekend: the network's ateliers take place on working days.
 */
function parisDay(now: number, inDays: number): string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: ATELIER_TIME_ZONE })
  let at = now + inDays * DAY_MS
  for (;;) {
    const day = format.format(at)
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) return day
    at += DAY_MS
  }
}

async function actorOf(store: MetadataStore, email: string): Promise<Actor | null> {
  const account = await store.findAccountByEmail(email)
  if (account === null) return null
  const memberships = await store.listMembershipsOfAccount(account.id)
  return {
    account,
    via: 'session',
    roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
  }
}

/**
 * Fills the demo programme of ateliers of a new demo data directory, through the ateliers'
 * services: created by the demo admin (the regional team), agenda and presentation written in
 * their Y.Docs, demo accounts registered (one atelier full with a waiting list), and one past
 * atelier whose session took place, with its attendance, resources and replay. Does nothing
 * without the demo accounts.
 */
export async function seedAteliers(
  ateliers: AtelierServices,
  options: { readonly store: MetadataStore; readonly now: number },
): Promise<void> {
  const { store, now } = options
  const facilitator = await actorOf(store, FACILITATOR)
  if (facilitator === null) return
  for (const demo of DEMO_ATELIERS) {
    const date = parisDay(now, demo.inDays)
    const record = await ateliers.programme.create(facilitator, { ...demo.input, date })
    const past = demo.inDays < 0
    const { startsAt, endsAt } = atelierSchedule(date, demo.input.time, demo.input.durationMinutes)
    await ateliers.programme.writeContent(record, {
      ...demo.content,
      ...(past && startsAt !== undefined && endsAt !== undefined
        ? {
            session: {
              state: 'terminee',
              startedAt: startsAt.toISOString(),
              endedAt: endsAt.toISOString(),
            },
          }
        : {}),
    })
    for (const email of demo.registered) {
      const actor = await actorOf(store, email)
      if (actor === null) continue
      if (past) {
        // Registration is closed once an atelier is over: its past participants are recorded as
        // they were, registered and seen in the session.
        const at = new Date(now + (demo.inDays - 7) * DAY_MS).toISOString()
        await store.ateliers.changeRegistrations(record.id, (registrations) => ({
          registrations: [
            ...registrations,
            {
              atelierId: record.id,
              accountId: actor.account.id,
              status: 'inscrit',
              registeredAt: at,
            },
          ],
          result: null,
        }))
        await store.ateliers.recordAttendance(
          record.id,
          actor.account.id,
          startsAt?.toISOString() ?? at,
        )
      } else {
        // The demo's registrations are no news: nobody gets a confirmation for them.
        await ateliers.programme.register(actor, record, { confirm: false })
      }
    }
  }
}
