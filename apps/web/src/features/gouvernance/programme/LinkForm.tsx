import { useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react'
import type { ProgrammeLineView, ProgrammeLinkKindName } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { LINK_KIND_LABELS, linkTexts as texts } from './linkTexts.ts'
import { useCreateLink, useLinkCandidates } from './useLinks.ts'

const KINDS = Object.keys(LINK_KIND_LABELS) as ProgrammeLinkKindName[]

/**
 * « Lier une réalisation » under a line, for the regional team: the kind, then the item from the
 * ateliers of the programme, the fiches of the boîte à outils or the documents a search finds.
 * `onLinked` receives the message to announce.
 */
export function LinkForm(props: {
  line: ProgrammeLineView
  onLinked: (message: string) => void
}): ReactNode {
  const { line } = props
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<ProgrammeLinkKindName>('atelier')
  const [query, setQuery] = useState('')
  const [itemId, setItemId] = useState('')
  const candidates = useLinkCandidates(kind, query, open)
  const link = useCreateLink()
  const id = useId()
  const kindRef = useRef<HTMLSelectElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const [restoreFocus, setRestoreFocus] = useState(false)

  useEffect(() => {
    if (open) kindRef.current?.focus()
    else if (restoreFocus) openRef.current?.focus()
  }, [open, restoreFocus])

  function close(): void {
    setOpen(false)
    setRestoreFocus(true)
    setItemId('')
    setQuery('')
    link.reset()
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const chosen = candidates.data?.find((candidate) => candidate.id === itemId)
    if (chosen === undefined) return
    link.mutate(
      { lineId: line.id, target: { kind, id: chosen.id } },
      {
        onSuccess: (created) => {
          close()
          props.onLinked(texts.linked(created.title))
        },
      },
    )
  }

  if (!open) {
    return (
      <button
        ref={openRef}
        type="button"
        className="bouton-secondaire"
        aria-label={texts.openFor(line.title)}
        onClick={() => {
          setOpen(true)
        }}
      >
        {texts.open}
      </button>
    )
  }

  const list = candidates.data ?? []
  const waitingForQuery = kind === 'document' && query.trim().length < 2
  return (
    <form className="formulaire-lien" onSubmit={handleSubmit}>
      <fieldset>
        <legend>{texts.legend(line.title)}</legend>
        <div className="champ">
          <label htmlFor={`${id}-type`}>{texts.kind}</label>
          <select
            ref={kindRef}
            id={`${id}-type`}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ProgrammeLinkKindName)
              setItemId('')
            }}
          >
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {LINK_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {kind === 'document' && (
          <div className="champ">
            <label htmlFor={`${id}-recherche`}>{texts.search}</label>
            <input
              id={`${id}-recherche`}
              type="search"
              maxLength={200}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value)
                setItemId('')
              }}
            />
          </div>
        )}
        <div className="champ">
          <label htmlFor={`${id}-element`}>{texts.item}</label>
          <select
            id={`${id}-element`}
            required
            value={itemId}
            aria-describedby={`${id}-etat`}
            onChange={(event) => {
              setItemId(event.target.value)
            }}
          >
            <option value="">{texts.choose}</option>
            {list.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
          <p id={`${id}-etat`} className="aide" aria-live="polite">
            {waitingForQuery
              ? texts.typeMore
              : candidates.isPending
                ? texts.loading
                : candidates.isError
                  ? messageOf(candidates.error)
                  : list.length === 0
                    ? texts.none
                    : ''}
          </p>
        </div>
        {link.isError && (
          <p className="erreur" role="alert">
            {messageOf(link.error)}
          </p>
        )}
        <div className="actions-formulaire">
          <button type="submit" className="bouton-principal" disabled={link.isPending}>
            {texts.submit}
          </button>
          <button type="button" className="bouton-secondaire" onClick={close}>
            {texts.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
