import { describe, expect, it } from 'vitest'
import { DocumentKind, KINDS_WITH_OWN_WORKFLOW } from '../../DocumentKind.ts'
import { MATURITY_GRID } from '../../pilotage/maturity/MATURITY_GRID.ts'
import { ANY_DOCUMENT_KIND } from '../FieldDefinition.ts'
import { fieldsOf } from '../fields/fieldsOf.ts'
import { readFields } from '../fields/readFields.ts'
import { autoEvaluationKind } from './autoEvaluationKind.ts'
import { maturityAnswersOf } from './maturityAnswersOf.ts'
import { maturityFieldNames } from './maturityFieldNames.ts'

describe('autoEvaluationKind', () => {
  const fields = fieldsOf(autoEvaluationKind)

  it('is created by its campaign, never as a blank document', () => {
    expect(KINDS_WITH_OWN_WORKFLOW.has(DocumentKind.AutoEvaluation)).toBe(true)
    expect(autoEvaluationKind.quality).toBeNull()
    expect(autoEvaluationKind.statuses.map((status) => status.value)).toEqual([
      'en-cours',
      'soumise',
    ])
  })

  it('has one section per theme, with a level, a justification and preuves per question', () => {
    const themeSections = autoEvaluationKind.sections.filter((section) =>
      MATURITY_GRID.some((theme) => theme.label === section.title),
    )
    expect(themeSections).toHaveLength(4)
    for (const question of MATURITY_GRID.flatMap((theme) => theme.questions)) {
      const names = maturityFieldNames(question.id)
      const level = fields.find((field) => field.name === names.level)
      const options = level?.type === 'choice' ? level.options : []
      expect(options.map((option) => [option.value, option.label])).toEqual(
        question.levels.map((text, index) => [String(index + 1), text]),
      )
      expect(fields.find((field) => field.name === names.justification)).toMatchObject({
        type: 'text',
        label: 'Justification',
      })
      const evidence = fields.find((field) => field.name === names.evidence)
      expect(evidence?.type === 'list' && evidence.fields).toEqual([
        expect.objectContaining({
          name: 'document',
          type: 'document-link',
          kind: ANY_DOCUMENT_KIND,
        }),
        expect.objectContaining({ name: 'precision', label: 'Précision' }),
      ])
    }
    expect(fields).toHaveLength(1 + 3 * 20)
  })

  it('reads back the levels chosen, and only those', () => {
    const pilotage = maturityFieldNames('logique-de-pilotage')
    const diagnostic = maturityFieldNames('diagnostic-partage')
    const { values } = readFields(autoEvaluationKind, {
      [pilotage.level]: '2',
      [diagnostic.level]: '4',
      [maturityFieldNames('copresidence').level]: '',
      [maturityFieldNames('feuille-de-route').level]: '7',
      statut: 'en-cours',
    })
    expect(maturityAnswersOf(values)).toEqual({ 'logique-de-pilotage': 2, 'diagnostic-partage': 4 })
    expect(maturityAnswersOf({})).toEqual({})
  })

  it('indexes its status', () => {
    const { values } = readFields(autoEvaluationKind, { statut: 'soumise' })
    expect(autoEvaluationKind.index(values)).toEqual({ status: 'soumise', keyFields: {} })
  })
})
