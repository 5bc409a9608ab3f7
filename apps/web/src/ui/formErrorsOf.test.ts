import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/ApiError.ts'
import { formErrorsOf } from './formErrorsOf.ts'

const FIELD_IDS = { title: 'titre', description: 'description' }

describe('formErrorsOf', () => {
  it('links each refused field to its control, in the order of the form, others last', () => {
    const apiError = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'Vérifiez le formulaire.',
      details: { extra: 'Autre problème.', description: 'Décrivez l’outil.', title: 'Titre ?' },
    })
    expect(formErrorsOf({ apiError, fieldIds: FIELD_IDS })).toEqual([
      { message: 'Titre ?', fieldId: 'titre' },
      { message: 'Décrivez l’outil.', fieldId: 'description' },
      { message: 'Autre problème.' },
    ])
  })

  it('puts the checks of the form itself first, over the API’s message for the same field', () => {
    expect(
      formErrorsOf({
        apiError: null,
        fieldIds: FIELD_IDS,
        checked: { title: 'Donnez un titre.' },
      }),
    ).toEqual([{ message: 'Donnez un titre.', fieldId: 'titre' }])
  })

  it('gives the API’s message when the refusal names no field', () => {
    const apiError = new ApiError(403, { code: 'AUTH_FORBIDDEN', message: 'Accès refusé.' })
    expect(formErrorsOf({ apiError, fieldIds: FIELD_IDS })).toEqual([{ message: 'Accès refusé.' }])
  })

  it('is empty when nothing failed', () => {
    expect(formErrorsOf({ apiError: null, fieldIds: FIELD_IDS })).toEqual([])
  })
})
