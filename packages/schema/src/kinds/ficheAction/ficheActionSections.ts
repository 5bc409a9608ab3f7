import type { FieldSection } from '../FieldDefinition.ts'
import {
  choiceField,
  dateField,
  lineField,
  listField,
  multiChoiceField,
  numberField,
  proseField,
} from '../fields/defineFields.ts'
import { IndicatorLevel } from '../indicators/IndicatorLevel.ts'
import { indicatorListField } from '../indicators/indicatorListField.ts'
import { FICHE_ACTION_STATUS_FIELD, FICHE_ACTION_STATUS_OPTIONS } from './FicheActionStatus.ts'
import {
  CADRE_OPTIONS,
  ETAPE_STATUT_OPTIONS,
  PUBLIC_OPTIONS,
  RECONDUCTION_OPTIONS,
  THEMATIQUE_OPTIONS,
  TYPOLOGIE_IMPACT_OPTIONS,
} from './ficheActionOptions.ts'
import { theorieDuChangementSection } from './theorieDuChangementSection.ts'

/** Title of the fiche action's bilan section, shown once the action is terminée or abandonnée. */
export const FICHE_ACTION_BILAN_SECTION = 'Bilan'

/**
 * The fields of a fiche action, in the order of the national field model (the titre is the
 * document’s title, not a field), then the impact typology, the status, the bilan and the théorie
 * du changement.
 */
export const FICHE_ACTION_SECTIONS: readonly FieldSection[] = [
  {
    title: 'Cadre et problématique',
    fields: [
      choiceField('cadre', 'Cadre', CADRE_OPTIONS),
      lineField('cadrePrecision', 'Précision sur le cadre', {
        hint: 'Priorité de la feuille de route, ou nom du plan (PLIE, contrat de ville…).',
      }),
      proseField(
        'problematique',
        'Problématique',
        'Le besoin local, chiffré et sourcé, distinct de la solution (au moins 40 mots).',
      ),
    ],
  },
  {
    title: 'L’action',
    fields: [
      proseField(
        'description',
        'Description',
        'Contenu, méthodes et lieux de l’action, en termes concrets (au moins 60 mots).',
      ),
      multiChoiceField('publicsCibles', 'Publics cibles', PUBLIC_OPTIONS, 'Deux publics au plus.'),
      multiChoiceField('thematiques', 'Thématiques', THEMATIQUE_OPTIONS, 'Quatre au plus.'),
      proseField(
        'solutionsMobilisees',
        'Solutions mobilisées',
        'Dispositifs, outils et services existants mobilisés par l’action.',
      ),
    ],
  },
  {
    title: 'Acteurs et moyens',
    fields: [
      listField('acteurs', 'Acteurs et rôles', {
        itemLabel: 'Acteur',
        addLabel: 'un acteur',
        hint: 'Au moins six acteurs, avec le rôle de chacun.',
        fields: [
          lineField('nom', 'Nom', { hint: 'Ex. : Mission locale du Littoral' }),
          lineField('role', 'Rôle', { hint: 'Ex. : co-pilote, mobilisation des jeunes' }),
        ],
      }),
      proseField('ressources', 'Ressources et moyens humains et financiers'),
    ],
  },
  {
    title: 'Calendrier',
    fields: [
      dateField('dateDebut', 'Date de début'),
      dateField('dateFin', 'Date de fin'),
      listField('etapes', 'Étapes', {
        itemLabel: 'Étape',
        addLabel: 'une étape',
        hint: 'Au moins trois étapes datées, sauf pour une action de 60 jours ou moins.',
        fields: [
          lineField('libelle', 'Libellé'),
          dateField('echeance', 'Échéance'),
          choiceField('statut', 'Avancement', ETAPE_STATUT_OPTIONS),
        ],
      }),
    ],
  },
  {
    title: 'Indicateurs',
    fields: [
      indicatorListField('indicateurs', 'Indicateurs de suivi et de résultat', [
        IndicatorLevel.Realisation,
        IndicatorLevel.Resultat,
        IndicatorLevel.Impact,
      ]),
      numberField('nombreBeneficiaires', 'Nombre de bénéficiaires', {
        integer: true,
        min: 0,
        unit: 'personnes',
      }),
    ],
  },
  {
    title: 'Suivi',
    fields: [
      proseField('pointsDeVigilance', 'Points de vigilance'),
      choiceField('typologieImpact', 'Typologie d’impact', TYPOLOGIE_IMPACT_OPTIONS),
      choiceField(FICHE_ACTION_STATUS_FIELD, 'Statut', FICHE_ACTION_STATUS_OPTIONS),
    ],
  },
  {
    title: FICHE_ACTION_BILAN_SECTION,
    fields: [
      proseField('resultatsChiffres', 'Résultats chiffrés', 'Ce qui a été atteint, en chiffres.'),
      proseField('enseignements', 'Enseignements', 'Ce qui a marché, ce qui n’a pas marché.'),
      numberField('efficacite', 'Efficacité auto-évaluée', {
        integer: true,
        min: 0,
        max: 10,
        hint: 'De 0 (aucun effet) à 10 (objectifs dépassés).',
      }),
      choiceField('reconduction', 'Reconduction', RECONDUCTION_OPTIONS),
      proseField(
        'transposabilite',
        'Transposabilité',
        'À quelles conditions un autre territoire peut la reprendre.',
      ),
      proseField('valorisation', 'Valorisation', 'Comment l’action a été ou sera fait connaître.'),
    ],
  },
  theorieDuChangementSection,
]
