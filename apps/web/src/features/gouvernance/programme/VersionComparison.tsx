import type { ReactNode } from 'react'
import type { ProgrammeLineView } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { FIELD_LABELS, programmeTexts as texts } from './texts.ts'
import { useComparison } from './useProgramme.ts'

function LineList(props: { title: string; lines: readonly ProgrammeLineView[] }): ReactNode {
  if (props.lines.length === 0) return null
  return (
    <>
      <h4>{props.title}</h4>
      <ul>
        {props.lines.map((line) => (
          <li key={line.id}>
            {line.title} ({line.partner})
          </li>
        ))}
      </ul>
    </>
  )
}

/** The lines added, removed and changed from one version to another. */
export function VersionComparison(props: { pair: { from: string; to: string } }): ReactNode {
  const comparison = useComparison(props.pair)
  if (comparison.isPending) return <Loading label={texts.loading} />
  if (comparison.isError) {
    return <ErrorNotice error={comparison.error} onRetry={() => void comparison.refetch()} />
  }
  const { from, to, added, removed, changed } = comparison.data
  const none = added.length + removed.length + changed.length === 0
  return (
    <section
      className="comparaison-programme"
      aria-live="polite"
      aria-labelledby="titre-comparaison"
    >
      <h3 id="titre-comparaison">{texts.comparisonTitle(from.number, to.number)}</h3>
      {none && <p>{texts.noDifference}</p>}
      <LineList title={texts.added} lines={added} />
      <LineList title={texts.removed} lines={removed} />
      {changed.length > 0 && (
        <>
          <h4>{texts.changed}</h4>
          <ul>
            {changed.map((change) => (
              <li key={change.after.id}>
                {change.after.title} ({change.after.partner}) —{' '}
                {texts.changedFields(
                  change.fields.map((field) => FIELD_LABELS[field] ?? field).join(', '),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
