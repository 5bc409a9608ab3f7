import type { ReactNode } from 'react'
import { DeleteAccount } from './DeleteAccount.tsx'
import { PERSONAL_DATA_PATHS } from './personalDataApi.ts'
import { profileTexts } from './texts.ts'

/** Id of the « Mes données » heading, the target of the page's table of contents. */
export const DATA_SECTION_ID = 'mes-donnees'

/**
 * « Mes données »: download everything Maillage holds about oneself (two links to the server's
 * attachments, as JSON and as a readable page), and delete one's account.
 */
export function MyDataSection(): ReactNode {
  return (
    <section className="carte section-profil" aria-labelledby={DATA_SECTION_ID}>
      <h2 id={DATA_SECTION_ID} tabIndex={-1}>
        {profileTexts.dataHeading}
      </h2>
      <p>{profileTexts.dataIntro}</p>
      <ul className="telechargements">
        <li>
          <a href={PERSONAL_DATA_PATHS.json} download>
            {profileTexts.dataJson}
          </a>
        </li>
        <li>
          <a href={PERSONAL_DATA_PATHS.html} download>
            {profileTexts.dataHtml}
          </a>
        </li>
      </ul>
      <DeleteAccount />
    </section>
  )
}
