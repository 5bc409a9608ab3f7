import type { ClpeSeed } from './PilotageSeed.ts'
import { JULIEN, P1, P2, P3, P4 } from './lens/lensConstants.ts'
import {
  COVOITURAGE_ARTOIS_FLANDRES,
  GARAGE_SOLIDAIRE,
  NAVETTE_DELTA_3,
  PERMIS_ACCOMPAGNE,
} from './lens/mobiliteFiches.ts'
import {
  DECOUVERTE_INDUSTRIE,
  IMMERSIONS_LONGUE_DUREE,
  MISSION_LOCALE_HORS_LES_MURS,
  PARCOURS_QUINZE_HEURES,
  SALON_ALTERNANCE,
} from './lens/parcoursFiches.ts'
import {
  JOB_DATINGS_DELTA_3,
  OPERATEURS_BATTERIES,
  RENOVATION_LOGEMENTS_MINIERS,
} from './lens/recrutementFiches.ts'

/** CLPE Lens: its feuille de route of the year and a dozen fiches action. */
export const LENS_SEED: ClpeSeed = {
  code: 'CLPE62005',
  feuilleDeRoute: {
    by: JULIEN,
    priorites: [
      [
        P1,
        'Qualifier 120 habitants du territoire aux métiers de la production de batteries et de la logistique d’ici la fin de l’année.',
      ],
      [
        P2,
        'Apporter une solution de transport à 200 personnes qui ne peuvent pas rejoindre les zones d’activités, et suivre leur emploi à 6 mois.',
      ],
      [
        P3,
        'Faire entrer 150 allocataires du RSA dans un parcours d’activité et 80 en emploi ou en formation.',
      ],
      [
        P4,
        'Faire découvrir l’industrie et la logistique à 600 collégiens et lycéens, et pourvoir 100 contrats d’alternance.',
      ],
    ],
    bilanAnneePrecedente:
      'Les actions de mobilité ont touché moins de monde que prévu faute de communication auprès des prescripteurs ; les job datings de Delta 3 ont dépassé leurs objectifs. Le garage solidaire n’a pas trouvé de modèle économique : il est arrêté.',
  },
  fiches: [
    OPERATEURS_BATTERIES,
    PERMIS_ACCOMPAGNE,
    NAVETTE_DELTA_3,
    JOB_DATINGS_DELTA_3,
    PARCOURS_QUINZE_HEURES,
    DECOUVERTE_INDUSTRIE,
    GARAGE_SOLIDAIRE,
    COVOITURAGE_ARTOIS_FLANDRES,
    IMMERSIONS_LONGUE_DUREE,
    RENOVATION_LOGEMENTS_MINIERS,
    MISSION_LOCALE_HORS_LES_MURS,
    SALON_ALTERNANCE,
  ],
}
