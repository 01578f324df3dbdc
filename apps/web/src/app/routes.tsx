import { Outlet, Route, Routes } from 'react-router';
import { AuthForm } from '../features/auth/auth-form';
import { RequireAccount } from '../features/auth/require-account';
import {
  MemberBoardPage,
  MemberBoardProjectorPage,
  StaffBoardPage,
  StaffBoardProjectorPage,
} from '../features/board/board-page';
import { CapturePage, MemberCapturePage } from '../features/capture/capture-page';
import { ConsolePage } from '../features/console/console-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { JoinPage } from '../features/join/join-page';
import { ParticipantPage } from '../features/participant/participant-page';
import { MemberProjectorPage, StaffProjectorPage } from '../features/projector/projector-page';
import { MemberReportPage, ReportPage } from '../features/report/report-page';
import { ReviewPage } from '../features/report/review-page';
import { NewMeetingPage } from '../features/setup/new-meeting-page';
import { SetupPage } from '../features/setup/setup-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

/** Every route of the app. Facilitator screens need an account; participant screens need a member token. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/sign-in" element={<AuthForm key="sign-in" mode="sign-in" />} />
        <Route path="/sign-up" element={<AuthForm key="sign-up" mode="sign-up" />} />
        <Route
          index
          element={
            <RequireAccount>
              <DashboardPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/new"
          element={
            <RequireAccount>
              <NewMeetingPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/setup"
          element={
            <RequireAccount>
              <SetupPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/live"
          element={
            <RequireAccount>
              <ConsolePage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/board"
          element={
            <RequireAccount>
              <StaffBoardPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/board" element={<MemberBoardPage />} />
        <Route
          path="/meetings/:id/capture"
          element={
            <RequireAccount>
              <CapturePage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/report"
          element={
            <RequireAccount>
              <ReportPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/report" element={<MemberReportPage />} />
        <Route path="/review/:token" element={<ReviewPage />} />
        <Route path="/join" element={<JoinPage />} />
        <Route path="/join/:code" element={<JoinPage />} />
        <Route path="/m/:meetingId" element={<ParticipantPage />} />
        <Route path="/m/:meetingId/capture" element={<MemberCapturePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The projector fills the screen: no header, no navigation. */}
      <Route element={<ProjectorFrame />}>
        <Route
          path="/meetings/:id/projector"
          element={
            <RequireAccount>
              <StaffProjectorPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/projector" element={<MemberProjectorPage />} />
        <Route
          path="/meetings/:id/board/projector"
          element={
            <RequireAccount>
              <StaffBoardProjectorPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/board/projector" element={<MemberBoardProjectorPage />} />
      </Route>
    </Routes>
  );
}

/** A bare frame for full-screen views, still with one main landmark. */
function ProjectorFrame() {
  return (
    <main id="main" className="projector-frame">
      <Outlet />
    </main>
  );
}
