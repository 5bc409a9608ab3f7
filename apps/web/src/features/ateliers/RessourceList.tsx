import type { ReactNode } from 'react'
import { atelierPageTexts as texts } from './texts.ts'
import type { Ressource } from './useAtelierContent.ts'

/** The resources of an atelier: a link (new window) when given an https address, else the title. */
export function RessourceList(props: { ressources: readonly Ressource[] }): ReactNode {
  return (
    <ul className="liste-ressources">
      {props.ressources.map((ressource) => (
        <li key={ressource.id}>
          {ressource.lien === '' ? (
            ressource.titre
          ) : (
            <a href={ressource.lien} target="_blank" rel="noopener noreferrer">
              {ressource.titre}
              <span className="visuellement-cache"> {texts.newWindow}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  )
}
