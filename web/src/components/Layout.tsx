import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { onUnauthenticated, signInAgainPath } from '../api/client';
import { t } from '../i18n';
import { useSession } from '../session';
import { RouteOutlet } from './RouteOutlet';

/** Page frame: skip link, header with who is signed in, the page, footer. */
export function Layout() {
  const { session, signOut, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const user = session?.user;
  const here = useRef(location);
  here.current = location;

  // A session that ended (expired, or closed from another device) leads to signing in again and back here.
  useEffect(
    () =>
      onUnauthenticated(() => {
        const target = signInAgainPath(here.current.pathname, here.current.search);
        if (!target) return;
        void refresh().catch(() => undefined);
        navigate(target, { replace: true });
      }),
    [navigate, refresh],
  );

  async function handleSignOut() {
    await signOut();
    navigate('/');
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="header-user">
          {user ? (
            <>
              <Link to="/account" className="user-name">
                {user.fullName}
              </Link>
              <button type="button" className="button-secondary" onClick={handleSignOut}>
                {t('app.signOut')}
              </button>
            </>
          ) : (
            session && <Link to="/login">{t('app.signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteOutlet />
      </main>
      <footer className="site-footer">{t('app.footer')}</footer>
    </>
  );
}
