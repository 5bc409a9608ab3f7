import { useState, type ReactNode } from 'react'
import type { VeilleCurationBody, VeilleItemView } from '@maillage/protocol'
import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { formatDateTime, formatShortDate } from '../../ui/formatDate.ts'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { labelOf } from '../../ui/labelOf.ts'
import { veilleTexts } from './texts.ts'
import { useVeilleChange } from './useVeille.ts'
import { VeilleItemForm } from './VeilleItemForm.tsx'
import { territoryLabel } from './veilleTerritoryOptions.ts'

/**
 * One item of the veille: its title (a link to the page, in a new window), source, dates,
 * summary, thématiques and territories; for the regional team the curation buttons, for whoever
 * may edit it a form in place. What a button did is told through `onAnnounce`.
 */
export function VeilleItemCard(props: {
  item: VeilleItemView
  highlighted: boolean
  onAnnounce: (message: string) => void
}): ReactNode {
  const { item, onAnnounce } = props
  const change = useVeilleChange()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const headingId = `veille-${item.id}`
  const requestFocus = useFocusRequest()

  function curate(body: VeilleCurationBody): void {
    change.mutate(
      { kind: 'curate', id: item.id, body },
      {
        onSuccess: (updated) => {
          if (updated === undefined) return
          onAnnounce(veilleTexts.curated(item.title, updated.status, updated.selectedForLettre))
        },
      },
    )
  }

  if (editing) {
    return (
      <li id={headingId} className="element-veille">
        <VeilleItemForm
          heading={veilleTexts.editHeading(item.title)}
          initial={{
            title: item.title,
            url: item.url,
            source: item.source,
            publishedOn: item.publishedOn,
            summary: item.summary,
            thematiques: item.thematiques,
            territories: item.territories,
          }}
          submitLabel={veilleTexts.submitEdit}
          pending={change.isPending}
          error={change.error}
          onSubmit={(body) => {
            change.mutate(
              { kind: 'edit', id: item.id, body },
              {
                onSuccess: () => {
                  setEditing(false)
                  // Back from the form: the focus returns to the item, not to the top of the page.
                  requestFocus(headingId)
                  onAnnounce(veilleTexts.edited(body.title))
                },
              },
            )
          }}
          onCancel={() => {
            change.reset()
            setEditing(false)
          }}
        />
      </li>
    )
  }

  return (
    <li
      className={
        props.highlighted ? 'element-veille carte element-en-avant' : 'element-veille carte'
      }
    >
      <article aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          <a
            href={item.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={veilleTexts.openSource(item.title)}
          >
            {item.title}
          </a>
        </h2>
        <p className="meta-veille">
          <span className="source-veille">{item.source}</span> ·{' '}
          {veilleTexts.publishedOn(formatShortDate(item.publishedOn))}
        </p>
        <p className="badges-veille">
          {item.status !== 'publie' && (
            <span className={`badge statut-${item.status}`}>
              {veilleTexts.statusLabels[item.status]}
            </span>
          )}
          {item.selectedForLettre && (
            <span className="badge badge-lettre">{veilleTexts.selected}</span>
          )}
          {item.origin.kind === 'import' && <span className="badge">{veilleTexts.imported}</span>}
        </p>
        {item.summary !== '' && <p className="resume-veille">{item.summary}</p>}
        {item.thematiques.length > 0 && (
          <p className="etiquettes">
            <span className="visuellement-cache">{veilleTexts.thematiques} : </span>
            {item.thematiques.map((value) => labelOf(THEMATIQUE_OPTIONS, value)).join(' · ')}
          </p>
        )}
        {item.territories.length > 0 && (
          <p className="etiquettes">
            <span className="visuellement-cache">{veilleTexts.territories} : </span>
            {item.territories.map(territoryLabel).join(' · ')}
          </p>
        )}
        <p className="aide">
          {veilleTexts.addedBy(item.addedBy.name, formatDateTime(item.addedAt))}
          {item.curatedBy !== undefined && item.curatedAt !== undefined && (
            <> — {veilleTexts.curatedBy(item.curatedBy.name, formatDateTime(item.curatedAt))}</>
          )}
        </p>
        {(item.canEdit || item.canCurate) && (
          <div
            className="actions-veille"
            role="group"
            aria-label={veilleTexts.actionsOf(item.title)}
          >
            {item.canCurate && item.status !== 'publie' && (
              <button
                type="button"
                className="bouton-principal"
                disabled={change.isPending}
                onClick={() => {
                  curate({ status: 'publie' })
                }}
              >
                {veilleTexts.publish}
              </button>
            )}
            {item.canCurate && item.status === 'publie' && (
              <button
                type="button"
                className="bouton-secondaire"
                aria-pressed={item.selectedForLettre}
                disabled={change.isPending}
                onClick={() => {
                  curate({ selectedForLettre: !item.selectedForLettre })
                }}
              >
                {item.selectedForLettre ? veilleTexts.unselect : veilleTexts.select}
              </button>
            )}
            {item.canCurate && item.status !== 'ecarte' && (
              <button
                type="button"
                className="bouton-secondaire"
                disabled={change.isPending}
                onClick={() => {
                  curate({ status: 'ecarte' })
                }}
              >
                {veilleTexts.setAside}
              </button>
            )}
            {item.canCurate && item.status === 'ecarte' && (
              <button
                type="button"
                className="bouton-secondaire"
                disabled={change.isPending}
                onClick={() => {
                  curate({ status: 'propose' })
                }}
              >
                {veilleTexts.proposeAgain}
              </button>
            )}
            {item.canEdit && (
              <button
                type="button"
                className="bouton-secondaire"
                onClick={() => {
                  change.reset()
                  setEditing(true)
                }}
              >
                {veilleTexts.edit}
              </button>
            )}
            {item.canCurate && !confirming && (
              <button
                type="button"
                className="bouton-secondaire bouton-danger"
                onClick={() => {
                  setConfirming(true)
                }}
              >
                {veilleTexts.remove}
              </button>
            )}
            {confirming && (
              <span className="confirmation-veille">
                <span>{veilleTexts.confirmRemove(item.title)}</span>{' '}
                <button
                  type="button"
                  className="bouton-danger"
                  disabled={change.isPending}
                  onClick={() => {
                    change.mutate(
                      { kind: 'remove', id: item.id },
                      {
                        onSuccess: () => {
                          onAnnounce(veilleTexts.removed(item.title))
                        },
                      },
                    )
                  }}
                >
                  {veilleTexts.confirmRemoveYes}
                </button>{' '}
                <button
                  type="button"
                  className="bouton-secondaire"
                  onClick={() => {
                    setConfirming(false)
                  }}
                >
                  {veilleTexts.cancel}
                </button>
              </span>
            )}
          </div>
        )}
        {change.isError && (
          <p className="erreur" role="alert">
            {messageOf(change.error)}
          </p>
        )}
      </article>
    </li>
  )
}
