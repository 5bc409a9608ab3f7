import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { FicheActionStatus, type RegionalRow } from '@maillage/schema'
import { RegionalMaturityCell } from './RegionalMaturityCell.tsx'
import { departementOfRow } from './departementOfRow.ts'
import { MATURITY_THEME_CODES } from './maturityThemeCodes.ts'
import { percentText, qualityText, regionalTexts } from './regionalTexts.ts'
import {
  RegionalSortKey,
  nextSort,
  sortRegionalRows,
  type RegionalSort,
} from './sortRegionalRows.ts'

const COLUMNS: readonly { key: RegionalSortKey; label: string; numeric: boolean }[] = [
  { key: RegionalSortKey.Name, label: regionalTexts.colName, numeric: false },
  { key: RegionalSortKey.Departement, label: regionalTexts.colDepartement, numeric: false },
  { key: RegionalSortKey.Actions, label: regionalTexts.colActions, numeric: true },
  { key: RegionalSortKey.EnCours, label: regionalTexts.colEnCours, numeric: true },
  { key: RegionalSortKey.Terminees, label: regionalTexts.colTerminees, numeric: true },
  { key: RegionalSortKey.Stale, label: regionalTexts.colStale, numeric: true },
  { key: RegionalSortKey.Quantified, label: regionalTexts.colQuantified, numeric: true },
  { key: RegionalSortKey.Quality, label: regionalTexts.colQuality, numeric: true },
  { key: RegionalSortKey.Maturity, label: regionalTexts.colMaturity, numeric: false },
  { key: RegionalSortKey.Supra, label: regionalTexts.colSupra, numeric: true },
]

const MATURITY_LEGEND = MATURITY_THEME_CODES.map((theme) => `${theme.code} : ${theme.label}`).join(
  ', ',
)

/**
 * The CLPE side by side, one row each, sorted by the column whose header button was pressed last
 * (`aria-sort` says which and how). The table scrolls sideways on narrow screens, as a region one
 * can reach with the keyboard.
 */
export function RegionalTable(props: { rows: readonly RegionalRow[] }): ReactNode {
  const [sort, setSort] = useState<RegionalSort>({
    key: RegionalSortKey.Name,
    direction: 'ascending',
  })
  const rows = sortRegionalRows(props.rows, sort)
  return (
    <section className="carte" aria-labelledby="titre-clpe-region">
      <h2 id="titre-clpe-region">{regionalTexts.tableHeading}</h2>
      <p className="aide">{regionalTexts.tableHint}</p>
      <p className="aide">{regionalTexts.maturityLegend(MATURITY_LEGEND)}</p>
      {rows.length === 0 ? (
        <p>{regionalTexts.noRows}</p>
      ) : (
        <div
          className="defilement-tableau"
          role="region"
          aria-labelledby="legende-clpe"
          tabIndex={0}
        >
          <table className="tableau-region">
            <caption id="legende-clpe">{regionalTexts.tableCaption(rows.length)}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.numeric ? 'nombre' : undefined}
                    aria-sort={sort.key === column.key ? sort.direction : undefined}
                  >
                    <button
                      type="button"
                      className="tri"
                      onClick={() => {
                        setSort((current) => nextSort(current, column.key))
                      }}
                    >
                      {column.label}
                      <span className="fleche-tri" aria-hidden="true">
                        {arrowOf(sort, column.key)}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <RegionalTableRow key={row.spaceId} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function RegionalTableRow(props: { row: RegionalRow }): ReactNode {
  const { row } = props
  return (
    <tr>
      <th scope="row">
        <Link to={`/espaces/${encodeURIComponent(row.spaceId)}/pilotage`}>{row.name}</Link>
      </th>
      <td>{departementOfRow(row.departement)?.name ?? row.departement}</td>
      <td className="nombre">{row.actions}</td>
      <td className="nombre">{row.byStatus[FicheActionStatus.EnCours] ?? 0}</td>
      <td className="nombre">{row.byStatus[FicheActionStatus.Terminee] ?? 0}</td>
      <td className="nombre">{row.staleCount}</td>
      <td className="nombre">{percentText(row.quantifiedShare.ratio)}</td>
      <td className="nombre">{qualityText(row.averageQuality)}</td>
      <td>
        <RegionalMaturityCell maturity={row.maturity} />
      </td>
      <td className="nombre">{row.supraTerritorialSubjects}</td>
    </tr>
  )
}

function arrowOf(sort: RegionalSort, key: RegionalSortKey): string {
  if (sort.key !== key) return '↕'
  return sort.direction === 'ascending' ? '▲' : '▼'
}
