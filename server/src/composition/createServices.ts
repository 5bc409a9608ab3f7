import { AccountService } from '../accounts/AccountService.ts'
import { AccountSessionService } from '../accounts/AccountSessionService.ts'
import { SignInService } from '../accounts/SignInService.ts'
import { createAtelierServices } from '../ateliers/createAtelierServices.ts'
import { AtelierWallService } from '../ateliers/toolkit/wall/index.ts'
import { createTimerToolkit } from '../ateliers/toolkit/timer/index.ts'
import { createPollsToolkit } from '../ateliers/toolkit/polls/index.ts'
import { AuditService } from '../audit/AuditService.ts'
import { createAvisServices } from '../avis/createAvisServices.ts'
import { CommentService } from '../comments/CommentService.ts'
import { CommentRateLimit, DEFAULT_COMMENT_RATE_LIMITS } from '../comments/CommentRateLimit.ts'
import { AccessTokenService } from '../auth/AccessTokenService.ts'
import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import { createOidcLogin } from '../auth/oidc/createOidcLogin.ts'
import type { OidcSettings } from '../auth/oidc/OidcSettings.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { DocumentExportService } from '../documents/DocumentExportService.ts'
import type { DocumentIndexer } from '../documents/DocumentIndexer.ts'
import type { DocumentPresence } from '../documents/DocumentPresence.ts'
import { DocumentService } from '../documents/DocumentService.ts'
import { HomeService } from '../documents/HomeService.ts'
import {
  MEASUREMENTS_PER_MINUTE,
  MeasurementService,
} from '../documents/measurements/MeasurementService.ts'
import { PilotageEventFeed } from '../documents/PilotageEventFeed.ts'
import { SpaceDocumentService } from '../documents/SpaceDocumentService.ts'
import { ExchangeService } from '../exchanges/ExchangeService.ts'
import { createExportServices } from '../exports/createExportServices.ts'
import { exportDocument } from '../exports/exportDocument.ts'
import { DEFAULT_MESSAGE_RATE_LIMITS, MessageRateLimit } from '../exchanges/MessageRateLimit.ts'
import { InvitationService } from '../invitations/InvitationService.ts'
import { createMailServices } from '../mail/createMailServices.ts'
import type { MailConfig } from '../mail/MailConfig.ts'
import { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { LettreService } from '../lettre/LettreService.ts'
import { PilotageBilanService } from '../pilotage/bilan/PilotageBilanService.ts'
import { PilotageService } from '../pilotage/PilotageService.ts'
import { createPrivacyServices } from '../privacy/createPrivacyServices.ts'
import type { RetentionPeriods } from '../privacy/RetentionJob.ts'
import { SpaceService } from '../spaces/SpaceService.ts'
import { SurveyAccessService } from '../survey/SurveyAccessService.ts'
import { SurveyService } from '../survey/SurveyService.ts'
import { MaturityAccessService } from '../maturity/MaturityAccessService.ts'
import { MaturityService } from '../maturity/MaturityService.ts'
import type { Timers } from '../time/Timers.ts'
import type { Logger } from 'pino'
import { ToolCatalogue } from '../toolbox/ToolCatalogue.ts'
import { ToolProposalService } from '../toolbox/ToolProposalService.ts'
import { ToolUsageService } from '../toolbox/ToolUsageService.ts'
import { createVersionServices } from '../versions/createVersionServices.ts'
import type { VersionStore } from '../versions/VersionStore.ts'
import { createVeilleServices } from '../veille/createVeilleServices.ts'
import { GovernanceCalendarService } from '../governanceCalendar/GovernanceCalendarService.ts'
import { createProgrammeServices } from '../programme/index.ts'
import { InstanceService } from '../instances/InstanceService.ts'
import { DecisionRegister } from '../decisions/DecisionRegister.ts'
import { createMeetingServices } from '../meetings/createMeetingServices.ts'
import type { VeilleImportLimits } from '../veille/VeilleImportLimits.ts'
import type { SearchService } from '../search/SearchService.ts'
import type { Services } from './Services.ts'

/** The ports and settings every service is built from (see {@link createServices}). */
export interface ServiceDependencies {
  readonly metadata: MetadataStore
  /** Where services read and change documents' content, never through the rooms. */
  readonly content: DocumentContent
  /** Who is connected to which document, whatever process holds the room. */
  readonly presence: DocumentPresence
  readonly sessions: SessionManager
  /** Locks, event windows and access events: in this process or shared through Redis. */
  readonly coordination: Coordination
  readonly timers: Timers
  /** Keeps the index of documents in step with their content (built with the rooms). */
  readonly indexer: DocumentIndexer
  readonly logger: Logger
  /** Production mode: no demo accounts, the first admin is created through `/api/setup`. */
  readonly production: boolean
  /** How mails leave the server; absent: they stay queued (tests that do not read them). */
  readonly mail?: MailConfig
  /** `MAILLAGE_PUBLIC_URL`, the origin of the links of mails. */
  readonly publicUrl?: string
  /** The OpenID provider people may sign in with (ProConnect), if any. */
  readonly oidc: OidcSettings | undefined
  /** How long personal data is kept; absent: `DEFAULT_RETENTION_PERIODS`. */
  readonly retention?: RetentionPeriods | undefined
  /** The search people make, built with its index beside the rooms (`search/openSearch`). */
  readonly search: SearchService
  /** Where the versions of documents are kept (`versions/openVersionStore`). */
  readonly versionStore: VersionStore
  /** Bounds of the veille's import of external feeds; absent: `DEFAULT_VEILLE_IMPORT_LIMITS`. */
  readonly veilleImport?: Partial<VeilleImportLimits> | undefined
  /** The LibreOffice command for ODT and PDF exports (`MAILLAGE_SOFFICE`); absent: `soffice`. */
  readonly officeCommand?: string | undefined
}

/**
 * Builds every service once, each after what it depends on: the only place that constructs one.
 * Each namespace of locks and event windows is asked for once, here.
 */
export function createServices(dependencies: ServiceDependencies): Services {
  const { metadata: store, content, presence, sessions, coordination, timers } = dependencies
  const { indexer, logger } = dependencies
  const { accessEvents } = coordination
  const mailServices = createMailServices({
    store,
    timers,
    logger,
    config: dependencies.mail,
    publicUrl: dependencies.publicUrl,
  })
  const notifications = new NotificationService({
    store,
    timers,
    mailer: mailServices.notificationMailer,
  })
  const documents = new DocumentService({
    metadata: store,
    content,
    timers,
    accessEvents,
    indexEvents: coordination.indexEvents,
    creationWindows: coordination.windows('document-creations'),
  })
  const accounts = new AccountService({
    store,
    sessions,
    timers,
    production: dependencies.production,
  })
  const signIn = new SignInService({ store, sessions, accounts, accessEvents, timers })
  const catalogue = new ToolCatalogue(store)
  const surveys = new SurveyService({
    store,
    documents,
    content,
    timers,
    notifications,
    locks: coordination.locks('survey-answers'),
  })
  const maturity = new MaturityService({
    store,
    documents,
    content,
    timers,
    locks: coordination.locks('maturity-assessments'),
    indexer,
    events: coordination.indexEvents,
  })
  const pilotage = new PilotageService({ store, maturity, timers })
  const versions = createVersionServices({
    store: dependencies.versionStore,
    metadata: store,
    content,
    indexer,
    coordination,
    timers,
    logger,
  })
  const exportServices = createExportServices({
    store,
    content,
    timers,
    windows: coordination.windows('document-file-exports'),
    officeCommand: dependencies.officeCommand,
  })
  const avisServices = createAvisServices({
    store,
    content,
    versions: versions.history,
    notifications,
    indexer,
    locks: coordination.locks('avis-adoption'),
    exportDocument: (input) =>
      exportDocument({ ...input, converter: exportServices.officeConverter }),
    timers,
  })
  // Before the ateliers: the compte rendu of a session includes its polls and word clouds.
  const atelierPolls = createPollsToolkit({ store, content, timers, logger })
  const ateliers = createAtelierServices({
    store,
    documents,
    content,
    presence,
    sessions,
    timers,
    accessEvents,
    notifications,
    compteRenduLocks: coordination.locks('compte-rendu'),
    pollsCompteRendu: (atelierId) => atelierPolls.compteRenduSources(atelierId),
    logger,
  })
  const instances = new InstanceService({ store, timers })
  // The register of decisions, which the séances' closing records into (and the register's own routes use).
  const decisions = new DecisionRegister({ store, instances, timers })
  const meetingServices = createMeetingServices({
    store,
    documents,
    content,
    instances,
    decisions,
    notifications,
    mail: mailServices.mail,
    accessEvents,
    closeLocks: coordination.locks('meeting-close'),
    timers,
  })
  return {
    sessions,
    accounts,
    signIn,
    mail: mailServices.mail,
    mailPreferences: mailServices.mailPreferences,
    mailDelivery: mailServices.mailDelivery,
    oidcLogin:
      dependencies.oidc === undefined
        ? null
        : createOidcLogin({
            settings: dependencies.oidc,
            store,
            accounts,
            signIn,
            timers,
            logger,
            usedStates: coordination.windows('oidc-states'),
          }),
    accountSessions: new AccountSessionService({ store, sessions, timers }),
    spaces: new SpaceService({ store, accessEvents, timers }),
    invitations: new InvitationService({
      store,
      signIn,
      sessions,
      accessEvents,
      timers,
      locks: coordination.locks('invitations'),
      mail: mailServices.mail,
      logger,
    }),
    accessTokens: new AccessTokenService({ store, accessEvents, timers }),
    audit: new AuditService({ store }),
    notifications,
    documents,
    spaceDocuments: new SpaceDocumentService({ store, documents, timers }),
    documentExports: new DocumentExportService({ store, content, timers }),
    home: new HomeService({ metadata: store, timers }),
    search: dependencies.search,
    indexer,
    measurements: new MeasurementService({
      store,
      content,
      indexer,
      timers,
      rateLimit: new AccountRateLimit({
        limits: { perAccount: MEASUREMENTS_PER_MINUTE, windowMs: 60_000 },
        timers,
        tooFast: (seconds) =>
          `Vous avez saisi beaucoup de mesures en peu de temps : réessayez dans ${seconds} s.`,
        windows: coordination.windows('indicator-measurements'),
      }),
    }),
    pilotageEvents: new PilotageEventFeed({
      events: coordination.indexEvents,
      accessEvents,
      store,
      logger,
      timers,
    }),
    toolbox: {
      catalogue,
      usage: new ToolUsageService({ store, catalogue, timers }),
      proposals: new ToolProposalService({
        store,
        documents,
        notifications,
        timers,
        register: decisions,
        locks: coordination.locks('tool-proposals'),
      }),
    },
    surveys,
    surveyAccess: new SurveyAccessService({ store, surveys, timers }),
    maturity,
    maturityAccess: new MaturityAccessService({ store, maturity, timers }),
    pilotage,
    lettres: new LettreService({
      store,
      documents,
      content,
      indexer,
      mail: mailServices.mail,
      timers,
      locks: coordination.locks('lettre-editions'),
      windows: coordination.windows('lettre-editions'),
      versions: versions.history,
      logger,
    }),
    pilotageBilans: new PilotageBilanService({
      store,
      documents,
      content,
      pilotage,
      indexer,
      timers,
      windows: coordination.windows('pilotage-bilans'),
    }),
    exchanges: new ExchangeService({
      store,
      documents,
      content,
      notifications,
      timers,
      locks: coordination.locks('exchange-threads'),
    }),
    messageRateLimit: new MessageRateLimit(
      DEFAULT_MESSAGE_RATE_LIMITS,
      timers,
      coordination.windows('exchange-messages'),
    ),
    comments: new CommentService({ store, content, notifications, timers }),
    commentRateLimit: new CommentRateLimit(
      DEFAULT_COMMENT_RATE_LIMITS,
      timers,
      coordination.windows('comments'),
    ),
    ateliers,
    atelierWall: new AtelierWallService({
      store,
      content,
      timers,
      locks: coordination.locks('atelier-wall'),
      sessions,
    }),
    atelierTimer: createTimerToolkit({ store, content, timers, coordination }),
    atelierPolls,
    versions: versions.history,
    editingSessions: versions.sessions,
    exports: exportServices,
    ...avisServices,
    privacy: createPrivacyServices({
      store,
      content,
      versions: dependencies.versionStore,
      sessions,
      timers,
      coordination,
      logger,
      periods: dependencies.retention,
      releaseRegistrations: (actor) => ateliers.programme.releaseRegistrationsOf(actor),
    }),
    programme: createProgrammeServices({ store, timers, decisions }),
    ...createVeilleServices({
      store,
      sessions,
      timers,
      coordination,
      importLimits: dependencies.veilleImport,
    }),
    decisions,
    governanceCalendar: new GovernanceCalendarService({
      store,
      sessions,
      timers,
      meetings: meetingServices.meetings,
      ateliers: ateliers.programme,
      instances,
    }),
    instances,
    meetings: meetingServices,
  }
}
