import type { KindDefinition } from './KindDefinition.ts'

/** A free page: no fields, an empty body. */
export const pageKind: KindDefinition = {
  kind: 'page',
  label: 'Page',
  description: 'Une page libre, sans champs imposés.',
  sections: [],
  statusField: null,
  statuses: [],
  template: [],
  index: () => ({ status: null, keyFields: {} }),
  quality: null,
}
