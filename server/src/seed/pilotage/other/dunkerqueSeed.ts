import type { ClpeSeed } from '../PilotageSeed.ts'
import { FT } from './suivis.ts'

/** CLPE Dunkerque: a few fiches action, written briefly. */
export const DUNKERQUE_SEED: ClpeSeed = {
  code: 'CLPE59003',
  fiches: [
    {
      title: 'Recruter pour l’industrie décarbonée du port de Dunkerque',
      statut: 'en-cours',
      debut: -180,
      fin: 365,
      publics: ['de', 'jeunes'],
      thematiques: ['transitions', 'recrutement', 'formation'],
      typologie: 'acces-emploi',
      problematique:
        'Les projets industriels de décarbonation du port de Dunkerque annoncent 16 000 emplois d’ici 2030 ; le bassin compte 11 000 demandeurs d’emploi de catégorie A, mais les métiers visés (électriciens, maintenanciers, soudeurs) manquent de candidats formés.',
      description:
        'Une plateforme commune de recrutement recense les besoins des industriels, oriente les candidats vers des formations courtes financées par la Région et organise des sessions de recrutement par métier.',
      acteurs: [
        ['France Travail Dunkerque', 'pilote'],
        ['Communauté urbaine de Dunkerque', 'plateforme'],
        ['Industriels du port', 'besoins et embauches'],
        ['Région Hauts-de-France', 'formations'],
        ['Entreprendre ensemble (maison de l’emploi)', 'coordination'],
      ],
      etapes: [
        ['Recensement des besoins', -150, 'realisee'],
        ['Sessions de recrutement', 200, 'en-cours'],
        ['Bilan annuel', 365, 'a-venir'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Recrutements dans les entreprises du port',
          unite: 'personnes',
          source: FT,
          reference: 0,
          cible: 400,
          cibleDans: 365,
          kpi: 'recours-employeurs-reseau',
          mesures: [
            [-120, 38],
            [-60, 102],
            [-7, 161],
          ],
        },
      ],
      beneficiaires: 420,
    },
    {
      title: 'Garde d’enfants pour les parents en formation',
      statut: 'en-cours',
      debut: -90,
      fin: 270,
      publics: ['femmes'],
      thematiques: ['garde-enfants', 'formation'],
      typologie: 'levee-de-freins',
      problematique: 'Les parents seuls abandonnent souvent leur formation faute de garde.',
      description: 'Des places de crèche réservées pendant la durée de la formation.',
      acteurs: [
        ['CAF du Nord', 'financement'],
        ['Ville de Dunkerque', 'crèches'],
      ],
      etapes: [['Réservation des places', -60, 'realisee']],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Places réservées',
          unite: 'places',
          source: 'Suivi de la CAF',
          cible: 15,
          cibleDans: 180,
          mesures: [[-30, 9]],
        },
      ],
      beneficiaires: 9,
    },
    {
      title: 'Semaine de l’industrie à Gravelines',
      statut: 'terminee',
      debut: -250,
      fin: -240,
      publics: ['jeunes'],
      thematiques: ['attractivite', 'orientation'],
      typologie: 'information',
      problematique: 'Les lycéens connaissent mal les métiers de la centrale et de la sidérurgie.',
      description: 'Des visites d’entreprises et des témoignages d’apprentis pendant une semaine.',
      acteurs: [
        ['Rectorat', 'lycées'],
        ['UIMM Côte d’Opale', 'entreprises'],
      ],
      etapes: [['Semaine de l’industrie', -245, 'realisee']],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Lycéens participants',
          unite: 'élèves',
          source: 'Suivi du rectorat',
          cible: 300,
          cibleDans: -240,
          frequence: 'ponctuelle',
          mesures: [[-240, 280]],
        },
      ],
      beneficiaires: 280,
      bilan: {
        resultatsChiffres: '280 lycéens de 9 établissements.',
        enseignements: 'Les témoignages d’apprentis sont le temps le plus apprécié.',
        efficacite: 6,
        reconduction: 'oui',
      },
    },
  ],
}
