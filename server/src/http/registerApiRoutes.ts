import type { FastifyInstance } from 'fastify'
import type { ApiContext } from './ApiContext.ts'
import { registerAccountSessionRoutes } from './routes/accountSessionRoutes.ts'
import { registerAtelierGroupRoutes } from './routes/atelierGroupRoutes.ts'
import { registerAtelierRoutes } from './routes/atelierRoutes.ts'
import { registerAtelierWallRoutes } from './routes/atelierWallRoutes.ts'
import { registerAtelierPollRoutes } from './routes/atelierPollRoutes.ts'
import { registerAtelierTimerRoutes } from './routes/atelierTimerRoutes.ts'
import { registerAuditRoutes } from './routes/auditRoutes.ts'
import { registerAvisRoutes } from './routes/avisRoutes.ts'
import { registerBilanRoutes } from './routes/bilanRoutes.ts'
import { registerCalendarRoutes } from './routes/calendarRoutes.ts'
import { registerCommentRoutes } from './routes/commentRoutes.ts'
import { registerDocumentRoutes } from './routes/documentRoutes.ts'
import { registerExchangeRoutes } from './routes/exchangeRoutes.ts'
import { registerDocumentFileRoutes } from './routes/documentFileRoutes.ts'
import { registerExportRoutes } from './routes/exportRoutes.ts'
import { registerHomeRoutes } from './routes/homeRoutes.ts'
import { registerInvitationRoutes } from './routes/invitationRoutes.ts'
import { registerLettreRoutes } from './routes/lettreRoutes.ts'
import { registerMailRoutes } from './routes/mailRoutes.ts'
import { registerMaturityRoutes } from './routes/maturityRoutes.ts'
import { registerMeasurementRoutes } from './routes/measurementRoutes.ts'
import { registerNotificationRoutes } from './routes/notificationRoutes.ts'
import { registerOidcRoutes } from './routes/oidcRoutes.ts'
import { registerPilotageEventRoutes } from './routes/pilotageEventRoutes.ts'
import { registerPilotageRoutes } from './routes/pilotageRoutes.ts'
import { registerPrivacyRoutes } from './routes/privacyRoutes.ts'
import { registerSearchRoutes } from './routes/searchRoutes.ts'
import { registerSessionRoutes } from './routes/sessionRoutes.ts'
import { registerSpaceRoutes } from './routes/spaceRoutes.ts'
import { registerSurveyRoutes } from './routes/surveyRoutes.ts'
import { registerTokenRoutes } from './routes/tokenRoutes.ts'
import { registerToolboxRoutes } from './routes/toolboxRoutes.ts'
import { registerToolProposalRoutes } from './routes/toolProposalRoutes.ts'
import { registerVersionRoutes } from './routes/versionRoutes.ts'
import { registerVeilleRoutes } from './routes/veilleRoutes.ts'
import { registerDecisionRoutes } from './routes/decisionRoutes.ts'
import { registerGovernanceCalendarRoutes } from './routes/governanceCalendarRoutes.ts'
import { registerProgrammeRoutes } from './routes/programmeRoutes.ts'
import { registerInstanceRoutes } from './routes/instanceRoutes.ts'
import { registerMeetingRoutes } from './routes/meetingRoutes.ts'

/** Every `/api` route, behind the origin and CSRF check of state-changing requests. */
export function registerApiRoutes(app: FastifyInstance, context: ApiContext): void {
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/')) await context.guard.checkStateChange(request)
  })
  registerSessionRoutes(app, context)
  registerOidcRoutes(app, context)
  registerAccountSessionRoutes(app, context)
  registerSpaceRoutes(app, context)
  registerInvitationRoutes(app, context)
  registerDocumentRoutes(app, context)
  registerCommentRoutes(app, context)
  registerExportRoutes(app, context)
  registerDocumentFileRoutes(app, context)
  registerHomeRoutes(app, context)
  registerSearchRoutes(app, context)
  registerTokenRoutes(app, context)
  registerAuditRoutes(app, context)
  registerToolboxRoutes(app, context)
  registerToolProposalRoutes(app, context)
  registerNotificationRoutes(app, context)
  registerSurveyRoutes(app, context)
  registerExchangeRoutes(app, context)
  registerAtelierRoutes(app, context)
  registerAtelierWallRoutes(app, context)
  registerAtelierPollRoutes(app, context)
  registerAtelierGroupRoutes(app, context)
  registerAtelierTimerRoutes(app, context)
  registerCalendarRoutes(app, context)
  registerMaturityRoutes(app, context)
  registerAvisRoutes(app, context)
  registerMeasurementRoutes(app, context)
  registerPilotageEventRoutes(app, context)
  registerPilotageRoutes(app, context)
  registerBilanRoutes(app, context)
  registerLettreRoutes(app, context)
  registerMailRoutes(app, context)
  registerPrivacyRoutes(app, context)
  registerVersionRoutes(app, context)
  registerVeilleRoutes(app, context)
  registerDecisionRoutes(app, context)
  registerGovernanceCalendarRoutes(app, context)
  registerProgrammeRoutes(app, context)
  registerInstanceRoutes(app, context)
  registerMeetingRoutes(app, context)
}
