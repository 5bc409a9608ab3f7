import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { usePageTitle } from '../ui/usePageTitle.ts'
import { appTexts } from './texts.ts'

/** The page of an address the app does not know. */
export function NotFoundPage(): ReactNode {
  usePageTitle(appTexts.notFoundTitle)
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{appTexts.notFoundTitle}</h1>
      <p>{appTexts.notFound}</p>
      <Link to="/">{appTexts.backHome}</Link>
    </div>
  )
}
