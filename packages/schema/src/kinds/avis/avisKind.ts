import type { ChoiceOption } from '../FieldDefinition.ts'
import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import { choiceField, dateField, lineField } from '../fields/defineFields.ts'
import { indexValues } from '../fields/indexValues.ts'

/** Name of the status field of an avis. */
export const AVIS_STATUS_FIELD = 'statut'

/**
 * The stored statuses of an avis, in its life order. The values of the first and last are those
 * avis had before the adoption workflow (`en-preparation`, `rendu`): kept as they are, with the
 * workflow's labels, so that no document needs migrating and an old « rendu » reads « Adopté ».
 */
export const AvisStatus = {
  Redaction: 'en-preparation',
  Soumis: 'soumis-a-l-adoption',
  Adopte: 'rendu',
} as const
export type AvisStatus = (typeof AvisStatus)[keyof typeof AvisStatus]

/** The statuses of an avis with their French labels; the server sets them as the workflow moves. */
export const AVIS_STATUS_OPTIONS: readonly ChoiceOption[] = [
  { value: AvisStatus.Redaction, label: 'En rédaction' },
  { value: AvisStatus.Soumis, label: 'Soumis à l’adoption' },
  { value: AvisStatus.Adopte, label: 'Adopté' },
]

/**
 * An opinion given by an instance (mostly the CoRE; a CLPE’s conférence des financeurs): its
 * saisine (who asks, on what, when, for when), drafted together in the instance's space, then
 * submitted to the members' approval and adopted (`AVIS_ADOPTION_META_KEY`).
 */
export const avisKind: KindDefinition = {
  kind: 'avis',
  label: 'Avis',
  description:
    'Un avis rendu par une instance (CoRE, comité des territoires, conférence des financeurs).',
  sections: [
    {
      title: 'Saisine',
      fields: [
        choiceField('instance', 'Instance', [
          { value: 'core', label: 'CoRE' },
          { value: 'comite-des-territoires', label: 'Comité des territoires' },
          { value: 'clpe', label: 'CLPE' },
          { value: 'conference-des-financeurs', label: 'Conférence des financeurs' },
        ]),
        lineField('saisinePar', 'Saisi par', {
          hint: 'Qui demande l’avis\u00a0: Préfet de région…',
        }),
        lineField('objet', 'Objet'),
        dateField('dateSaisine', 'Date de la saisine'),
        dateField('dateLimite', 'Date limite', 'Le jour où l’avis doit être rendu.'),
        choiceField(AVIS_STATUS_FIELD, 'Statut', AVIS_STATUS_OPTIONS),
      ],
    },
  ],
  statusField: AVIS_STATUS_FIELD,
  statuses: AVIS_STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'Saisine' },
    { type: 'paragraph', text: 'Qui demande l’avis, sur quoi, et pour quand.' },
    { type: 'heading', level: 2, text: 'Analyse' },
    { type: 'paragraph', text: 'Les éléments examinés et les points d’attention.' },
    { type: 'heading', level: 2, text: 'Avis' },
    { type: 'paragraph', text: 'L’avis rendu et ses éventuelles réserves ou recommandations.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, {
      statusField: AVIS_STATUS_FIELD,
      keyFields: ['instance', 'saisinePar', 'dateSaisine', 'dateLimite'],
    }),
  quality: null,
}
