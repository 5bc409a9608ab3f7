import type { ClpeSeed } from '../PilotageSeed.ts'
import { FT } from './suivis.ts'

const OLIVIER = 'olivier.delattre@demo.maillage.fr'

/** CLPE Béthune: a few fiches action, written briefly. */
export const BETHUNE_SEED: ClpeSeed = {
  code: 'CLPE62002',
  fiches: [
    {
      title: 'Transport à la demande vers les zones d’activités du Béthunois',
      by: OLIVIER,
      statut: 'en-cours',
      debut: -160,
      fin: 200,
      publics: ['de', 'jeunes'],
      thematiques: ['mobilite'],
      typologie: 'levee-de-freins',
      problematique:
        'Les zones d’activités de Ruitz et de Lillers recrutent en horaires décalés, hors de toute desserte de bus ; un candidat sur cinq y renonce faute de transport selon les employeurs.',
      description:
        'Un transport à la demande réservable la veille relie les communes rurales aux zones d’activités aux heures de prise de poste, gratuit le premier mois d’emploi.',
      acteurs: [
        ['Communauté d’agglomération Béthune-Bruay', 'pilote'],
        ['France Travail Béthune', 'information des candidats'],
        ['Entreprises des zones d’activités', 'cofinancement'],
      ],
      etapes: [
        ['Mise en service', -130, 'realisee'],
        ['Extension à Lillers', 60, 'en-cours'],
        ['Bilan', 200, 'a-venir'],
      ],
      indicateurs: [
        {
          niveau: 'realisation',
          libelle: 'Personnes transportées vers un emploi',
          unite: 'personnes',
          source: 'Suivi du transporteur',
          reference: 0,
          cible: 120,
          cibleDans: 200,
          mesures: [
            [-100, 21],
            [-45, 54],
            [-6, 71],
          ],
        },
      ],
      beneficiaires: 71,
    },
    {
      title: 'Recruter des conducteurs de car scolaire',
      by: OLIVIER,
      statut: 'terminee',
      debut: -240,
      fin: -70,
      publics: ['de', 'femmes'],
      thematiques: ['recrutement', 'formation'],
      typologie: 'acces-emploi',
      problematique:
        'Les transporteurs du Béthunois manquent de 45 conducteurs de car pour la rentrée ; les temps partiels du matin et du soir attirent peu.',
      description:
        'Une formation au titre de conducteur de transport en commun, financée par la Région, avec un emploi garanti à la sortie et des horaires compatibles avec la garde des enfants.',
      acteurs: [
        ['France Travail Béthune', 'pilote'],
        ['Transporteurs du Béthunois', 'embauches'],
        ['AFTRAL', 'formation'],
        ['Région Hauts-de-France', 'financement'],
      ],
      etapes: [
        ['Recrutement des stagiaires', -220, 'realisee'],
        ['Formation', -100, 'realisee'],
        ['Embauches', -70, 'realisee'],
      ],
      indicateurs: [
        {
          niveau: 'resultat',
          libelle: 'Conducteurs embauchés',
          unite: 'personnes',
          source: FT,
          reference: 0,
          cible: 30,
          cibleDans: -70,
          kpi: 'taux-pourvoi-offres',
          mesures: [
            [-100, 12],
            [-72, 33],
          ],
        },
      ],
      beneficiaires: 38,
      bilan: {
        resultatsChiffres: '38 stagiaires, 33 conducteurs embauchés pour 30 visés, dont 21 femmes.',
        enseignements:
          'Les horaires compatibles avec la garde des enfants ont attiré un public nouveau.',
        efficacite: 9,
        reconduction: 'oui',
      },
    },
    {
      title: 'Atelier numérique pour les démarches en ligne',
      by: OLIVIER,
      statut: 'en-attente-de-validation',
      debut: 30,
      fin: 210,
      publics: ['seniors', 'brsa'],
      thematiques: ['numerique'],
      typologie: 'information',
      problematique: 'Beaucoup de demandeurs d’emploi âgés ne savent pas candidater en ligne.',
      description: 'Des ateliers hebdomadaires dans les médiathèques avec un conseiller numérique.',
      acteurs: [
        ['Conseillers numériques France Services', 'animation'],
        ['Médiathèques', 'salles'],
      ],
      etapes: [['Premiers ateliers', 45, 'a-venir']],
      indicateurs: [],
    },
  ],
}
