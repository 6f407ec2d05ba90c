import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { t } from '../i18n';
import { useSession } from '../session';
/** Page frame: skip link, header with who is signed in, the page, footer. */
export function Layout() {
    const { session, signOut } = useSession();
    const navigate = useNavigate();
    const user = session?.user;
    async function handleSignOut() {
        await signOut();
        navigate('/');
    }
    return (_jsxs(_Fragment, { children: [_jsx("a", { className: "skip-link", href: "#main", children: t('app.skip') }), _jsxs("header", { className: "site-header", children: [_jsx(Link, { to: "/", className: "brand", children: t('app.name') }), _jsx("div", { className: "header-user", children: user ? (_jsxs(_Fragment, { children: [_jsx(Link, { to: "/account", className: "user-name", children: user.fullName }), _jsx("button", { type: "button", className: "button-secondary", onClick: handleSignOut, children: t('app.signOut') })] })) : (session && _jsx(Link, { to: "/login", children: t('app.signIn') })) })] }), _jsx("main", { id: "main", tabIndex: -1, children: _jsx(Outlet, {}) }), _jsx("footer", { className: "site-footer", children: t('app.footer') })] }));
}
