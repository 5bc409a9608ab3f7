import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { RessourceList } from './RessourceList.tsx'
import { sessionTexts as texts } from './texts.ts'
import type { AtelierContent } from './useAtelierContent.ts'

/**
 * Beside the session once it ended: the resources and the replay, live from the atelier's
 * document as the facilitators add them; for the facilitators, where to add them.
 */
export function SessionAfterwards(props: {
  atelierId: string
  content: AtelierContent
  facilitator: boolean
}): ReactNode {
  const { ressources, replay } = props.content
  return (
    <section className="apres-session" aria-labelledby="titre-apres-session">
      <h2 id="titre-apres-session">{texts.afterSession}</h2>
      {ressources.length === 0 && replay === '' && (
        <p className="aide">
          {texts.nothingAfter}{' '}
          {props.facilitator && (
            <Link to={`/documents/${props.atelierId}`}>{texts.completeAfterwards}</Link>
          )}
        </p>
      )}
      {replay !== '' && (
        <p>
          <a className="bouton-secondaire" href={replay} target="_blank" rel="noopener noreferrer">
            {texts.replay} <span className="visuellement-cache">{texts.newWindow}</span>
          </a>
        </p>
      )}
      {ressources.length > 0 && (
        <>
          <h3>{texts.ressources}</h3>
          <RessourceList ressources={ressources} />
        </>
      )}
    </section>
  )
}
