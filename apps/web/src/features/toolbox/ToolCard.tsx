import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SpaceView, ToolView } from '@maillage/protocol'
import {
  OUTIL_ECHELLE_OPTIONS,
  OUTIL_STATUS_OPTIONS,
  OUTIL_THEMATIQUE_OPTIONS,
  OUTIL_TYPE_OPTIONS,
} from '@maillage/schema'
import { labelOf } from '../../ui/labelOf.ts'
import { toolboxTexts } from './texts.ts'
import { UsageForm } from './UsageForm.tsx'

/** One tool of the catalogue: what it is, who uses it and how they rate it. */
export function ToolCard(props: { tool: ToolView; usageSpaces: readonly SpaceView[] }): ReactNode {
  const { tool } = props
  const headingId = `outil-${tool.documentId}`
  return (
    <li className="carte carte-outil">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {tool.title}
          {tool.statut === 'nouveau' && (
            <span className="badge badge-nouveau">{labelOf(OUTIL_STATUS_OPTIONS, 'nouveau')}</span>
          )}
          {tool.statut === 'a-adapter' && (
            <span className="badge">{labelOf(OUTIL_STATUS_OPTIONS, 'a-adapter')}</span>
          )}
        </h3>
        {tool.description !== '' && <p>{tool.description}</p>}
        <dl className="details details-outil">
          {tool.porteur !== '' && (
            <div>
              <dt>{toolboxTexts.porteur}</dt>
              <dd>{tool.porteur}</dd>
            </div>
          )}
          {tool.type !== '' && (
            <div>
              <dt>{toolboxTexts.type}</dt>
              <dd>{labelOf(OUTIL_TYPE_OPTIONS, tool.type)}</dd>
            </div>
          )}
          {tool.echelle !== '' && (
            <div>
              <dt>{toolboxTexts.echelle}</dt>
              <dd>{labelOf(OUTIL_ECHELLE_OPTIONS, tool.echelle)}</dd>
            </div>
          )}
          {tool.thematiques.length > 0 && (
            <div>
              <dt>{toolboxTexts.theme}</dt>
              <dd>
                {tool.thematiques
                  .map((theme) => labelOf(OUTIL_THEMATIQUE_OPTIONS, theme))
                  .join(', ')}
              </dd>
            </div>
          )}
        </dl>
        <p className="usage-outil">
          <strong>{toolboxTexts.usedBy(tool.ratings.count)}</strong>
          {tool.usedBy.length > 0 && ` : ${tool.usedBy.map((use) => use.spaceName).join(', ')}`}
          {tool.ratings.count > 0 && (
            <>
              {' '}
              · {toolboxTexts.usefulness} {toolboxTexts.outOf5(tool.ratings.usefulness)} ·{' '}
              {toolboxTexts.ease} {toolboxTexts.outOf5(tool.ratings.ease)}
            </>
          )}
        </p>
        <p className="liens-outil">
          <Link to={`/documents/${tool.documentId}`}>
            {toolboxTexts.open}
            <span className="visuellement-cache"> {tool.title}</span>
          </Link>
          {/^https?:\/\//.test(tool.lien) && (
            <a href={tool.lien} target="_blank" rel="noopener noreferrer">
              {toolboxTexts.visit}
              <span className="visuellement-cache"> {tool.title} (nouvelle fenêtre)</span>
            </a>
          )}
        </p>
        {tool.comments.length > 0 && (
          <section className="commentaires-outil" aria-labelledby={`${headingId}-avis`}>
            <h4 id={`${headingId}-avis`}>{toolboxTexts.commentsHeading}</h4>
            <ul>
              {tool.comments.map((entry) => (
                <li key={entry.spaceId}>
                  <strong>{entry.spaceName}</strong>
                  {`\u00a0: «\u00a0${entry.comment}\u00a0»`}
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.usageSpaces.length > 0 && <UsageForm tool={tool} spaces={props.usageSpaces} />}
      </article>
    </li>
  )
}
