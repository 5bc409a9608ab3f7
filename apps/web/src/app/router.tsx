import { createBrowserRouter } from 'react-router'
import { AccessibilitePage } from './AccessibilitePage.tsx'
import { ConnexionPage } from '../features/auth/ConnexionPage.tsx'
import { RequireSession } from '../features/auth/RequireSession.tsx'
import { AccueilPage } from '../features/home/AccueilPage.tsx'
import { InvitationPage } from '../features/invitation/InvitationPage.tsx'
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx'
import { ProfilPage } from '../features/profile/ProfilPage.tsx'
import { EspacePage } from '../features/spaces/EspacePage.tsx'
import { SurveyAnswerPage } from '../features/survey/SurveyAnswerPage.tsx'
import { NewSurveyPage, SurveyEditorPage } from '../features/survey/SurveyEditorPage.tsx'
import { SurveyResultsPage } from '../features/survey/SurveyResultsPage.tsx'
import { SurveysPage } from '../features/survey/SurveysPage.tsx'
import { CataloguePage } from '../features/toolbox/CataloguePage.tsx'
import { ProposalFormPage } from '../features/toolbox/ProposalFormPage.tsx'
import { ProposalPage } from '../features/toolbox/ProposalPage.tsx'
import { ProposalsPage } from '../features/toolbox/ProposalsPage.tsx'
import { Layout } from './Layout.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'
import { RouteError } from './RouteError.tsx'

/**
 * The routes of the app, in French. The document screen (the editor and Yjs) is loaded only when
 * a document is opened, so the accueil stays light on modest connections.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { path: '/connexion', element: <ConnexionPage /> },
        { path: '/invitation/:token', element: <InvitationPage /> },
        { path: '/accessibilite', element: <AccessibilitePage /> },
        {
          element: <RequireSession />,
          children: [
            { path: '/', element: <AccueilPage /> },
            { path: '/espaces/:spaceId', element: <EspacePage /> },
            {
              path: '/documents/:documentId',
              lazy: async () => {
                const { DocumentPage } = await import('../features/document/DocumentPage.tsx')
                return { Component: DocumentPage }
              },
            },
            { path: '/profil', element: <ProfilPage /> },
            { path: '/boite-a-outils', element: <CataloguePage /> },
            { path: '/boite-a-outils/proposer', element: <ProposalFormPage /> },
            { path: '/boite-a-outils/propositions', element: <ProposalsPage /> },
            { path: '/boite-a-outils/propositions/:proposalId', element: <ProposalPage /> },
            { path: '/notifications', element: <NotificationsPage /> },
            { path: '/enquetes', element: <SurveysPage /> },
            { path: '/enquetes/nouvelle', element: <NewSurveyPage /> },
            { path: '/enquetes/:surveyId', element: <SurveyEditorPage /> },
            { path: '/enquetes/:surveyId/reponses/:spaceId', element: <SurveyAnswerPage /> },
            { path: '/enquetes/:surveyId/resultats', element: <SurveyResultsPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
