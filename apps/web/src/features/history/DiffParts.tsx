import type { ReactNode } from 'react'
import type { DiffPartView } from '@maillage/protocol'
import { historyTexts as texts } from './texts.ts'

/**
 * Runs of a compared text: kept text as is, added text in `<ins>`, removed text in `<del>`, each
 * change preceded by a visually hidden « ajouté : » or « supprimé : » (screen readers do not
 * announce `<ins>`/`<del>` by default).
 */
export function DiffParts(props: { parts: readonly DiffPartView[] }): ReactNode {
  return props.parts.map((part, index) => {
    switch (part.op) {
      case 'equal':
        return <span key={index}>{part.text}</span>
      case 'insert':
        return (
          <ins key={index}>
            <span className="visuellement-cache">{texts.inserted}</span>
            {part.text}
          </ins>
        )
      case 'delete':
        return (
          <del key={index}>
            <span className="visuellement-cache">{texts.deleted}</span>
            {part.text}
          </del>
        )
      default: {
        const unknown: never = part.op
        return unknown
      }
    }
  })
}
