import { SPACE_ROLE_LABELS, type SpaceRole } from '@maillage/schema'
import type { MailMessage } from '../mail/MailMessage.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

const EXPIRY = lazyDateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

/** Path of the web app's page that accepts an invitation, the link of its mail. */
export function invitationPath(token: string): string {
  return `/invitation/${token}`
}

/**
 * The mail of an invitation sent to the address it was made for (kind `invitation`):
 * who invites, to which space, with which role, until when; the link carries the secret, which
 * exists only now (only its hash is stored).
 */
export function invitationMail(invitation: {
  readonly inviterName: string
  readonly spaceName: string
  readonly role: SpaceRole
  readonly expiresAt: string
  readonly token: string
}): MailMessage {
  const role = SPACE_ROLE_LABELS[invitation.role].toLowerCase()
  return {
    kind: 'invitation',
    subject: `Invitation à rejoindre ${invitation.spaceName} sur Maillage`,
    heading: `${invitation.inviterName} vous invite à rejoindre ${invitation.spaceName}`,
    paragraphs: [
      `Maillage est la plateforme de travail des comités locaux pour l’emploi des Hauts-de-France. ` +
        `${invitation.inviterName} vous y invite dans l’espace « ${invitation.spaceName} » avec le rôle ${role}.`,
      `Le lien ci-dessous sert une seule fois et reste valable jusqu’au ${EXPIRY.format(new Date(invitation.expiresAt))}. ` +
        'Vous pourrez vous connecter avec votre compte, ou en créer un.',
      'Si vous n’attendiez pas cette invitation, ignorez ce message : rien ne se passe sans vous.',
    ],
    action: { label: 'Accepter l’invitation', path: invitationPath(invitation.token) },
  }
}
