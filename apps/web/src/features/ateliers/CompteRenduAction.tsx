import type { ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { messageOf } from '../../api/ApiError.ts'
import { atelierPageTexts as texts } from './texts.ts'
import { useDraftCompteRendu } from './useAteliers.ts'

/**
 * After the session: « Voir le compte rendu » once it exists; before, for the facilitators,
 * « Rédiger le compte rendu », which drafts it from the notes and the wall and opens it.
 */
export function CompteRenduAction(props: {
  atelierId: string
  compteRenduId: string | undefined
  canDraft: boolean
}): ReactNode {
  const navigate = useNavigate()
  const draft = useDraftCompteRendu(props.atelierId)
  if (props.compteRenduId !== undefined) {
    return (
      <Link className="bouton-principal" to={`/documents/${props.compteRenduId}`}>
        {texts.viewReport}
      </Link>
    )
  }
  if (!props.canDraft) return null
  return (
    <>
      <button
        type="button"
        className="bouton-principal"
        disabled={draft.isPending}
        onClick={() => {
          draft.mutate(undefined, {
            onSuccess: ({ documentId }) => void navigate(`/documents/${documentId}`),
          })
        }}
      >
        {draft.isPending ? texts.draftingReport : texts.draftReport}
      </button>
      {draft.isError && (
        <p className="erreur" role="alert">
          {messageOf(draft.error)}
        </p>
      )}
    </>
  )
}
