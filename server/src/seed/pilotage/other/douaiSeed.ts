import type { ClpeSeed } from '../PilotageSeed.ts'
import { FT, ML } from './suivis.ts'

const AURELIE = 'aurelie.caron@demo.maillage.fr'

/** CLPE Douai: a few fiches action, written briefly. */
export const DOUAI_SEED: ClpeSeed = {
  code: 'CLPE59002',
  fiches: [
    {
      title: 'Garantie jeunes mobilité : aide au permis pour les jeunes en CEJ',
      by: AURELIE,
      statut: 'en-cours',
      debut: -200,
      fin: 160,
      publics: ['jeunes', 'neet'],
      thematiques: ['mobilite', 'accompagnement'],
      typologie: 'levee-de-freins',
      problematique:
        'Dans le Douaisis, 62 % des jeunes en contrat d’engagement jeune n’ont pas le permis, alors que la moitié des offres qui leur sont accessibles l’exigent.',
      description:
        'La mission locale finance le code et vingt heures de conduite pour les jeunes en CEJ qui ont une promesse d’embauche ou d’alternance, avec une auto-école partenaire.',
      acteurs: [
        ['Mission locale du Douaisis', 'pilote'],
        ['Douaisis Agglo', 'cofinancement'],
        ['Auto-écoles partenaires', 'formation'],
        ['France Travail Douai', 'offres'],
      ],
      etapes: [
        ['Conventions avec les auto-écoles', -180, 'realisee'],
        ['Premiers permis', -90, 'realisee'],
        ['Bilan', 160, 'a-venir'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Jeunes ayant obtenu le permis',
          unite: 'jeunes',
          source: ML,
          reference: 0,
          cible: 50,
          cibleDans: 160,
          mesures: [
            [-90, 11],
            [-40, 24],
            [-4, 33],
          ],
        },
        {
          niveau: 'impact',
          libelle: 'En emploi durable 6 mois après le permis',
          unite: '%',
          source: ML,
          cible: 55,
          cibleDans: 300,
          kpi: 'presence-emploi-6-mois',
          frequence: 'semestrielle',
          mesures: [[-10, 48]],
        },
      ],
      beneficiaires: 33,
    },
    {
      title: 'Job dating des métiers du ferroviaire',
      by: AURELIE,
      statut: 'terminee',
      debut: -150,
      fin: -30,
      publics: ['de', 'jeunes'],
      thematiques: ['recrutement', 'attractivite'],
      typologie: 'acces-emploi',
      problematique:
        'L’industrie ferroviaire du Douaisis prévoit 200 recrutements de soudeurs, câbleurs et monteurs ; les candidats formés manquent.',
      description:
        'Un job dating sur le site d’un constructeur, précédé d’une visite d’atelier et suivi de formations préalables à l’embauche.',
      acteurs: [
        ['France Travail Douai', 'pilote'],
        ['Constructeur ferroviaire', 'accueil et embauches'],
        ['Mission locale du Douaisis', 'préparation des jeunes'],
      ],
      etapes: [
        ['Visite d’atelier', -120, 'realisee'],
        ['Job dating', -80, 'realisee'],
        ['Formations préalables', -30, 'realisee'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Recrutements ou entrées en formation préalable',
          unite: 'personnes',
          source: FT,
          reference: 0,
          cible: 40,
          cibleDans: -30,
          mesures: [
            [-75, 18],
            [-32, 29],
          ],
        },
      ],
      beneficiaires: 85,
      bilan: {
        resultatsChiffres: '85 candidats, 29 recrutements ou formations pour 40 visés.',
        enseignements: 'Les postes de soudeur exigent une formation plus longue que prévu.',
        efficacite: 6,
        reconduction: 'peut-etre',
      },
    },
    {
      title: 'Accueil des nouveaux habitants en recherche d’emploi',
      by: AURELIE,
      statut: 'en-cours',
      debut: -60,
      fin: 300,
      publics: ['de'],
      thematiques: ['orientation', 'logement'],
      typologie: 'information',
      problematique:
        'Les nouveaux arrivants ne connaissent pas les acteurs de l’emploi du Douaisis.',
      description:
        'Une matinée d’accueil trimestrielle présente l’offre de services du territoire.',
      acteurs: [
        ['Douaisis Agglo', 'pilote'],
        ['France Travail Douai', 'présentation'],
      ],
      etapes: [['Première matinée', -30, 'realisee']],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Participants aux matinées',
          unite: 'personnes',
          source: 'Suivi de l’agglomération',
          cible: 80,
          cibleDans: 300,
          mesures: [[-30, 17]],
        },
      ],
      beneficiaires: 17,
      staleSinceDays: 34,
    },
  ],
}
