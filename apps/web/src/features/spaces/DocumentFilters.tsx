import { useId, type ReactNode } from 'react'
import type { DocumentView } from '@maillage/protocol'
import { DOCUMENT_KIND_LABELS, KINDS, isDocumentKind } from '@maillage/schema'
import { spaceTexts } from './texts.ts'

/** The filters of a space's document list; empty strings mean "all". */
export interface DocumentFilterValues {
  readonly kind: string
  readonly status: string
  readonly staleOnly: boolean
}

/** No filter at all. */
export const NO_FILTERS: DocumentFilterValues = { kind: '', status: '', staleOnly: false }

/** The documents that pass the filters (read from the index: no document is opened). */
export function filterDocuments(
  documents: readonly DocumentView[],
  filters: DocumentFilterValues,
): DocumentView[] {
  return documents.filter(
    (document) =>
      (filters.kind === '' || document.kind === filters.kind) &&
      (filters.status === '' || document.status === filters.status) &&
      (!filters.staleOnly || document.stale === true),
  )
}

/** Filters by kind, by status (of the chosen kind) and "à actualiser". */
export function DocumentFilters(props: {
  documents: readonly DocumentView[]
  value: DocumentFilterValues
  onChange: (value: DocumentFilterValues) => void
}): ReactNode {
  const { value, onChange } = props
  const kindId = useId()
  const statusId = useId()
  const kinds = [...new Set(props.documents.map((document) => document.kind))].filter(
    isDocumentKind,
  )
  const statuses = value.kind !== '' && isDocumentKind(value.kind) ? KINDS[value.kind].statuses : []
  return (
    <fieldset className="filtres">
      <legend>{spaceTexts.filtersLegend}</legend>
      <div className="champ">
        <label htmlFor={kindId}>{spaceTexts.filterKind}</label>
        <select
          id={kindId}
          value={value.kind}
          onChange={(event) => {
            onChange({ ...value, kind: event.target.value, status: '' })
          }}
        >
          <option value="">{spaceTexts.allKinds}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {DOCUMENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {statuses.length > 0 && (
        <div className="champ">
          <label htmlFor={statusId}>{spaceTexts.filterStatus}</label>
          <select
            id={statusId}
            value={value.status}
            onChange={(event) => {
              onChange({ ...value, status: event.target.value })
            }}
          >
            <option value="">{spaceTexts.allStatuses}</option>
            {statuses.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="option">
        <input
          type="checkbox"
          checked={value.staleOnly}
          onChange={(event) => {
            onChange({ ...value, staleOnly: event.target.checked })
          }}
        />{' '}
        {spaceTexts.filterStale}
      </label>
    </fieldset>
  )
}
