import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import { documentTexts } from './texts.ts'

/**
 * Whether a document is an atelier of the programme, whose document page leads back to the
 * atelier's own page: of kind `atelier` in the espace régional (as the server decides it).
 */
export function isProgrammeAtelierDocument(record: { kind: string; spaceId: string }): boolean {
  return record.kind === 'atelier' && record.spaceId === REGIONAL_SPACE_IDS.regional
}

/**
 * The breadcrumb of an atelier's document (where its facilitators edit it): « Programme des
 * ateliers › <titre> », back to the programme and to the atelier's page, where people reach it
 * from.
 */
export function AtelierDocumentBreadcrumb(props: { atelierId: string; title: string }): ReactNode {
  return (
    <nav aria-label="Fil d’Ariane" className="fil-ariane">
      <ol>
        <li>
          <Link to="/ateliers">{documentTexts.backToProgramme}</Link>
        </li>
        <li>
          <Link to={`/ateliers/${props.atelierId}`}>{props.title}</Link>
        </li>
      </ol>
    </nav>
  )
}
