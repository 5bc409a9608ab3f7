import { useEffect } from 'react'

/** Sets the browser tab's title to `<title> — Maillage` while the page is shown (RGAA 8.6). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Maillage`
  }, [title])
}
