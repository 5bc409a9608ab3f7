import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Moves the focus (and the view) to the section heading named by the address's fragment, as
 * `/profil#notifications-par-e-mail` in the footer of every mail: the browser cannot do it
 * itself, since the page is drawn after it looked for the fragment. Two frames later, so that it
 * comes after the frame's move of the focus to the page's title at each navigation.
 */
export function useSectionFromAddress(sectionIds: readonly string[]): void {
  const { hash } = useLocation()
  const id = decodeURIComponent(hash.slice(1))
  const known = sectionIds.includes(id)
  useEffect(() => {
    if (!known) return
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        document.getElementById(id)?.focus()
      })
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [id, known])
}
