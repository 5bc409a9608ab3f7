import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router'
import { ErrorNotice } from '../ui/ErrorNotice.tsx'
import { Loading } from '../ui/Loading.tsx'
import { PageSkipLinkSlotProvider } from '../ui/PageSkipLink.tsx'
import { sessionTexts } from '../features/auth/sessionTexts.ts'
import { useSession } from '../api/useSession.ts'
import { useLogout } from '../features/auth/useLogout.ts'
import { NotificationsLink } from '../features/notifications/NotificationsLink.tsx'
import { RegionalPilotageLink } from '../features/pilotage/RegionalPilotageLink.tsx'
import { MaturityNavLink } from '../features/maturity/MaturityNavLink.tsx'
import { LettreNavLink } from '../features/lettre/LettreNavLink.tsx'
import { VeilleNavLink } from '../features/veille/VeilleNavLink.tsx'
import { GouvernanceNavLink } from '../features/gouvernance/GouvernanceNavLink.tsx'
import { HeaderSearch } from '../features/search/HeaderSearch.tsx'
import { usePageLoading } from './pageLoading.ts'
import { appTexts } from './texts.ts'

/**
 * The frame of every page: skip link (and after it those a page adds, `PageSkipLink`), header
 * with the navigation and the account, the main content, and the footer. After each navigation the focus moves to the new page's heading, so
 * that screen-reader and keyboard users start at the top of the new content.
 */
export function Layout(): ReactNode {
  const { session } = useSession()
  const logout = useLogout()
  const navigate = useNavigate()
  const location = useLocation()
  // A screen not visited yet is on its way (its code loads): said until it replaces this one.
  const loadingPage = usePageLoading()
  const main = useRef<HTMLElement>(null)
  const firstRender = useRef(true)
  const [skipLinkSlot, setSkipLinkSlot] = useState<HTMLElement | null>(null)

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const frame = requestAnimationFrame(() => {
      const heading = main.current?.querySelector<HTMLElement>('h1')
      ;(heading ?? main.current)?.focus({ preventScroll: false })
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [location.pathname])

  return (
    <>
      <a className="lien-evitement" href="#contenu">
        {appTexts.skipLink}
      </a>
      <span ref={setSkipLinkSlot} className="liens-evitement-page" />
      <header className="entete" role="banner">
        <div className="entete-interieur">
          <Link to="/" className="marque">
            <span className="logo" aria-hidden="true" />
            <span className="nom-marque">Maillage</span>
            <span className="signature">{appTexts.tagline}</span>
          </Link>
          {session != null && <HeaderSearch />}
          {session != null && (
            <nav aria-label={appTexts.mainNav} className="navigation">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {appTexts.home}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/boite-a-outils">{appTexts.toolbox}</NavLink>
                </li>
                <li>
                  <NavLink to="/enquetes">{appTexts.surveys}</NavLink>
                </li>
                <li>
                  <NavLink to="/echanges">{appTexts.exchanges}</NavLink>
                </li>
                <li>
                  <NavLink to="/ateliers">{appTexts.ateliers}</NavLink>
                </li>
                <RegionalPilotageLink />
                <MaturityNavLink />
                <LettreNavLink />
                <VeilleNavLink />
                <GouvernanceNavLink />
                <li>
                  <NotificationsLink />
                </li>
                <li>
                  <NavLink to="/profil">{session.account.name}</NavLink>
                </li>
                <li>
                  <button
                    type="button"
                    className="bouton-lien"
                    disabled={logout.isPending}
                    onClick={() => {
                      logout.mutate(undefined, {
                        // A ProConnect session ends at ProConnect too, which comes back to /connexion.
                        onSuccess: (logoutUrl) => {
                          if (logoutUrl === null) void navigate('/connexion', { replace: true })
                          else window.location.assign(logoutUrl)
                        },
                      })
                    }}
                  >
                    {logout.isPending ? sessionTexts.loggingOut : sessionTexts.logout}
                  </button>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="contenu" ref={main} tabIndex={-1} className="contenu">
        {logout.isError && <ErrorNotice error={logout.error} />}
        {loadingPage && <Loading label={appTexts.loadingPage} />}
        <PageSkipLinkSlotProvider value={skipLinkSlot}>
          {/* The first screen's code, while the app starts (later screens: `loadingPage`). */}
          <Suspense fallback={<Loading label={appTexts.loadingPage} />}>
            <Outlet />
          </Suspense>
        </PageSkipLinkSlotProvider>
      </main>
      <footer className="pied" role="contentinfo">
        <p>{appTexts.footer}</p>
        <p>
          <Link to="/accessibilite">{appTexts.accessibility}</Link>
        </p>
      </footer>
    </>
  )
}
