import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, lineField, multiChoiceField, proseField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** The statuses of a tool: a new one exists only once the comité de pilotage has validated it. */
export const OUTIL_STATUS_OPTIONS = [
  { value: 'existant', label: 'Existant' },
  { value: 'a-adapter', label: 'À adapter' },
  { value: 'nouveau', label: 'Nouveau (validé par le comité de pilotage)' },
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
        lineField('porteur', 'Porteur', {
          hint: 'Organisation qui le porte (France Travail, INSEE…)',
        }),
        choiceField('type', 'Type', [
          { value: 'diagnostic', label: 'Diagnostic' },
          { value: 'suivi-pilotage', label: 'Suivi et pilotage' },
          { value: 'dispositif', label: 'Dispositif de droit commun' },
          { value: 'methode', label: 'Méthode' },
        ]),
        multiChoiceField('thematiques', 'Thématiques', [
          { value: 'emploi', label: 'Emploi' },
          { value: 'formation', label: 'Formation' },
          { value: 'orientation', label: 'Orientation' },
          { value: 'mobilite', label: 'Mobilité' },
          { value: 'logement', label: 'Logement' },
          { value: 'transitions', label: 'Transitions' },
        ]),
        choiceField('echelle', 'Échelle', [
          { value: 'national', label: 'Nationale' },
          { value: 'regional', label: 'Régionale' },
          { value: 'local', label: 'Locale' },
        ]),
        lineField('lien', 'Lien', { hint: 'Adresse web (https://…)', maxLength: 2000 }),
        proseField('conditionsAcces', 'Conditions d’accès'),
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
    { type: 'heading', level: 2, text: 'Sources de données' },
    {
      type: 'paragraph',
      text: 'D’où viennent les données, leur fréquence de mise à jour, leur échelle.',
    },
    { type: 'heading', level: 2, text: 'Ce qu’en disent les CLPE' },
    {
      type: 'paragraph',
      text: 'Usage, utilité, facilité de prise en main, effet sur les décisions.',
    },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['type', 'echelle', 'thematiques'] }),
  quality: null,
}
