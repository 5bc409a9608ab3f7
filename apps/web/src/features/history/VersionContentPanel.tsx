import type { ReactNode } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { RichTextView } from './RichTextView.tsx'
import { historyTexts as texts } from './texts.ts'
import { useVersionContent } from './useVersionHistory.ts'

/** One version shown read-only: its title, its labelled fields and its text. */
export function VersionContentPanel(props: { documentId: string; versionId: string }): ReactNode {
  const content = useVersionContent(props.documentId, props.versionId)
  if (content.isPending) return <Loading label={texts.viewLoading} />
  if (content.isError) {
    return (
      <ErrorNotice
        error={content.error}
        onRetry={() => {
          void content.refetch()
        }}
      />
    )
  }
  const view = content.data
  const heading = view.version.name ?? texts.at(view.version.createdAt)
  return (
    <section className="version-affichee" aria-labelledby="titre-version-affichee">
      <h2 id="titre-version-affichee" tabIndex={-1}>
        {texts.viewHeading(
          view.version.name === undefined
            ? heading
            : `${texts.at(view.version.createdAt)} — ${heading}`,
        )}
      </h2>
      <p className="aide">{texts.viewReadOnly}</p>
      <dl className="champs-version">
        <div className="champ-version">
          <dt>{texts.titleLabel}</dt>
          <dd>{view.title === '' ? texts.untitled : view.title}</dd>
        </div>
        {view.fields.map((field) => (
          <div key={field.name} className="champ-version">
            <dt>{field.label}</dt>
            <dd>
              {field.items !== undefined ? (
                field.items.length === 0 ? (
                  texts.emptyValue
                ) : (
                  <ul>
                    {field.items.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                )
              ) : field.value === '' ? (
                texts.emptyValue
              ) : (
                field.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{texts.bodyHeading}</h3>
      <RichTextView doc={view.body} />
    </section>
  )
}
