import { MATURITY_GRID } from '../../pilotage/maturity/MATURITY_GRID.ts'
import {
  MATURITY_LEVEL_LABELS,
  MATURITY_LEVELS,
  type MaturityQuestion,
} from '../../pilotage/maturity/MaturityGrid.ts'
import { ANY_DOCUMENT_KIND, type ChoiceOption, type FieldDefinition } from '../FieldDefinition.ts'
import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import {
  choiceField,
  documentLinkField,
  lineField,
  listField,
  proseField,
} from '../fields/defineFields.ts'
import { indexValues } from '../fields/indexValues.ts'
import { maturityFieldNames } from './maturityFieldNames.ts'

/** Name of the status field of an auto-évaluation. */
export const AUTO_EVALUATION_STATUS_FIELD = 'statut'

/** The statuses of an auto-évaluation: filled in together, then submitted. */
export const AUTO_EVALUATION_STATUS_OPTIONS: readonly ChoiceOption[] = [
  { value: 'en-cours', label: 'En cours' },
  { value: 'soumise', label: 'Soumise' },
]

/** The options of a question: `'1'`…`'4'`, labelled with what each level means for it. */
function levelOptions(question: MaturityQuestion): readonly ChoiceOption[] {
  return MATURITY_LEVELS.map((level) => ({
    value: String(level),
    label: question.levels[level - 1] ?? MATURITY_LEVEL_LABELS[level],
    description: `Niveau ${level} : ${MATURITY_LEVEL_LABELS[level].toLowerCase()}`,
  }))
}

/** The level, justification and preuves of one question. */
function questionFields(question: MaturityQuestion): readonly FieldDefinition[] {
  const names = maturityFieldNames(question.id)
  return [
    choiceField(names.level, question.label, levelOptions(question), question.help),
    proseField(
      names.justification,
      'Justification',
      'Les faits et les documents qui montrent ce niveau.',
    ),
    listField(names.evidence, 'Preuves', {
      itemLabel: 'Preuve',
      addLabel: 'une preuve',
      fields: [
        documentLinkField('document', 'Document', ANY_DOCUMENT_KIND),
        lineField('precision', 'Précision', {
          hint: 'Ex. : « compte rendu du CLPE de mars, point 3 »',
        }),
      ],
    }),
  ]
}

/**
 * The maturity self-assessment of a CLPE (démarche de progression et d’impact): one section per
 * theme of `MATURITY_GRID`, a level, a justification and preuves per question. Created by its
 * campaign (never as a blank document); the members fill it together, then submit it.
 */
export const autoEvaluationKind: KindDefinition = {
  kind: 'auto-evaluation',
  label: 'Auto-évaluation (démarche de progression)',
  description:
    'Le CLPE se situe sur chaque question de la grille nationale de la démarche de progression et d’impact, preuves à l’appui.',
  sections: [
    {
      title: 'Statut',
      fields: [choiceField(AUTO_EVALUATION_STATUS_FIELD, 'Statut', AUTO_EVALUATION_STATUS_OPTIONS)],
    },
    ...MATURITY_GRID.map((theme) => ({
      title: theme.label,
      fields: theme.questions.flatMap(questionFields),
    })),
  ],
  statusField: AUTO_EVALUATION_STATUS_FIELD,
  statuses: AUTO_EVALUATION_STATUS_OPTIONS,
  template: [
    {
      type: 'paragraph',
      text: 'Les membres du CLPE choisissent ensemble, pour chaque question, le niveau qui décrit le mieux leur situation d’aujourd’hui, de « émergent » à « à impact démontré ». Chaque niveau se justifie par des faits et des documents. Le profil obtenu ne sert pas à classer les territoires : il montre au CLPE où il en est et ce qui reste à construire, d’une campagne à la suivante.',
    },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: AUTO_EVALUATION_STATUS_FIELD, keyFields: [] }),
  quality: null,
}
