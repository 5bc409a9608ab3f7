import { ATELIER_PLACE_NOTIFICATION_KIND } from '../ateliers/AtelierService.ts'
import {
  ATELIER_DATE_CHANGE_NOTIFICATION_KIND,
  ATELIER_REGISTRATION_NOTIFICATION_KIND,
  ATELIER_REMINDER_NOTIFICATION_KIND,
} from '../ateliers/atelierNotices.ts'
import { SUPRA_TERRITORIAL_NOTIFICATION_KIND } from '../exchanges/notifyCoreOfSupraTerritorial.ts'
import { MENTION_NOTIFICATION_KIND } from '../exchanges/MessagePoster.ts'
import { ECHO_NOTIFICATION_KIND, REPLY_NOTIFICATION_KIND } from '../exchanges/notifyThreadAuthor.ts'
import { SURVEY_OPENED_NOTIFICATION } from '../survey/announceSurvey.ts'
import { PROPOSAL_RECEIVED_NOTIFICATION } from '../toolbox/announceProposal.ts'
import { PROPOSAL_NOTIFICATION_KIND } from '../toolbox/ToolProposalService.ts'
import type { MailKind } from './MailKind.ts'

/**
 * The kinds of in-app notification that are also mailed, and as which kind of mail: each
 * notification of one of them goes to `MailService.notifyAccounts` with the same text and link.
 * A new event that should be mailed adds its entry here (one line).
 */
export const NOTIFICATION_MAIL_KINDS: Readonly<Record<string, MailKind>> = {
  [MENTION_NOTIFICATION_KIND]: 'mention',
  [PROPOSAL_NOTIFICATION_KIND]: 'decision-proposition',
  [PROPOSAL_RECEIVED_NOTIFICATION]: 'nouvelle-proposition',
  [ATELIER_REGISTRATION_NOTIFICATION_KIND]: 'inscription-atelier',
  [ATELIER_PLACE_NOTIFICATION_KIND]: 'promotion-liste-attente',
  [ATELIER_REMINDER_NOTIFICATION_KIND]: 'rappel-atelier',
  [ATELIER_DATE_CHANGE_NOTIFICATION_KIND]: 'changement-date-atelier',
  [REPLY_NOTIFICATION_KIND]: 'reponse-discussion',
  [ECHO_NOTIFICATION_KIND]: 'nous-aussi',
  [SURVEY_OPENED_NOTIFICATION]: 'enquete-ouverte',
  [SUPRA_TERRITORIAL_NOTIFICATION_KIND]: 'supra-territorial',
}
