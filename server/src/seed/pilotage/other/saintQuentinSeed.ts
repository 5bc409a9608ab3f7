import type { ClpeSeed } from '../PilotageSeed.ts'
import { FT, ML } from './suivis.ts'

/** CLPE Saint-Quentin: a few fiches action, written briefly. */
export const SAINT_QUENTIN_SEED: ClpeSeed = {
  code: 'CLPE02003',
  fiches: [
    {
      title: 'Mobilité rurale : location de scooters pour les jeunes',
      statut: 'en-cours',
      debut: -210,
      fin: 150,
      publics: ['jeunes'],
      thematiques: ['mobilite'],
      typologie: 'levee-de-freins',
      problematique:
        'Autour de Saint-Quentin, 70 % des communes n’ont aucun transport en commun ; les jeunes sans permis ne peuvent pas accepter un emploi ou une alternance hors de la ville.',
      description:
        'La mission locale loue des scooters à deux euros par jour pendant six mois aux jeunes qui entrent en emploi ou en alternance, avec une formation au code de la route.',
      acteurs: [
        ['Mission locale du Saint-Quentinois', 'pilote'],
        ['Agglomération du Saint-Quentinois', 'cofinancement'],
        ['Département de l’Aisne', 'cofinancement'],
      ],
      etapes: [
        ['Achat de 20 scooters', -190, 'realisee'],
        ['Locations', 150, 'en-cours'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Jeunes en emploi à la fin de la location',
          unite: 'jeunes',
          source: ML,
          reference: 0,
          cible: 30,
          cibleDans: 150,
          kpi: 'acces-emploi-6-mois',
          mesures: [
            [-120, 6],
            [-60, 14],
          ],
        },
      ],
      beneficiaires: 27,
      staleSinceDays: 47,
    },
    {
      title: 'Découverte des métiers de l’agroalimentaire',
      statut: 'en-attente-de-validation',
      debut: 20,
      fin: 200,
      publics: ['de'],
      thematiques: ['recrutement', 'attractivite'],
      typologie: 'information',
      problematique: 'Les sucreries et conserveries peinent à recruter pour les campagnes.',
      description: 'Des visites d’usines et des immersions avant la campagne betteravière.',
      acteurs: [
        ['France Travail Saint-Quentin', 'pilote'],
        ['Industriels de l’agroalimentaire', 'visites'],
      ],
      etapes: [['Visites', 60, 'a-venir']],
      indicateurs: [],
    },
    {
      title: 'Permanences emploi dans les France Services',
      statut: 'en-cours',
      debut: -330,
      fin: 30,
      publics: ['de', 'seniors'],
      thematiques: ['accompagnement', 'numerique'],
      typologie: 'information',
      problematique: 'Les habitants des communes rurales sont loin des agences.',
      description: 'Un conseiller tient une permanence mensuelle dans cinq France Services.',
      acteurs: [
        ['France Travail Saint-Quentin', 'pilote'],
        ['France Services du Vermandois', 'accueil'],
      ],
      etapes: [['Permanences mensuelles', 30, 'en-cours']],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Personnes reçues',
          unite: 'personnes',
          source: FT,
          cible: 250,
          cibleDans: 30,
          mesures: [
            [-240, 40],
            [-150, 110],
            [-45, 190],
          ],
        },
      ],
      beneficiaires: 190,
      staleSinceDays: 39,
    },
  ],
}
