import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import {
  ANY_DOCUMENT_KIND,
  DOCUMENT_KIND_LABELS,
  KINDS,
  isDocumentKind,
  type DocumentLinkFieldDefinition,
} from '@maillage/schema'
import { messageOf } from '../api/ApiError.ts'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { fieldTexts } from './texts.ts'
import { useYMapEntry } from '../collaboration/index.ts'

/**
 * A link to another document of the space, chosen in a list; when empty, a button creates the
 * document (titled after the item's `libelle`) and links it.
 */
export function DocumentLinkFieldInput(props: {
  map: Y.Map<unknown>
  field: DocumentLinkFieldDefinition
  id: string
}): ReactNode {
  const { map, field, id } = props
  const { readOnly, spaceDocuments, createLinkedDocument } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const linked = typeof entry === 'string' ? entry : ''
  const anyKind = field.kind === ANY_DOCUMENT_KIND
  const candidates = spaceDocuments.filter((document) => anyKind || document.kind === field.kind)
  const suggestedTitle = titleOf(map.get('libelle'))
  const kindLabel = isDocumentKind(field.kind) ? DOCUMENT_KIND_LABELS[field.kind] : field.kind
  const linkedStatus = statusLabelOf(candidates.find((document) => document.id === linked))

  function handleCreate(): void {
    setCreating(true)
    setError(null)
    createLinkedDocument(field.kind, suggestedTitle).then(
      (documentId) => {
        map.set(field.name, documentId)
        setCreating(false)
      },
      (failure: unknown) => {
        setError(messageOf(failure))
        setCreating(false)
      },
    )
  }

  return (
    <div className="champ">
      <FieldLabel id={id} field={field} />
      <div className="lien-document-champ">
        <select
          id={id}
          value={linked}
          disabled={readOnly}
          onChange={(event) => {
            map.set(field.name, event.target.value)
          }}
        >
          <option value="">{fieldTexts.noLink}</option>
          {linked !== '' && !candidates.some((document) => document.id === linked) && (
            <option value={linked}>{linked}</option>
          )}
          {candidates.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
        {linkedStatus !== null && <span className="badge">{linkedStatus}</span>}
        {linked !== '' && <Link to={`/documents/${linked}`}>{fieldTexts.openLink}</Link>}
        {linked === '' && !readOnly && !anyKind && suggestedTitle !== '' && (
          <button
            type="button"
            className="bouton-secondaire"
            disabled={creating}
            onClick={handleCreate}
          >
            {creating ? fieldTexts.creatingLinked : fieldTexts.createLinked(kindLabel)}
          </button>
        )}
      </div>
      {error !== null && (
        <p className="message-erreur" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

// The status of the linked document, as its kind names it ("En cours"), if it has one.
function statusLabelOf(document: DocumentView | undefined): string | null {
  if (document?.status === undefined || !isDocumentKind(document.kind)) return null
  const status = KINDS[document.kind].statuses.find((option) => option.value === document.status)
  return status?.label ?? null
}

function titleOf(value: unknown): string {
  if (value instanceof Y.Text) return value.toString().trim().slice(0, 300)
  return typeof value === 'string' ? value.trim().slice(0, 300) : ''
}
