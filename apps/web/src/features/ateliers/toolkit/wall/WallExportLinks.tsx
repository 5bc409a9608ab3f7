import type { ReactNode } from 'react'
import { wallExportPath } from './wallApi.ts'
import { wallTexts as texts } from './wallTexts.ts'

/**
 * The wall's downloads: a table for spreadsheets and an image of its columns. Every reader of
 * the atelier may take them; participants' files leave hidden notes out, facilitators' mark them.
 */
export function WallExportLinks(props: { atelierId: string; facilitator: boolean }): ReactNode {
  return (
    <div className="exports-mur">
      <span className="libelle-exports">{texts.exports} :</span>
      <a href={wallExportPath(props.atelierId, 'csv')} download className="bouton-secondaire">
        {texts.exportCsv}
      </a>
      <a href={wallExportPath(props.atelierId, 'svg')} download className="bouton-secondaire">
        {texts.exportSvg}
      </a>
      {props.facilitator && <span className="aide">{texts.exportHintFacilitator}</span>}
    </div>
  )
}
