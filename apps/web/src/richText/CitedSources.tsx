import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { CitableSource } from './syntheseSources.ts'
import { richTextTexts } from './texts.ts'

/**
 * The sources of a synthèse, listed with their links under its text: a document of Maillage
 * opens in the app, a veille item or a web page at its address; an incomplete one says so.
 */
export function CitedSources(props: { sources: readonly CitableSource[] }): ReactNode {
  return (
    <section className="sources-synthese" aria-labelledby="titre-sources-synthese">
      <h2 id="titre-sources-synthese">{richTextTexts.sourcesHeading}</h2>
      {props.sources.length === 0 ? (
        <p>{richTextTexts.sourcesNone}</p>
      ) : (
        <ol>
          {props.sources.map((source) => {
            const label = source.libelle === '' ? richTextTexts.sourceUntitled : source.libelle
            if (source.href === null)
              return (
                <li key={source.id}>
                  {label} {richTextTexts.sourceIncomplete}
                </li>
              )
            return (
              <li key={source.id}>
                {source.href.startsWith('/') ? (
                  <Link to={source.href}>{label}</Link>
                ) : (
                  <a href={source.href}>{label}</a>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
