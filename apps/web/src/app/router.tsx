import type { ComponentType, ReactNode } from 'react'
import { matchRoutes, Navigate, useRoutes, type RouteObject } from 'react-router'
import { RequireSession } from '../features/auth/RequireSession.tsx'
import { Layout } from './Layout.tsx'
import { lazyPage, type LazyPage } from './lazyPage.tsx'
import { lazyPiece } from './lazyPiece.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx'

/** A route of the app; those of screens loaded on first visit can load their code earlier. */
type AppRoute = RouteObject & { readonly preload?: LazyPage['preload']; children?: AppRoute[] }

/**
 * A route whose screen is loaded when first visited: `name` is the component the module exports.
 */
function page<M extends Record<N, ComponentType>, N extends string>(
  load: () => Promise<M>,
  name: N,
): LazyPage {
  return lazyPage(async () => (await load())[name])
}

// The pieces the document and atelier screens show beside their content, loaded when shown.
const DocumentKindPanel = lazyPiece(
  async () => (await import('./DocumentKindPanel.tsx')).DocumentKindPanel,
)
const DocumentExportMenu = lazyPiece(
  async () => (await import('../features/exports/DocumentExportMenu.tsx')).DocumentExportMenu,
)
const ProgrammeLineMention = lazyPiece(
  async () =>
    (await import('../features/gouvernance/programme/ProgrammeLineMention.tsx'))
      .ProgrammeLineMention,
)

/**
 * The routes of the app, in French. Every screen is loaded when first visited (the frame, the
 * session check and the not-found page excepted), so that opening a document downloads the
 * document screen and not the accueil, the profile or the gouvernance; the document screen's
 * own pieces that are not needed to show the text are loaded by the screen itself. While the
 * first screen's code arrives, « Chargement de la page… »; if it cannot be loaded (e.g. after an
 * update), `RouteError` offers to reload. This is where one feature's piece is handed to another's
 * screen (features never import each other).
 */
