import type { ReactNode } from 'react'
import type { BlockDiffView, DiffStatusName, VersionSideView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { DiffParts } from './DiffParts.tsx'
import { historyTexts as texts } from './texts.ts'
import { useVersionDiff } from './useVersionHistory.ts'

/**
 * What changed between two versions: the title, each field that changed (lists item by item),
 * and the blocks of the text with words added and removed. Unchanged fields are only counted;
 * unchanged blocks are shown dimmed, for context.
 */
export function VersionDiffPanel(props: {
  documentId: string
  from: string
  to: string
}): ReactNode {
  const diff = useVersionDiff(props.documentId, { from: props.from, to: props.to })
  if (diff.isPending) return <Loading label={texts.diffLoading} />
  if (diff.isError) {
    return (
      <ErrorNotice
        error={diff.error}
        onRetry={() => {
          void diff.refetch()
        }}
      />
    )
  }
  const view = diff.data
  const changedFields = view.fields.filter((field) => field.status !== 'unchanged')
  const changes =
    (view.title.status === 'unchanged' ? 0 : 1) +
    changedFields.length +
    view.body.filter((block) => block.status !== 'unchanged').length
  return (
    <section className="comparaison" aria-labelledby="titre-comparaison">
      <h2 id="titre-comparaison" tabIndex={-1}>
        {texts.diffHeading}
      </h2>
      <p>{texts.diffFromTo(sideLabel(view.from), sideLabel(view.to))}</p>
      <p role="status">{view.identical ? texts.identical : texts.changedCount(changes)}</p>
      {!view.identical && <p className="aide">{texts.legend}</p>}
      {view.title.status !== 'unchanged' && (
        <div className="difference-champ">
          <h3>{texts.titleLabel}</h3>
          <p>
            <DiffParts parts={view.title.parts} />
          </p>
        </div>
      )}
      {changedFields.length > 0 && (
        <>
          <h3>{texts.fieldsHeading}</h3>
          {changedFields.map((field) => (
            <div key={field.name} className="difference-champ">
              <h4>{field.label}</h4>
              {field.items === undefined ? (
                <p>
                  <DiffParts parts={field.parts} />
                </p>
              ) : (
                <ul>
                  {field.items.map((item, index) => (
                    <li key={index} className={classOf(item.status)}>
                      {statusLabel(item.status, texts.itemAdded, texts.itemRemoved)}
                      <DiffParts parts={item.parts} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}
      {view.fields.length > changedFields.length && (
        <p className="aide">{texts.unchangedFields(view.fields.length - changedFields.length)}</p>
      )}
      <h3>{texts.bodyHeading}</h3>
      <div className="texte-compare">
        {view.body.map((block, index) => (
          <BlockDiff key={index} block={block} />
        ))}
      </div>
    </section>
  )
}

function BlockDiff(props: { block: BlockDiffView }): ReactNode {
  const { block } = props
  const content = (
    <>
      {statusLabel(block.status, texts.blockAdded, texts.blockRemoved)}
      <DiffParts parts={block.parts} />
    </>
  )
  const className = `${classOf(block.status)} bloc-${block.type}`
  if (block.type === 'heading') {
    return (
      <p className={`${className} intertitre`} data-niveau={block.level}>
        <strong>{content}</strong>
      </p>
    )
  }
  return <p className={className}>{block.type === 'listItem' ? <>• {content}</> : content}</p>
}

/** A visually hidden word saying a whole block or item was added or removed. */
function statusLabel(status: DiffStatusName, added: string, removed: string): ReactNode {
  if (status === 'added') return <span className="visuellement-cache">{`${added}\u00a0: `}</span>
  if (status === 'removed')
    return <span className="visuellement-cache">{`${removed}\u00a0: `}</span>
  return null
}

function classOf(status: DiffStatusName): string {
  return `difference-${status}`
}

function sideLabel(side: VersionSideView): string {
  if (side.version === undefined) return texts.currentState
  const at = texts.at(side.version.createdAt)
  return side.version.name === undefined ? at : `${at} («\u00a0${side.version.name}\u00a0»)`
}
