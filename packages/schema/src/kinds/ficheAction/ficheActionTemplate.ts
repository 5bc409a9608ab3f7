import type { TemplateBlock } from '../KindDefinition.ts'

/**
 * The body of a new fiche action: the structured fields hold the national model, the body holds
 * what does not fit in them (context, progress notes, exchanges with partners).
 */
export const FICHE_ACTION_TEMPLATE: readonly TemplateBlock[] = [
  { type: 'heading', level: 2, text: 'Présentation' },
  {
    type: 'paragraph',
    text: 'En quelques lignes : pourquoi cette action, pour qui, avec qui. Les champs de la fiche reprennent le modèle national.',
  },
  { type: 'heading', level: 2, text: 'Déroulement' },
  {
    type: 'paragraph',
    text: 'Notez ici l’avancement des étapes, les ajustements décidés et leurs raisons.',
  },
  { type: 'heading', level: 2, text: 'Échanges avec les partenaires' },
  {
    type: 'bulletList',
    items: ['Date — partenaire : ce qui a été convenu.'],
  },
]
