import type { ClpeSeed } from './PilotageSeed.ts'
import { NADIA, P1, P2, P3, P4 } from './lille/lilleConstants.ts'
import { GARDE_HORAIRES_DECALES, LOGEMENT_ALTERNANTS, PRET_DE_VELOS } from './lille/freinsFiches.ts'
import {
  FORUM_TOURCOING,
  MARAUDES_NUMERIQUES,
  PARRAINAGE_SENIORS,
  PASSERELLE_IAE,
  RENOVATION_ENERGETIQUE,
  SPORT_LILLE_SUD,
} from './lille/parcoursFiches.ts'
import {
  JOB_DATINGS_ROUBAIX,
  METIERS_DU_SOIN,
  RECRUTEMENT_SANS_CV,
} from './lille/recrutementFiches.ts'

/** CLPE Lille Métropole: its feuille de route of the year and a dozen fiches action. */
export const LILLE_SEED: ClpeSeed = {
  code: 'CLPE59004',
  feuilleDeRoute: {
    by: NADIA,
    priorites: [
      [
        P1,
        'Pourvoir 300 offres difficiles de la logistique, du soin et de l’hôtellerie-restauration d’ici décembre, avec les candidats du territoire.',
      ],
      [
        P2,
        'Proposer une solution de mobilité ou de garde à 250 personnes dont c’est le premier frein, et mesurer leur accès à l’emploi à 6 mois.',
      ],
      [
        P3,
        'Repérer 400 jeunes sans solution dans les QPV de Lille-Sud, Roubaix et Tourcoing ; en faire entrer 150 en CEJ ou en formation.',
      ],
      [
        P4,
        'Former 60 demandeurs d’emploi aux métiers de la rénovation énergétique et accompagner 40 seniors vers un emploi durable.',
      ],
    ],
    bilanAnneePrecedente:
      'Les job datings ont donné de bons résultats (près d’un candidat sur deux recruté) ; les actions d’information seules ont peu mobilisé. Le CLPE arrête les forums généralistes et concentre ses moyens sur les freins de mobilité et de garde d’enfants, cités par un demandeur d’emploi sur trois.',
  },
  fiches: [
    JOB_DATINGS_ROUBAIX,
    METIERS_DU_SOIN,
    GARDE_HORAIRES_DECALES,
    PRET_DE_VELOS,
    SPORT_LILLE_SUD,
    FORUM_TOURCOING,
    MARAUDES_NUMERIQUES,
    RENOVATION_ENERGETIQUE,
    PARRAINAGE_SENIORS,
    RECRUTEMENT_SANS_CV,
    LOGEMENT_ALTERNANTS,
    PASSERELLE_IAE,
  ],
}
