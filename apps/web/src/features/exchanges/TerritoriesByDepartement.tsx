import type { ReactNode } from 'react'
import type { TerritoryRefView } from '@maillage/protocol'
import { groupByDepartement } from './groupByDepartement.ts'

/** Territories under a label, grouped by département: « Nord (59) : CLPE Lille Métropole, … ». */
export function TerritoriesByDepartement(props: {
  territories: readonly TerritoryRefView[]
  label: string
}): ReactNode {
  const groups = groupByDepartement(props.territories, (territory) => territory.departement)
  return (
    <div className="territoires-groupes">
      <p className="etiquette-territoires">{props.label}</p>
      <dl>
        {groups.map((group) => (
          <div key={group.code}>
            <dt>{group.label}</dt>
            <dd>{group.items.map((territory) => territory.name).join(', ')}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
