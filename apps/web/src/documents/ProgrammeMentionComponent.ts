import type { ComponentType } from 'react'

/**
 * « Ligne du programme »: the lines of the programme d’accompagnement an atelier, a fiche outil or
 * a document carries out, made by the governance feature and handed to the atelier and document
 * pages by the app (features do not import each other).
 */
export type ProgrammeMentionComponent = ComponentType<{
  kind: 'atelier' | 'outil' | 'document'
  id: string
}>
