import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, lineField, multiChoiceField, proseField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'
import {
  OUTIL_ECHELLE_OPTIONS,
  OUTIL_PUBLIC_OPTIONS,
  OUTIL_RESUME_MAX_LENGTH,
  OUTIL_STATUS_OPTIONS,
  OUTIL_THEMATIQUE_OPTIONS,
  OUTIL_TYPE_OPTIONS,
} from './outilOptions.ts'

export { OUTIL_STATUS_OPTIONS } from './outilOptions.ts'

/**
 * The fields of a fiche outil the index keeps, so that the catalogue of the boîte à outils is built
 * from the index alone, without opening any document.
 */
export const OUTIL_KEY_FIELDS = [
  'porteur',
  'type',
  'thematiques',
  'publics',
  'echelle',
  'lien',
  'resume',
] as const

/** A fiche outil of the shared toolbox. */
export const outilKind: KindDefinition = {
  kind: 'outil',
  label: 'Fiche outil',
  description:
    'Un outil de la boîte à outils partagée : à quoi il sert, pour qui, comment y accéder.',
  sections: [
    {
      title: 'Outil',
      fields: [
        lineField('resume', 'En une ligne', {
          hint: 'Ce que l’outil permet de faire, en une phrase.',
          maxLength: OUTIL_RESUME_MAX_LENGTH,
        }),
        lineField('porteur', 'Porteur', {
          hint: 'Organisation qui le porte (France Travail, INSEE…)',
        }),
        choiceField('type', 'Type', OUTIL_TYPE_OPTIONS),
        multiChoiceField('thematiques', 'Thématiques', OUTIL_THEMATIQUE_OPTIONS),
        multiChoiceField('publics', 'Public visé', OUTIL_PUBLIC_OPTIONS),
        choiceField('echelle', 'Échelle', OUTIL_ECHELLE_OPTIONS),
        lineField('lien', 'Lien', { hint: 'Adresse web (https://…)', maxLength: 2000 }),
        proseField('conditionsAcces', 'Conditions d’accès'),
        proseField(
          'sourcesDonnees',
          'Sources de données',
          'D’où viennent les données, leur fréquence de mise à jour, leur échelle.',
        ),
        choiceField('statut', 'Statut', OUTIL_STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: OUTIL_STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'À quoi sert l’outil' },
    {
      type: 'paragraph',
      text: 'Les questions auxquelles il répond et pour qui (utilisateurs visés).',
    },
    { type: 'heading', level: 2, text: 'Ce qu’en disent les CLPE' },
    {
      type: 'paragraph',
      text: 'Usage, utilité, facilité de prise en main, effet sur les décisions.',
    },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: OUTIL_KEY_FIELDS }),
  quality: null,
}
