import type { ReactNode } from 'react'
import type { SpaceView } from '@maillage/protocol'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { groupByDepartement } from './groupByDepartement.ts'

/** The CLPE to tick, one group of boxes per département, each with its legend. */
export function TerritoryCheckboxes(props: {
  clpe: readonly SpaceView[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
}): ReactNode {
  const { chosen, onChange } = props
  const groups = groupByDepartement(props.clpe, (space) => space.territory?.departement)
  return (
    <div className="territoires-par-departement">
      {groups.map((group) => {
        const ids = new Set(group.items.map((space) => space.id))
        return (
          <fieldset key={group.code} className="groupe-departement">
            <legend>{group.label}</legend>
            <CheckboxOptions
              options={group.items.map((space) => ({ value: space.id, label: space.name }))}
              chosen={chosen.filter((id) => ids.has(id))}
              onChange={(inGroup) => {
                onChange([...chosen.filter((id) => !ids.has(id)), ...inGroup])
              }}
            />
          </fieldset>
        )
      })}
    </div>
  )
}
