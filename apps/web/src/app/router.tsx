import type { ComponentType } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { RequireSession } from '../features/auth/RequireSession.tsx'
import { Loading } from '../ui/Loading.tsx'
import { Layout } from './Layout.tsx'
import { lazyPiece } from './lazyPiece.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'
import { RouteError } from './RouteError.tsx'
import { appTexts } from './texts.ts'

/**
 * A route whose screen is loaded when first visited: `name` is the component the module exports.
 */
function page<M extends Record<N, ComponentType>, N extends string>(
  load: () => Promise<M>,
  name: N,
): () => Promise<{ Component: ComponentType }> {
  return async () => ({ Component: (await load())[name] })
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
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <Loading label={appTexts.loadingPage} />,
      children: [
        {
          path: '/connexion',
          lazy: page(() => import('../features/auth/SignInPage.tsx'), 'SignInPage'),
        },
        {
          path: '/invitation/:token',
          lazy: page(() => import('../features/invitation/InvitationPage.tsx'), 'InvitationPage'),
        },
        {
          path: '/accessibilite',
          lazy: page(() => import('./AccessibilityPage.tsx'), 'AccessibilityPage'),
        },
        {
          path: '/desabonnement/:token',
          lazy: page(
            () => import('../features/unsubscribe/UnsubscribePage.tsx'),
            'UnsubscribePage',
          ),
        },
        {
          path: '/compte-supprime',
          lazy: page(
            () => import('../features/profile/AccountDeletedPage.tsx'),
            'AccountDeletedPage',
          ),
        },
        {
          element: <RequireSession />,
          children: [
            { path: '/', lazy: page(() => import('../features/home/HomePage.tsx'), 'HomePage') },
            {
              path: '/espaces/:spaceId',
              lazy: async () => {
                const [{ SpacePage }, { SpaceToolsPanel }] = await Promise.all([
                  import('../features/spaces/SpacePage.tsx'),
                  import('../features/toolbox/SpaceToolsPanel.tsx'),
                ])
                return { Component: () => <SpacePage ToolsPanel={SpaceToolsPanel} /> }
              },
            },
            {
              path: '/espaces/:spaceId/pilotage',
              lazy: page(
                () => import('../features/pilotage/ClpeDashboardPage.tsx'),
                'ClpeDashboardPage',
              ),
            },
            {
              path: '/documents/:documentId',
              lazy: async () => {
                const [
                  { DocumentPage },
                  { useDocumentCommentsBinding },
                  { useDocumentSuggestionsBinding },
                ] = await Promise.all([
                  import('../features/document/DocumentPage.tsx'),
                  import('../features/comments/useDocumentCommentsBinding.tsx'),
                  import('../features/suggestions/useDocumentSuggestionsBinding.tsx'),
                ])
                return {
                  Component: () => (
                    <DocumentPage
                      KindPanel={DocumentKindPanel}
                      ExportMenu={DocumentExportMenu}
                      useComments={useDocumentCommentsBinding}
                      useSuggestions={useDocumentSuggestionsBinding}
                      ProgrammeMention={ProgrammeLineMention}
                    />
                  ),
                }
              },
            },
            {
              path: '/documents/:documentId/historique',
              lazy: page(() => import('../features/history/HistoryPage.tsx'), 'HistoryPage'),
            },
            {
              path: '/profil',
              lazy: page(() => import('../features/profile/ProfilePage.tsx'), 'ProfilePage'),
            },
            {
              path: '/recherche',
              lazy: page(() => import('../features/search/SearchPage.tsx'), 'SearchPage'),
            },
            {
              path: '/boite-a-outils',
              lazy: page(() => import('../features/toolbox/CataloguePage.tsx'), 'CataloguePage'),
            },
            {
              path: '/boite-a-outils/proposer',
              lazy: page(
                () => import('../features/toolbox/ProposalFormPage.tsx'),
                'ProposalFormPage',
              ),
            },
            {
              path: '/boite-a-outils/propositions',
              lazy: page(() => import('../features/toolbox/ProposalsPage.tsx'), 'ProposalsPage'),
            },
            {
              path: '/boite-a-outils/propositions/:proposalId',
              lazy: page(() => import('./ProposalWithDecisions.tsx'), 'ProposalWithDecisions'),
            },
            {
              path: '/notifications',
              lazy: page(
                () => import('../features/notifications/NotificationsPage.tsx'),
                'NotificationsPage',
              ),
            },
            {
              path: '/pilotage',
              lazy: page(
                () => import('../features/pilotage/RegionalViewPage.tsx'),
                'RegionalViewPage',
              ),
            },
            {
              path: '/echanges',
              lazy: page(() => import('../features/exchanges/ExchangesPage.tsx'), 'ExchangesPage'),
            },
            {
              path: '/echanges/nouveau',
              lazy: page(
                () => import('../features/exchanges/NewExchangePage.tsx'),
                'NewExchangePage',
              ),
            },
            {
              path: '/echanges/synergies',
              lazy: page(() => import('../features/exchanges/SynergiesPage.tsx'), 'SynergiesPage'),
            },
            {
              path: '/echanges/:threadId',
              lazy: page(() => import('../features/exchanges/ExchangePage.tsx'), 'ExchangePage'),
            },
            {
              path: '/veille',
              lazy: page(() => import('../features/veille/VeillePage.tsx'), 'VeillePage'),
            },
            {
              // The Gouvernance section: its pages are children here, under its sub-navigation.
              path: '/gouvernance',
              lazy: page(
                () => import('../features/gouvernance/GouvernanceLayout.tsx'),
                'GouvernanceLayout',
              ),
              children: [
                { index: true, element: <Navigate to="/gouvernance/instances" replace /> },
                {
                  path: '/gouvernance/instances',
                  lazy: page(
                    () => import('../features/gouvernance/instances/InstancesPage.tsx'),
                    'InstancesPage',
                  ),
                },
                {
                  path: '/gouvernance/instances/:instanceId',
                  lazy: page(
                    () => import('../features/gouvernance/instances/InstancePage.tsx'),
                    'InstancePage',
                  ),
                },
                {
                  path: '/gouvernance/seances',
                  lazy: page(
                    () => import('../features/gouvernance/meetings/MeetingsPage.tsx'),
                    'MeetingsPage',
                  ),
                },
                {
                  path: '/gouvernance/seances/nouvelle',
                  lazy: page(
                    () => import('../features/gouvernance/meetings/NewMeetingPage.tsx'),
                    'NewMeetingPage',
                  ),
                },
                {
                  path: '/gouvernance/seances/document/:documentId',
                  lazy: page(
                    () => import('../features/gouvernance/meetings/MeetingOfDocumentPage.tsx'),
                    'MeetingOfDocumentPage',
                  ),
                },
                {
                  path: '/gouvernance/seances/:meetingId',
                  lazy: page(
                    () => import('../features/gouvernance/meetings/MeetingPage.tsx'),
                    'MeetingPage',
                  ),
                },
                {
                  path: '/gouvernance/programme',
                  lazy: page(
                    () => import('../features/gouvernance/programme/ProgrammePage.tsx'),
                    'ProgrammePage',
                  ),
                },
                {
                  path: '/gouvernance/decisions',
                  lazy: page(
                    () => import('../features/gouvernance/decisions/DecisionsPage.tsx'),
                    'DecisionsPage',
                  ),
                },
                {
                  path: '/gouvernance/calendrier',
                  lazy: page(
                    () => import('../features/gouvernance/calendar/CalendarPage.tsx'),
                    'CalendarPage',
                  ),
                },
              ],
            },
            {
              path: '/lettre',
              lazy: page(() => import('../features/lettre/LettrePage.tsx'), 'LettrePage'),
            },
            {
              path: '/lettre/:lettreId',
              lazy: page(
                () => import('../features/lettre/LettreReadingPage.tsx'),
                'LettreReadingPage',
              ),
            },
            {
              path: '/ateliers',
              lazy: page(() => import('../features/ateliers/ProgrammePage.tsx'), 'ProgrammePage'),
            },
            {
              path: '/ateliers/nouveau',
              lazy: page(() => import('../features/ateliers/NewAtelierPage.tsx'), 'NewAtelierPage'),
            },
            {
              path: '/ateliers/:atelierId',
              lazy: async () => {
                const { AtelierPage } = await import('../features/ateliers/AtelierPage.tsx')
                return {
                  Component: () => <AtelierPage ProgrammeMention={ProgrammeLineMention} />,
                }
              },
            },
            {
              path: '/ateliers/:atelierId/session',
              lazy: page(() => import('../features/ateliers/SessionPage.tsx'), 'SessionPage'),
            },
            {
              path: '/enquetes',
              lazy: page(() => import('../features/survey/SurveysPage.tsx'), 'SurveysPage'),
            },
            {
              path: '/enquetes/nouvelle',
              lazy: page(() => import('../features/survey/NewSurveyPage.tsx'), 'NewSurveyPage'),
            },
            {
              path: '/enquetes/:surveyId',
              lazy: page(
                () => import('../features/survey/SurveyEditorPage.tsx'),
                'SurveyEditorPage',
              ),
            },
            {
              path: '/enquetes/:surveyId/reponses/:spaceId',
              lazy: page(
                () => import('../features/survey/SurveyAnswerPage.tsx'),
                'SurveyAnswerPage',
              ),
            },
            {
              path: '/enquetes/:surveyId/resultats',
              lazy: page(
                () => import('../features/survey/SurveyResultsPage.tsx'),
                'SurveyResultsPage',
              ),
            },
            {
              path: '/demarche-de-progression',
              lazy: page(() => import('../features/maturity/CampaignsPage.tsx'), 'CampaignsPage'),
            },
            {
              path: '/espaces/:spaceId/demarche-de-progression',
              lazy: page(
                () => import('../features/maturity/SpaceMaturityPage.tsx'),
                'SpaceMaturityPage',
              ),
            },
            {
              path: '/espaces/:spaceId/demarche-de-progression/:campaignId',
              lazy: page(
                () => import('../features/maturity/MaturityGridPage.tsx'),
                'MaturityGridPage',
              ),
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
