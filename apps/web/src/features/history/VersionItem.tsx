import type { ReactNode } from 'react'
import type { VersionSummaryView } from '@maillage/protocol'
import { ConfirmationStep } from '../../ui/ConfirmationStep.tsx'
import { historyTexts as texts } from './texts.ts'

/** One version in the list: when, what kind, its name, who, and what one may do with it. */
export function VersionItem(props: {
  version: VersionSummaryView
  /** The version just before it, if any (« Comparer avec la précédente »). */
  hasPrevious: boolean
  canRestore: boolean
  selected: boolean
  confirming: boolean
  restoring: boolean
  onView: () => void
  onCompareWithPrevious: () => void
  onAskRestore: () => void
  onConfirmRestore: () => void
  onCancelRestore: () => void
}): ReactNode {
  const { version } = props
  const restoreButtonId = `restaurer-${version.id}`
  return (
    <li className={props.selected ? 'version version-choisie' : 'version'}>
      <p className="entete-version">
        <strong>{texts.at(version.createdAt)}</strong>
        <span className="badge">{version.kind === 'nommee' ? texts.named : texts.automatic}</span>
      </p>
      {version.name !== undefined && (
        <p className="nom-version">{`«\u00a0${version.name}\u00a0»`}</p>
      )}
      <p className="aide">{texts.by(version.authors.map((author) => author.name))}</p>
      <div className="actions-version">
        <button
          type="button"
          className="bouton-secondaire"
          aria-label={texts.viewLabel(version.createdAt)}
          aria-pressed={props.selected}
          onClick={props.onView}
        >
          {texts.view}
        </button>
        {props.hasPrevious && (
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={texts.compareWithPreviousLabel(version.createdAt)}
            onClick={props.onCompareWithPrevious}
          >
            {texts.compareWithPrevious}
          </button>
        )}
        {props.canRestore && !props.confirming && (
          <button
            id={restoreButtonId}
            type="button"
            className="bouton-secondaire"
            aria-label={texts.restoreLabel(version.createdAt)}
            onClick={props.onAskRestore}
          >
            {texts.restore}
          </button>
        )}
      </div>
      {props.confirming && (
        <ConfirmationStep
          label={texts.restoreLabel(version.createdAt)}
          question={texts.restoreQuestion(version.createdAt)}
          details={texts.restoreDetails}
          confirmLabel={texts.restoreConfirm}
          pendingLabel={texts.restorePending}
          cancelLabel={texts.cancel}
          pending={props.restoring}
          onConfirm={props.onConfirmRestore}
          onCancel={() => {
            props.onCancelRestore()
            // The question replaced the button: the focus goes back to it.
            requestAnimationFrame(() => document.getElementById(restoreButtonId)?.focus())
          }}
        />
      )}
    </li>
  )
}
