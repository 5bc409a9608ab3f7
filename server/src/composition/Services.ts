import type { AccountService } from '../accounts/AccountService.ts'
import type { AccountSessionService } from '../accounts/AccountSessionService.ts'
import type { SignInService } from '../accounts/SignInService.ts'
import type { AtelierServices } from '../ateliers/createAtelierServices.ts'
import type { AtelierWallService } from '../ateliers/toolkit/wall/index.ts'
import type { PollsToolkit } from '../ateliers/toolkit/polls/index.ts'
import type { TimerToolkit } from '../ateliers/toolkit/timer/index.ts'
import type { AuditService } from '../audit/AuditService.ts'
import type { AdoptedAvisExport } from '../avis/AdoptedAvisExport.ts'
import type { AvisService } from '../avis/AvisService.ts'
import type { CommentRateLimit } from '../comments/CommentRateLimit.ts'
import type { CommentService } from '../comments/CommentService.ts'
import type { AccessTokenService } from '../auth/AccessTokenService.ts'
import type { OidcLogin } from '../auth/oidc/OidcLogin.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { DocumentExportService } from '../documents/DocumentExportService.ts'
import type { DocumentIndexer } from '../documents/DocumentIndexer.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { HomeService } from '../documents/HomeService.ts'
import type { MeasurementService } from '../documents/measurements/MeasurementService.ts'
import type { PilotageEventFeed } from '../documents/PilotageEventFeed.ts'
import type { SpaceDocumentService } from '../documents/SpaceDocumentService.ts'
import type { ExchangeService } from '../exchanges/ExchangeService.ts'
import type { ExportServices } from '../exports/createExportServices.ts'
import type { MessageRateLimit } from '../exchanges/MessageRateLimit.ts'
import type { InvitationService } from '../invitations/InvitationService.ts'
import type { MailDelivery } from '../mail/createMailServices.ts'
import type { MailPreferenceService } from '../mail/MailPreferenceService.ts'
import type { MailService } from '../mail/MailService.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { LettreService } from '../lettre/LettreService.ts'
import type { PilotageBilanService } from '../pilotage/bilan/PilotageBilanService.ts'
import type { PilotageService } from '../pilotage/PilotageService.ts'
import type { PrivacyServices } from '../privacy/createPrivacyServices.ts'
import type { SearchService } from '../search/SearchService.ts'
import type { SpaceService } from '../spaces/SpaceService.ts'
import type { SurveyAccessService } from '../survey/SurveyAccessService.ts'
import type { SurveyService } from '../survey/SurveyService.ts'
import type { MaturityAccessService } from '../maturity/MaturityAccessService.ts'
import type { MaturityService } from '../maturity/MaturityService.ts'
import type { ToolCatalogue } from '../toolbox/ToolCatalogue.ts'
import type { ToolProposalService } from '../toolbox/ToolProposalService.ts'
import type { ToolUsageService } from '../toolbox/ToolUsageService.ts'
import type { DocumentVersionService } from '../versions/DocumentVersionService.ts'
import type { EditingSessions } from '../versions/EditingSessions.ts'
import type { VeilleFeedService } from '../veille/VeilleFeedService.ts'
import type { VeilleImportService } from '../veille/VeilleImportService.ts'
import type { VeilleService } from '../veille/VeilleService.ts'
import type { DecisionRegister } from '../decisions/DecisionRegister.ts'
import type { GovernanceCalendarService } from '../governanceCalendar/GovernanceCalendarService.ts'
import type { ProgrammeServices } from '../programme/index.ts'
import type { InstanceService } from '../instances/InstanceService.ts'
import type { MeetingServices } from '../meetings/createMeetingServices.ts'

/** The services of the boîte à outils. */
export interface ToolboxServices {
  readonly catalogue: ToolCatalogue
  readonly usage: ToolUsageService
  readonly proposals: ToolProposalService
}

