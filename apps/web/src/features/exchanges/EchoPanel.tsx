import type { ReactNode } from 'react'
import type { ExchangeView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { threadTexts } from './texts.ts'
import { useUpdateExchange } from './useExchanges.ts'

/**
 * The « nous aussi » of a remontée or signal faible: the CLPE that said it, who and when; a
 * button for each CLPE the person may still say it for (`can.echoFor`), and one to withdraw it
 * for each CLPE they edit (`editedSpaceIds`: the server lets a space's editors withdraw its word).
 */
export function EchoPanel(props: {
  thread: ExchangeView
  editedSpaceIds: ReadonlySet<string>
}): ReactNode {
  const { thread, editedSpaceIds } = props
  const update = useUpdateExchange(thread.id)
  const withdrawable = thread.echoes.filter((echo) => editedSpaceIds.has(echo.territory.spaceId))
  return (
    <section className="carte panneau-echos" aria-labelledby="titre-echos">
      <h2 id="titre-echos">{threadTexts.echoesHeading}</h2>
      {thread.echoes.length === 0 ? (
        <p className="aide">{threadTexts.echoesNone}</p>
      ) : (
        <ul className="echos">
          {thread.echoes.map((echo) => (
            <li key={echo.territory.spaceId}>
              <strong>{echo.territory.name}</strong>
              <br />
              <span className="aide">
                {echo.by.name}, le <time dateTime={echo.at}>{formatDateTime(echo.at)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {thread.can.echoFor.length > 0 && <p className="aide">{threadTexts.echoHint}</p>}
      <div className="actions-echos">
        {thread.can.echoFor.map((territory) => (
          <button
            key={territory.spaceId}
            type="button"
            className="bouton-principal"
            disabled={update.isPending}
            onClick={() => {
              update.mutate({ kind: 'echo', spaceId: territory.spaceId })
            }}
          >
            {threadTexts.echoLabel}{' '}
            <span className="precision-bouton">{threadTexts.echoFor(territory.name)}</span>
          </button>
        ))}
        {withdrawable.map((echo) => (
          <button
            key={echo.territory.spaceId}
            type="button"
            className="bouton-secondaire"
            disabled={update.isPending}
            onClick={() => {
              update.mutate({ kind: 'unecho', spaceId: echo.territory.spaceId })
            }}
          >
            {threadTexts.unecho(echo.territory.name)}
          </button>
        ))}
      </div>
      {update.isError && <ErrorNotice error={update.error} />}
    </section>
  )
}
