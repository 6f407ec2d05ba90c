import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { lazyNamed } from './components/lazyNamed';
// Loaded with the frame: every school page sits inside it, and it fetches the school while the page's code loads.
import { OrganizationLayout } from './pages/OrganizationLayout';
import { SessionProvider } from './session';

// Each route's page is a chunk of its own, loaded on the first visit (issue 19): someone who signs in and chats
// never downloads the operator's queue or the school's import. The frames show «Загрузка…» meanwhile (RouteOutlet).
const LandingPage = lazyNamed(() => import('./pages/LandingPage'), 'LandingPage');
const ApplyPage = lazyNamed(() => import('./pages/ApplyPage'), 'ApplyPage');
const TrackPage = lazyNamed(() => import('./pages/TrackPage'), 'TrackPage');
const LoginPage = lazyNamed(() => import('./pages/LoginPage'), 'LoginPage');
const SetupPage = lazyNamed(() => import('./pages/SetupPage'), 'SetupPage');
const OperatorArea = lazyNamed(() => import('./pages/OperatorArea'), 'OperatorArea');
const OperatorQueuePage = lazyNamed(() => import('./pages/OperatorQueuePage'), 'OperatorQueuePage');
const OperatorApplicationPage = lazyNamed(() => import('./pages/OperatorApplicationPage'), 'OperatorApplicationPage');
const OperatorOutboxPage = lazyNamed(() => import('./pages/OperatorOutboxPage'), 'OperatorOutboxPage');
const InvitePage = lazyNamed(() => import('./pages/InvitePage'), 'InvitePage');
const OrganizationOverview = lazyNamed(() => import('./pages/OrganizationOverview'), 'OrganizationOverview');
const StructurePage = lazyNamed(() => import('./pages/StructurePage'), 'StructurePage');
const StaffPage = lazyNamed(() => import('./pages/StaffPage'), 'StaffPage');
const LinksPage = lazyNamed(() => import('./pages/LinksPage'), 'LinksPage');
const ModerationPage = lazyNamed(() => import('./pages/ModerationPage'), 'ModerationPage');
const JoinPage = lazyNamed(() => import('./pages/JoinPage'), 'JoinPage');
const ChatInvitePage = lazyNamed(() => import('./pages/ChatInvitePage'), 'ChatInvitePage');
const AccountPage = lazyNamed(() => import('./pages/AccountPage'), 'AccountPage');
const ProfilePage = lazyNamed(() => import('./pages/ProfilePage'), 'ProfilePage');
const ClassPage = lazyNamed(() => import('./pages/ClassPage'), 'ClassPage');
const PrintLinkPage = lazyNamed(() => import('./pages/PrintLinkPage'), 'PrintLinkPage');
const ImportPage = lazyNamed(() => import('./pages/ImportPage'), 'ImportPage');
const RolloutPage = lazyNamed(() => import('./pages/RolloutPage'), 'RolloutPage');
const PeoplePage = lazyNamed(() => import('./pages/PeoplePage'), 'PeoplePage');
const ChatsPage = lazyNamed(() => import('./pages/ChatsPage'), 'ChatsPage');
const ConsentPage = lazyNamed(() => import('./pages/ConsentPage'), 'ConsentPage');
const PublicOrganizationPage = lazyNamed(() => import('./pages/PublicOrganizationPage'), 'PublicOrganizationPage');
const NotFoundPage = lazyNamed(() => import('./pages/NotFoundPage'), 'NotFoundPage');

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LandingPage />} />
            <Route path="apply" element={<ApplyPage />} />
            <Route path="track/:token" element={<TrackPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="setup/:token" element={<SetupPage />} />
            <Route path="invite/:token" element={<InvitePage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route path="chat-invite/:token" element={<ChatInvitePage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="consent/:token" element={<ConsentPage />} />
            <Route path="org/:id" element={<OrganizationLayout />}>
              <Route index element={<OrganizationOverview />} />
              <Route path="structure" element={<StructurePage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route path="classes/:classId" element={<ClassPage />} />
              <Route path="links/:linkId/print" element={<PrintLinkPage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="rollout" element={<RolloutPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="chats/:chatId?" element={<ChatsPage />} />
              <Route path="staff" element={<StaffPage />} />
              <Route path="links" element={<LinksPage />} />
              <Route path="moderation" element={<ModerationPage />} />
            </Route>
            <Route path="o/:slug" element={<PublicOrganizationPage />} />
            <Route path="operator" element={<OperatorArea />}>
              <Route index element={<OperatorQueuePage />} />
              <Route path="applications/:id" element={<OperatorApplicationPage />} />
              <Route path="outbox" element={<OperatorOutboxPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
