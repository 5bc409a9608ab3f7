import { z } from 'zod'

/** What the audit trail records. */
export const AuditAction = {
  LoginSucceeded: 'login.succeeded',
  LoginFailed: 'login.failed',
  Logout: 'logout',
  AccountCreated: 'account.created',
  AccountPasswordChanged: 'account.password-changed',
  AccountSignedOutEverywhere: 'account.signed-out-everywhere',
  AccountDeleted: 'account.deleted',
  MembershipGranted: 'membership.granted',
  MembershipChanged: 'membership.changed',
  MembershipRevoked: 'membership.revoked',
  InvitationCreated: 'invitation.created',
  InvitationAccepted: 'invitation.accepted',
  InvitationRevoked: 'invitation.revoked',
  SpaceCreated: 'space.created',
  SpaceReviewChanged: 'space.review-changed',
  MemberModeChanged: 'membership.mode-changed',
  DocumentCreated: 'document.created',
  DocumentArchived: 'document.archived',
  DocumentRestored: 'document.restored',
  DocumentDeleted: 'document.deleted',
  DocumentExported: 'document.exported',
  VersionNamed: 'document.version-named',
  VersionRestored: 'document.version-restored',
  IndicatorMeasured: 'indicator.measured',
  TokenCreated: 'token.created',
  TokenRevoked: 'token.revoked',
  ToolProposed: 'tool-proposal.submitted',
  ToolProposalMoved: 'tool-proposal.moved',
  ToolUsageMarked: 'tool-usage.marked',
  ToolUsageUnmarked: 'tool-usage.unmarked',
  MaturityCampaignOpened: 'maturity-campaign.created',
  MaturityCampaignClosed: 'maturity-campaign.closed',
  MaturityAssessmentSubmitted: 'maturity-assessment.submitted',
  LettrePrepared: 'lettre.prepared',
  LettreProofread: 'lettre.proofread',
  LettrePublished: 'lettre.published',
  CommentThreadOpened: 'comment.thread-opened',
  CommentReplied: 'comment.replied',
  CommentResolved: 'comment.resolved',
  CommentReopened: 'comment.reopened',
  VeilleProposed: 'veille.proposed',
  VeilleEdited: 'veille.edited',
  VeilleCurated: 'veille.curated',
  VeilleDeleted: 'veille.deleted',
  VeilleImported: 'veille.imported',
  AvisSubmitted: 'avis.submitted',
  AvisPositionTaken: 'avis.position-taken',
  AvisAdopted: 'avis.adopted',
  AvisWithdrawn: 'avis.withdrawn',
} as const
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction]

/** One line of the append-only audit trail. */
export const auditEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(Object.values(AuditAction) as [AuditAction, ...AuditAction[]]),
  /** Account that acted, when known (a failed login has none). */
  actorId: z.string().optional(),
  /** What was acted on: an account, space, document, invitation or token id. */
  target: z.string().optional(),
  ip: z.string().optional(),
  details: z.record(z.string(), z.string()).optional(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
