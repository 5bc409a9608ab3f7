import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import { indexValues } from '../fields/indexValues.ts'
import { DIAGNOSTIC_SECTIONS } from './diagnosticSections.ts'
import { DIAGNOSTIC_TEMPLATE } from './diagnosticTemplate.ts'

/** The diagnostic territorial partagé: the shared picture of the territory that grounds priorities. */
export const diagnosticKind: KindDefinition = {
  kind: 'diagnostic',
  label: 'Diagnostic territorial partagé',
  description:
    'Le portrait partagé du territoire — chiffres sourcés, AFOM et priorités — qui fonde la feuille de route.',
  sections: DIAGNOSTIC_SECTIONS,
  statusField: null,
  statuses: [],
  template: DIAGNOSTIC_TEMPLATE,
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: ['periode'] }),
  quality: null,
}