/** Every service of the server, each built once by `createServer`. */
export interface Services {
  readonly sessions: SessionManager
  readonly accounts: AccountService
  readonly signIn: SignInService
  /** Sign-in through the OpenID provider (ProConnect); null when none is configured. */
  readonly oidcLogin: OidcLogin | null
  /** Password change and « déconnecter partout » (oneself, or an admin for an account). */
  readonly accountSessions: AccountSessionService
  readonly spaces: SpaceService
  readonly invitations: InvitationService
  readonly accessTokens: AccessTokenService
  readonly audit: AuditService
  readonly notifications: NotificationService
  readonly documents: DocumentService
  /** The documents of the spaces as members list and manage them, with their access rules. */
  readonly spaceDocuments: SpaceDocumentService
  /** Exports of fiches action, audited. */
  readonly documentExports: DocumentExportService
  readonly home: HomeService
  /** The search box: French full text over what a person may read (`GET /api/recherche`). */
  readonly search: SearchService
  /**
   * The index of documents: `reindex(documentId, editorAccountId)` after a change of the server's
   * own (a measurement, the demo seed, a submission), so that lists and dashboards follow.
   */
  readonly indexer: DocumentIndexer
  /** Dated measurements of indicators, written into the fiches. */
  readonly measurements: MeasurementService
  /** The index events the open dashboards follow, filtered by who may see them. */
  readonly pilotageEvents: PilotageEventFeed
  readonly toolbox: ToolboxServices
  readonly surveys: SurveyService
  /** The survey as people use it through the API, with its access rules. */
  readonly surveyAccess: SurveyAccessService
  /**
   * The démarche de progression's rules (campaigns, self-assessments, submissions); also the
   * latest profile of each CLPE for the regional view (`MaturitySnapshots`).
   */
  readonly maturity: MaturityService
  /** The démarche de progression as people use it through the API, with its access rules. */
  readonly maturityAccess: MaturityAccessService
  /** The dashboards of the pilotage: a CLPE's « Pilotage » page and the regional view. */
  readonly pilotage: PilotageService
  /** The bilan for the bureau du CoRE, drafted from the regional view. */
  readonly pilotageBilans: PilotageBilanService
  /** The lettre d’information: numéros prepared, proof-read and published by the regional team. */
  readonly lettres: LettreService
  /** The échanges between CLPE and CoRE: threads, messages, « nous aussi ». */
  readonly exchanges: ExchangeService
  /**
   * The rate of messages people post at the API (the demo seeding writes through the service
   * without it).
   */
  readonly messageRateLimit: MessageRateLimit
  /** Comments anchored in the text or on a field of any document, written into its Y.Doc. */
  readonly comments: CommentService
  /** The rate of comments people post at the API (threads and replies). */
  readonly commentRateLimit: CommentRateLimit
  /** The programme of ateliers, their live sessions and calendars. */
  readonly ateliers: AtelierServices
  /** The wall of the ateliers' live sessions: anonymous notes, vote budgets, moderation, exports. */
  readonly atelierWall: AtelierWallService
  /** The polls, quizzes and word clouds of the ateliers' live sessions. */
  readonly atelierPolls: PollsToolkit
  /** The timer, raised hands and reactions of the ateliers' live sessions. */
  readonly atelierTimer: TimerToolkit
  /** E-mail: `notifyAccounts` and `sendToAddress`, through the outbox. */
  readonly mail: MailService
  /** Each person's choice of mails, and the unsubscribe links of mails. */
  readonly mailPreferences: MailPreferenceService
  /** The sending of mails (queue worker, daily digest), started and stopped by `createServer`. */
  readonly mailDelivery: MailDelivery
  /** « Mes données », the deletion of one's account and the retention of personal data. */
  readonly privacy: PrivacyServices
  /** The adoption of avis: submission, members' positions, adoption, withdrawal. */
  readonly avis: AvisService
  /** The adopted version of an avis as an ODT, DOCX, PDF or Markdown file. */
  readonly avisExport: AdoptedAvisExport
  /** The version history of documents: list, name, view, compare, restore (`loadVersionDoc`). */
  readonly versions: DocumentVersionService
  /** The editing sessions that make automatic versions, fed by the rooms, closed after them. */
  readonly editingSessions: EditingSessions
  /** Documents and dossiers as ODT, DOCX, PDF and Markdown files; the LibreOffice converter. */
  readonly exports: ExportServices
  /** The veille: items proposed by members, curated by the regional team (`listItems` for the lettre). */
  readonly veille: VeilleService
  /** The veille's Atom and RSS feeds and each person's secret address of them. */
  readonly veilleFeeds: VeilleFeedService
  /** The import of an external RSS or Atom feed into the veille. */
  readonly veilleImport: VeilleImportService
  /** The register of decisions of the governance's instances. */
  readonly decisions: DecisionRegister
  /** The governance's calendar: séances, milestones and ateliers, its `.ics` and feeds. */
  readonly governanceCalendar: GovernanceCalendarService
  /** The programme d’accompagnement: versions, validation steps, links and suivi. */
  readonly programme: ProgrammeServices
  /** The governance's instances and their members' mandates (`findInstance`, `activeMembers`). */
  readonly instances: InstanceService
  /** The séances of the instances: ordre du jour, convocation, attendance, relevé, closing. */
  readonly meetings: MeetingServices
}
