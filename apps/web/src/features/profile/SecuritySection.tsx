import type { ReactNode } from 'react'
import { PasswordForm } from './PasswordForm.tsx'
import { SignOutEverywhere } from './SignOutEverywhere.tsx'
import { profileTexts } from './texts.ts'

/** Id of the « Sécurité » heading, the target of the page's table of contents. */
export const SECURITY_SECTION_ID = 'securite'

/** « Sécurité »: change one's password, and end every session of one's account. */
export function SecuritySection(): ReactNode {
  return (
    <section className="carte section-profil" aria-labelledby={SECURITY_SECTION_ID}>
      <h2 id={SECURITY_SECTION_ID} tabIndex={-1}>
        {profileTexts.securityHeading}
      </h2>
      <PasswordForm />
      <SignOutEverywhere />
    </section>
  )
}
