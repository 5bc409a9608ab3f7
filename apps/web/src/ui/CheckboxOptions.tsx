import type { ReactNode } from 'react'

/**
 * Boxes to tick among options, for a list of chosen values kept by the caller (a form's local
 * state; shared fields use `MultiChoiceFieldInput`).
 */
export function CheckboxOptions(props: {
  options: readonly { readonly value: string; readonly label: string }[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
  className?: string
}): ReactNode {
  const { chosen, onChange } = props
  return (
    <div className={props.className ?? 'options'}>
      {props.options.map((option) => (
        <label key={option.value} className="option">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) => {
              onChange(
                event.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((value) => value !== option.value),
              )
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </div>
  )
}
