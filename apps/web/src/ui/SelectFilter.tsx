import { useId, type ReactNode } from 'react'

/**
 * A labelled `<select>` of a filter form, for one value kept by the caller. With `allLabel`, a first
 * option of value `''` stands for « no filter »; without it, one of the options is always chosen.
 */
export function SelectFilter(props: {
  label: string
  options: readonly { readonly value: string; readonly label: string }[]
  value: string
  onChange: (value: string) => void
  allLabel?: string
}): ReactNode {
  const id = useId()
  return (
    <div className="champ">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value)
        }}
      >
        {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
