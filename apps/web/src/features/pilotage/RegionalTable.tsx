import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { FicheActionStatus, PUBLIC_OPTIONS, type RegionalRow } from '@maillage/schema'
import { RegionalMaturityCell } from './RegionalMaturityCell.tsx'
import { departementOfRow } from './departementOfRow.ts'
import { MATURITY_THEME_CODES } from './maturityThemeCodes.ts'
import { rankedCounts } from './optionCounts.ts'
import { publicShortLabel } from './publicShortLabels.ts'
import { percentText, qualityText, regionalTexts } from './regionalTexts.ts'
import {
  RegionalSortKey,
  nextSort,
  sortRegionalRows,
  type RegionalSort,
} from './sortRegionalRows.ts'

/** A column: sorted by `sortKey` through its header's button, or not sortable when null. */
interface Column {
  readonly id: string
  readonly label: string
  readonly numeric: boolean
  readonly sortKey: RegionalSortKey | null
}

function sortable(key: RegionalSortKey, label: string, numeric: boolean): Column {
  return { id: key, label, numeric, sortKey: key }
}

const COLUMNS: readonly Column[] = [
  sortable(RegionalSortKey.Name, regionalTexts.colName, false),
  sortable(RegionalSortKey.Departement, regionalTexts.colDepartement, false),
  sortable(RegionalSortKey.Actions, regionalTexts.colActions, true),
  sortable(RegionalSortKey.EnCours, regionalTexts.colEnCours, true),
  sortable(RegionalSortKey.Terminees, regionalTexts.colTerminees, true),
  sortable(RegionalSortKey.Stale, regionalTexts.colStale, true),
  { id: 'publics', label: regionalTexts.colPublics, numeric: false, sortKey: null },
  sortable(RegionalSortKey.Quantified, regionalTexts.colQuantified, true),
  sortable(RegionalSortKey.Quality, regionalTexts.colQuality, true),
  sortable(RegionalSortKey.Maturity, regionalTexts.colMaturity, false),
  sortable(RegionalSortKey.Supra, regionalTexts.colSupra, true),
]

/** How many publics the « Publics principaux » cell names at most. */
const MAIN_PUBLICS = 3

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
      <p className="aide">{regionalTexts.publicsLegend(MAIN_PUBLICS)}</p>
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
                  <ColumnHeader
                    key={column.id}
                    column={column}
                    sort={sort}
                    onSort={(key) => {
                      setSort((current) => nextSort(current, key))
                    }}
                  />
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
      <td>
        <MainPublics byPublic={row.byPublic} />
      </td>
      <td className="nombre">{percentText(row.quantifiedShare.ratio)}</td>
      <td className="nombre">{qualityText(row.averageQuality)}</td>
      <td>
        <RegionalMaturityCell maturity={row.maturity} />
      </td>
      <td className="nombre">{row.supraTerritorialSubjects}</td>
    </tr>
  )
}

/** The header of a column: a button that sorts by it, or its plain label. */
function ColumnHeader(props: {
  column: Column
  sort: RegionalSort
  onSort: (key: RegionalSortKey) => void
}): ReactNode {
  const { column, sort } = props
  const { sortKey } = column
  const className = column.numeric ? 'nombre' : undefined
  if (sortKey === null) {
    return (
      <th scope="col" className={column.numeric ? 'nombre sans-tri' : 'sans-tri'}>
        {column.label}
      </th>
    )
  }
  return (
    <th
      scope="col"
      className={className}
      aria-sort={sort.key === sortKey ? sort.direction : undefined}
    >
      <button
        type="button"
        className="tri"
        onClick={() => {
          props.onSort(sortKey)
        }}
      >
        {column.label}
        <span className="fleche-tri" aria-hidden="true">
          {arrowOf(sort, sortKey)}
        </span>
      </button>
    </th>
  )
}

/** The publics the most actions of a CLPE aim at, short names and counts, one per line. */
function MainPublics(props: { byPublic: Readonly<Record<string, number>> }): ReactNode {
  const main = rankedCounts(PUBLIC_OPTIONS, props.byPublic).slice(0, MAIN_PUBLICS)
  if (main.length === 0) return regionalTexts.none
  return (
    <ul className="publics-region">
      {main.map((entry) => {
        const short = publicShortLabel(entry.value)
        return (
          <li key={entry.value}>
            {short === entry.label ? short : <abbr title={entry.label}>{short}</abbr>}
            {'\u00a0'}
            <strong>{entry.count}</strong>
          </li>
        )
      })}
    </ul>
  )
}

function arrowOf(sort: RegionalSort, key: RegionalSortKey): string {
  if (sort.key !== key) return '↕'
  return sort.direction === 'ascending' ? '▲' : '▼'
}
