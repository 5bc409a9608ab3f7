import type { TemplateBlock } from '../KindDefinition.ts'
import { DIAGNOSTIC_RUBRIQUES } from './diagnosticRubriques.ts'

/** The body of a new diagnostic: one heading and one prompt per usual section, then AFOM and priorités. */
export const DIAGNOSTIC_TEMPLATE: readonly TemplateBlock[] = [
  {
    type: 'paragraph',
    text: 'Chaque chiffre porte sa source et sa date. Aucune donnée individuelle : seulement des agrégats, les effectifs de moins de 11 sont masqués.',
  },
  ...DIAGNOSTIC_RUBRIQUES.flatMap((rubrique): TemplateBlock[] => [
    { type: 'heading', level: 2, text: rubrique.label },
    { type: 'paragraph', text: rubrique.prompt },
  ]),
  { type: 'heading', level: 2, text: 'Synthèse AFOM' },
  {
    type: 'paragraph',
    text: 'Atouts, faiblesses, opportunités et menaces : complétez les quatre listes de la fiche, puis commentez ici.',
  },
  { type: 'heading', level: 2, text: 'Priorités' },
  {
    type: 'paragraph',
    text: 'Les priorités qui découlent du diagnostic ; chacune peut devenir une fiche action.',
  },
]
