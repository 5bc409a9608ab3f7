import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { AccountView, AtelierView } from '@maillage/protocol'
import { httpsUrlOf } from '@maillage/schema'
import { Loading } from '../../ui/Loading.tsx'
import { useCollaborativeDocument } from '../../collaboration/index.ts'
import { formatDuration } from './formatAtelierTime.ts'
import { RessourceList } from './RessourceList.tsx'
import { atelierPageTexts as texts, atelierTexts } from './texts.ts'
import { useAtelierContent } from './useAtelierContent.ts'
import { useRefreshOnSessionState } from './useAteliers.ts'
import { useLiveSession } from './useLiveSession.ts'

/**
 * What the facilitators wrote in the atelier's document — présentation, programme, ressources —
 * read live from it, and the replay once given. A session started or ended meanwhile (its state
 * is in the same document) fetches the atelier again.
 */
export function AtelierContentSection(props: {
  atelier: AtelierView
  account: AccountView
}): ReactNode {
  const collaboration = useCollaborativeDocument(props.atelier.id, props.account)
  const live = useLiveSession(collaboration?.doc ?? null, props.atelier.session)
  useRefreshOnSessionState(props.atelier.id, live.state)
  return (
    <>
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={atelierTexts.loadingAtelier} />
      ) : (
        <Content doc={collaboration.doc} />
      )}
      {httpsUrlOf(props.atelier.replayLink) !== '' && (
        <section aria-labelledby="titre-replay">
          <h2 id="titre-replay">{texts.replayHeading}</h2>
          <p>
            <a
              href={httpsUrlOf(props.atelier.replayLink)}
              target="_blank"
              rel="noopener noreferrer"
            >
              {texts.replay} <span className="visuellement-cache">{texts.newWindow}</span>
            </a>
          </p>
        </section>
      )}
    </>
  )
}

function Content(props: { doc: Y.Doc }): ReactNode {
  const content = useAtelierContent(props.doc)
  return (
    <>
      {content.presentation !== '' && (
        <section aria-labelledby="titre-presentation">
          <h2 id="titre-presentation">{texts.presentation}</h2>
          <p className="texte-long texte-presentation">{content.presentation}</p>
        </section>
      )}
      <section aria-labelledby="titre-programme">
        <h2 id="titre-programme">{texts.agenda}</h2>
        {content.agenda.length === 0 ? (
          <p className="aide">{texts.agendaEmpty}</p>
        ) : (
          <ol className="programme-atelier">
            {content.agenda.map((item) => (
              <li key={item.id}>
                <strong>{item.titre}</strong>
                {item.duree !== null && item.duree > 0 && ` — ${formatDuration(item.duree)}`}
                {item.intervenant !== '' && `, ${item.intervenant}`}
              </li>
            ))}
          </ol>
        )}
      </section>
      {content.ressources.length > 0 && (
        <section aria-labelledby="titre-ressources">
          <h2 id="titre-ressources">{texts.ressources}</h2>
          <RessourceList ressources={content.ressources} />
        </section>
      )}
    </>
  )
}
