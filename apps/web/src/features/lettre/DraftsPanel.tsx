import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { LettreDraftView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { lettreTexts as texts } from './texts.ts'
import { usePrepareLettre, useProofreadLettre, usePublishLettre } from './useLettres.ts'
import '../../styles/lettre.css'

function proofreadingLine(draft: LettreDraftView): string {
  if (draft.proofreading === undefined) return texts.notProofread
  const at = formatDateTime(draft.proofreading.at)
  return draft.proofread
    ? texts.proofreadState(draft.proofreading.byName, at)
    : texts.changedSince(draft.proofreading.byName, at)
}

/**
 * The regional team's part of the lettre's page: « Préparer le prochain numéro » (then its
 * document opens to edit it together), and each numéro in preparation with its proof-reading
 * state, « Marquer comme relu » and, once proof-read, « Publier et envoyer aux abonnés ». What an
 * action did is announced (and focused) above the list.
 */
export function DraftsPanel(props: { drafts: readonly LettreDraftView[] }): ReactNode {
  const navigate = useNavigate()
  const prepare = usePrepareLettre()
  const proofread = useProofreadLettre()
  const publish = usePublishLettre()
  const [announcement, setAnnouncement] = useState('')
  const status = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (announcement !== '') status.current?.focus()
  }, [announcement])

  function handlePrepare(): void {
    prepare.mutate(undefined, {
      onSuccess: (prepared) => void navigate(`/documents/${prepared.documentId}`),
    })
  }

  function handleProofread(draft: LettreDraftView): void {
    setAnnouncement('')
    proofread.mutate(draft.id, {
      onSuccess: () => {
        setAnnouncement(texts.proofreadDone(draft.title))
      },
    })
  }

  function handlePublish(draft: LettreDraftView): void {
    setAnnouncement('')
    publish.mutate(draft.id, {
      onSuccess: (published) => {
        setAnnouncement(texts.published(draft.title, published.mailsQueued))
      },
    })
  }

  const busy = prepare.isPending || proofread.isPending || publish.isPending
  return (
    <section className="carte numeros-en-preparation" aria-labelledby="titre-preparation-lettre">
      <h2 id="titre-preparation-lettre">{texts.teamHeading}</h2>
      <p className="aide">{texts.teamIntro}</p>
      <button type="button" className="bouton-principal" disabled={busy} onClick={handlePrepare}>
        {prepare.isPending ? texts.preparing : texts.prepare}
      </button>
      {prepare.isError && <ErrorNotice error={prepare.error} />}
      <p className="succes" role="status" tabIndex={-1} ref={status} hidden={announcement === ''}>
        {announcement}
      </p>
      {proofread.isError && <ErrorNotice error={proofread.error} />}
      {publish.isError && <ErrorNotice error={publish.error} />}
      {props.drafts.length === 0 ? (
        <p>{texts.noDrafts}</p>
      ) : (
        <ul className="liste-documents">
          {props.drafts.map((draft) => (
            <li key={draft.id}>
              <h3>{draft.title}</h3>
              <p>{proofreadingLine(draft)}</p>
              <p className="actions-numero">
                <Link to={`/documents/${draft.id}`}>{texts.edit(draft.title)}</Link>{' '}
                <button
                  type="button"
                  className="bouton-secondaire"
                  disabled={busy}
                  onClick={() => {
                    handleProofread(draft)
                  }}
                >
                  {proofread.isPending && proofread.variables === draft.id
                    ? texts.proofreading
                    : texts.proofread}
                </button>{' '}
                {draft.proofread && (
                  <button
                    type="button"
                    className="bouton-principal"
                    disabled={busy}
                    onClick={() => {
                      handlePublish(draft)
                    }}
                  >
                    {publish.isPending && publish.variables === draft.id
                      ? texts.publishing
                      : texts.publish}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
