// The structured fields of a document kind, bound to the document's `fields` Y.Map: one input per
// field type, the panel that lays them out, and the quality panel of a fiche action; an
// indicator's chart and its « Saisir une nouvelle mesure » form, also shown by the pilotage.
export { FieldInput } from './FieldInput.tsx'
export { FieldsPanel } from './FieldsPanel.tsx'
export { FieldsProvider, type FieldsEnvironment } from './FieldsContext.tsx'
export { QualityPanel } from './QualityPanel.tsx'
export { LazyIndicatorChart } from './LazyIndicatorChart.ts'
export { LazyFieldsPanel, LazyQualityPanel } from './LazyFieldPanels.ts'
export { useKindDefinition } from './useKindDefinition.ts'
export { MeasurementForm, type MeasuredIndicator } from './MeasurementForm.tsx'
