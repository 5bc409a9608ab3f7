import type { Locator, Page } from 'playwright-core'

/** The words of the three choices of each kind of mail on the profile page. */
export const MailFrequencyLabel = {
  immediat: 'Immédiatement',
  quotidien: 'Dans le résumé quotidien',
  jamais: 'Jamais',
} as const
export type MailFrequencyLabel = (typeof MailFrequencyLabel)[keyof typeof MailFrequencyLabel]

/** The parts of the profile page (`/profil`) the tests use, found as a screen reader would. */
export interface ProfileScreen {
  readonly page: Page
  /** The radio `choice` in the group (fieldset) of the kind of mail labelled `kind`. */
  mailChoice(kind: string, choice: MailFrequencyLabel): Locator
  readonly saveMail: Locator
  readonly currentPassword: Locator
  readonly newPassword: Locator
  readonly confirmPassword: Locator
  readonly changePassword: Locator
  readonly signOutEverywhere: Locator
  readonly dataJson: Locator
  readonly dataHtml: Locator
  /** The polite message (`role="status"`) holding `text`. */
  status(text: string | RegExp): Locator
}

/** Opens `/profil` and resolves once its first section, the identity form, shows. */
export async function openProfile(page: Page): Promise<ProfileScreen> {
  await page.goto('/profil')
  await page.getByLabel('Prénom et nom', { exact: true }).waitFor()
  return profileScreen(page)
}

/** Finds the parts of the profile page shown by `page`. */
export function profileScreen(page: Page): ProfileScreen {
  return {
    page,
    mailChoice: (kind, choice) =>
      page.getByRole('group', { name: kind, exact: true }).getByRole('radio', { name: choice }),
    saveMail: page.getByRole('button', { name: 'Enregistrer mes préférences d’e-mail' }),
    currentPassword: page.getByLabel('Mot de passe actuel', { exact: true }),
    newPassword: page.getByLabel('Nouveau mot de passe', { exact: true }),
    confirmPassword: page.getByLabel('Confirmation du nouveau mot de passe', { exact: true }),
    changePassword: page.getByRole('button', { name: 'Changer mon mot de passe' }),
    signOutEverywhere: page.getByRole('button', { name: 'Me déconnecter partout', exact: true }),
    dataJson: page.getByRole('link', { name: /^Télécharger mes données \(JSON/ }),
    dataHtml: page.getByRole('link', { name: /^Télécharger mes données \(page lisible/ }),
    status: (text) => page.getByRole('status').filter({ hasText: text }),
  }
}