const routes: AppRoute[] = [
  {
    element: (
      <RouteErrorBoundary>
        <Layout />
      </RouteErrorBoundary>
    ),
    children: [
      {
        path: '/connexion',
        ...page(() => import('../features/auth/SignInPage.tsx'), 'SignInPage'),
      },
      {
        path: '/invitation/:token',
        ...page(() => import('../features/invitation/InvitationPage.tsx'), 'InvitationPage'),
      },
      {
        path: '/accessibilite',
        ...page(() => import('./AccessibilityPage.tsx'), 'AccessibilityPage'),
      },
      {
        path: '/desabonnement/:token',
        ...page(() => import('../features/unsubscribe/UnsubscribePage.tsx'), 'UnsubscribePage'),
      },
      {
        path: '/compte-supprime',
        ...page(() => import('../features/profile/AccountDeletedPage.tsx'), 'AccountDeletedPage'),
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', ...page(() => import('../features/home/HomePage.tsx'), 'HomePage') },
          {
            path: '/espaces/:spaceId',
            ...lazyPage(async () => {
              const [{ SpacePage }, { SpaceToolsPanel }] = await Promise.all([
                import('../features/spaces/SpacePage.tsx'),
                import('../features/toolbox/SpaceToolsPanel.tsx'),
              ])
              return () => <SpacePage ToolsPanel={SpaceToolsPanel} />
            }),
          },
          {
            path: '/espaces/:spaceId/pilotage',
            ...page(
              () => import('../features/pilotage/ClpeDashboardPage.tsx'),
              'ClpeDashboardPage',
            ),
          },
          {
            path: '/documents/:documentId',
            ...lazyPage(async () => {
              const [
                { DocumentPage },
                { useDocumentCommentsBinding },
                { useDocumentSuggestionsBinding },
              ] = await Promise.all([
                import('../features/document/DocumentPage.tsx'),
                import('../features/comments/useDocumentCommentsBinding.tsx'),
                import('../features/suggestions/useDocumentSuggestionsBinding.tsx'),
              ])
              return () => (
                <DocumentPage
                  KindPanel={DocumentKindPanel}
                  ExportMenu={DocumentExportMenu}
                  useComments={useDocumentCommentsBinding}
                  useSuggestions={useDocumentSuggestionsBinding}
                  ProgrammeMention={ProgrammeLineMention}
                />
              )
            }),
          },
          {
            path: '/documents/:documentId/historique',
            ...page(() => import('../features/history/HistoryPage.tsx'), 'HistoryPage'),
          },
          {
            path: '/profil',
            ...page(() => import('../features/profile/ProfilePage.tsx'), 'ProfilePage'),
          },
          {
            path: '/recherche',
            ...page(() => import('../features/search/SearchPage.tsx'), 'SearchPage'),
          },
          {
            path: '/boite-a-outils',
            ...page(() => import('../features/toolbox/CataloguePage.tsx'), 'CataloguePage'),
          },
          {
            path: '/boite-a-outils/proposer',
            ...page(() => import('../features/toolbox/ProposalFormPage.tsx'), 'ProposalFormPage'),
          },
          {
            path: '/boite-a-outils/propositions',
            ...page(() => import('../features/toolbox/ProposalsPage.tsx'), 'ProposalsPage'),
          },
          {
            path: '/boite-a-outils/propositions/:proposalId',
            ...page(() => import('./ProposalWithDecisions.tsx'), 'ProposalWithDecisions'),
          },
          {
            path: '/notifications',
            ...page(
              () => import('../features/notifications/NotificationsPage.tsx'),
              'NotificationsPage',
            ),
          },
          {
            path: '/pilotage',
            ...page(() => import('../features/pilotage/RegionalViewPage.tsx'), 'RegionalViewPage'),
          },
          {
            path: '/echanges',
            ...page(() => import('../features/exchanges/ExchangesPage.tsx'), 'ExchangesPage'),
          },
          {
            path: '/echanges/nouveau',
            ...page(() => import('../features/exchanges/NewExchangePage.tsx'), 'NewExchangePage'),
          },
          {
            path: '/echanges/synergies',
            ...page(() => import('../features/exchanges/SynergiesPage.tsx'), 'SynergiesPage'),
          },
          {
            path: '/echanges/:threadId',
            ...page(() => import('../features/exchanges/ExchangePage.tsx'), 'ExchangePage'),
          },
          {
            path: '/veille',
            ...page(() => import('../features/veille/VeillePage.tsx'), 'VeillePage'),
          },
          {
            // The Gouvernance section: its pages are children here, under its sub-navigation.
            path: '/gouvernance',
            ...page(
              () => import('../features/gouvernance/GouvernanceLayout.tsx'),
              'GouvernanceLayout',
            ),
            children: [
              { index: true, element: <Navigate to="/gouvernance/instances" replace /> },
              {
                path: '/gouvernance/instances',
                ...page(
                  () => import('../features/gouvernance/instances/InstancesPage.tsx'),
                  'InstancesPage',
                ),
              },
              {
                path: '/gouvernance/instances/:instanceId',
                ...page(
                  () => import('../features/gouvernance/instances/InstancePage.tsx'),
                  'InstancePage',
                ),
              },
              {
                path: '/gouvernance/seances',
                ...page(
                  () => import('../features/gouvernance/meetings/MeetingsPage.tsx'),
                  'MeetingsPage',
                ),
              },
              {
                path: '/gouvernance/seances/nouvelle',
                ...page(
                  () => import('../features/gouvernance/meetings/NewMeetingPage.tsx'),
                  'NewMeetingPage',
                ),
              },
              {
                path: '/gouvernance/seances/document/:documentId',
                ...page(
                  () => import('../features/gouvernance/meetings/MeetingOfDocumentPage.tsx'),
                  'MeetingOfDocumentPage',
                ),
              },
              {
                path: '/gouvernance/seances/:meetingId',
                ...page(
                  () => import('../features/gouvernance/meetings/MeetingPage.tsx'),
                  'MeetingPage',
                ),
              },
              {
                path: '/gouvernance/programme',
                ...page(
                  () => import('../features/gouvernance/programme/ProgrammePage.tsx'),
                  'ProgrammePage',
                ),
              },
              {
                path: '/gouvernance/decisions',
                ...page(
                  () => import('../features/gouvernance/decisions/DecisionsPage.tsx'),
                  'DecisionsPage',
                ),
              },
              {
                path: '/gouvernance/calendrier',
                ...page(
                  () => import('../features/gouvernance/calendar/CalendarPage.tsx'),
                  'CalendarPage',
                ),
              },
            ],
          },
          {
            path: '/lettre',
            ...page(() => import('../features/lettre/LettrePage.tsx'), 'LettrePage'),
          },
          {
            path: '/lettre/:lettreId',
            ...page(() => import('../features/lettre/LettreReadingPage.tsx'), 'LettreReadingPage'),
          },
          {
            path: '/ateliers',
            ...page(() => import('../features/ateliers/ProgrammePage.tsx'), 'ProgrammePage'),
          },
          {
            path: '/ateliers/nouveau',
            ...page(() => import('../features/ateliers/NewAtelierPage.tsx'), 'NewAtelierPage'),
          },
          {
            path: '/ateliers/:atelierId',
            ...lazyPage(async () => {
              const { AtelierPage } = await import('../features/ateliers/AtelierPage.tsx')
              return () => <AtelierPage ProgrammeMention={ProgrammeLineMention} />
            }),
          },
          {
            path: '/ateliers/:atelierId/session',
            ...page(() => import('../features/ateliers/SessionPage.tsx'), 'SessionPage'),
          },
          {
            path: '/enquetes',
            ...page(() => import('../features/survey/SurveysPage.tsx'), 'SurveysPage'),
          },
          {
            path: '/enquetes/nouvelle',
            ...page(() => import('../features/survey/NewSurveyPage.tsx'), 'NewSurveyPage'),
          },
          {
            path: '/enquetes/:surveyId',
            ...page(() => import('../features/survey/SurveyEditorPage.tsx'), 'SurveyEditorPage'),
          },
          {
            path: '/enquetes/:surveyId/reponses/:spaceId',
            ...page(() => import('../features/survey/SurveyAnswerPage.tsx'), 'SurveyAnswerPage'),
          },
          {
            path: '/enquetes/:surveyId/resultats',
            ...page(() => import('../features/survey/SurveyResultsPage.tsx'), 'SurveyResultsPage'),
          },
          {
            path: '/demarche-de-progression',
            ...page(() => import('../features/maturity/CampaignsPage.tsx'), 'CampaignsPage'),
          },
          {
            path: '/espaces/:spaceId/demarche-de-progression',
            ...page(
              () => import('../features/maturity/SpaceMaturityPage.tsx'),
              'SpaceMaturityPage',
            ),
          },
          {
            path: '/espaces/:spaceId/demarche-de-progression/:campaignId',
            ...page(() => import('../features/maturity/MaturityGridPage.tsx'), 'MaturityGridPage'),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

/** The screen of the address, among the app's routes. */
export function AppRoutes(): ReactNode {
  return useRoutes(routes)
}

/**
 * Starts loading the code of the screen at `path` at once, while the session is asked for: the
 * routes render the screen only once it is known (`RequireSession`), and its code would only be
 * asked for then. Settles once that code has arrived or failed to.
 */
export function preloadScreen(path: string): Promise<void> {
  const loads: Promise<unknown>[] = []
  for (const match of matchRoutes(routes, path) ?? []) {
    // A failed download is said by the screen, which waits for the same one.
    const loading = match.route.preload?.().catch(() => undefined)
    if (loading !== undefined) loads.push(loading)
  }
  return Promise.all(loads).then(() => undefined)
}
