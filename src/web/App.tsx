/**
 * Routes. Every page is a lazily loaded chunk; the sign-in page is public, the rest sits behind
 * RequireAuth inside the application layout.
 */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth, RequirePermission } from './auth/guards.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { PageLoading } from './components/PageLoading.tsx';
import { PERMISSIONS } from './layout/nav.tsx';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const WorkbenchPage = lazy(() => import('./pages/WorkbenchPage.tsx'));
const EnterpriseListPage = lazy(() => import('./pages/enterprises/EnterpriseListPage.tsx'));
const EnterpriseDetailPage = lazy(() => import('./pages/enterprises/EnterpriseDetailPage.tsx'));
const PlaceholderPage = lazy(() => import('./pages/PlaceholderPage.tsx'));
const LawsPage = lazy(() => import('./pages/legal/LawsPage.tsx'));
const BenchmarksPage = lazy(() => import('./pages/benchmarks/BenchmarksPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const InspectionListPage = lazy(() => import('./pages/workflow/WorkflowListPage.tsx').then((m) => ({ default: m.InspectionListPage })));
const HazardListPage = lazy(() => import('./pages/workflow/WorkflowListPage.tsx').then((m) => ({ default: m.HazardListPage })));
const CaseListPage = lazy(() => import('./pages/workflow/WorkflowListPage.tsx').then((m) => ({ default: m.CaseListPage })));
const InspectionNewPage = lazy(() => import('./pages/workflow/InspectionNewPage.tsx'));
const InspectionDetailPage = lazy(() => import('./pages/workflow/InspectionDetailPage.tsx'));
const HazardDetailPage = lazy(() => import('./pages/workflow/HazardDetailPage.tsx'));
const CaseDetailPage = lazy(() => import('./pages/workflow/CaseDetailPage.tsx'));
const QueuesPage = lazy(() => import('./pages/workflow/QueuesPage.tsx'));

export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoading fullScreen />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<WorkbenchPage />} />
            <Route path="enterprises" element={<RequirePermission permission={PERMISSIONS.enterpriseRead} />}>
              <Route index element={<EnterpriseListPage />} />
              <Route path=":id" element={<EnterpriseDetailPage />} />
            </Route>
            <Route path="laws" element={<RequirePermission permission={PERMISSIONS.legalRead} />}>
              <Route index element={<LawsPage />} />
            </Route>
            <Route path="benchmarks" element={<RequirePermission permission={PERMISSIONS.legalRead} />}><Route index element={<BenchmarksPage />} /></Route>
            <Route path="inspections" element={<RequirePermission permission={PERMISSIONS.inspectionRead} />}>
              <Route index element={<InspectionListPage />} />
              <Route path="new" element={<RequirePermission permission={PERMISSIONS.inspectionWrite} />}>
                <Route index element={<InspectionNewPage />} />
              </Route>
              <Route path=":id" element={<InspectionDetailPage />} />
            </Route>
            <Route path="hazards" element={<RequirePermission permission={PERMISSIONS.inspectionRead} />}>
              <Route index element={<HazardListPage />} />
              <Route path=":id" element={<HazardDetailPage />} />
            </Route>
            <Route path="cases" element={<RequirePermission permission={PERMISSIONS.caseRead} />}>
              <Route index element={<CaseListPage />} />
              <Route path=":id" element={<CaseDetailPage />} />
            </Route>
            {/* Leaders' and legal reviewers' queues; the page shows only the tabs the role holds. */}
            <Route path="queues" element={<QueuesPage />} />
            <Route path="admin" element={<RequirePermission permission={PERMISSIONS.userManage} />}>
              <Route index element={<PlaceholderPage title="系统管理" description="用户、组织机构与执法事项目录管理将在此提供。" />} />
            </Route>
            <Route path="workbench" element={<Navigate to="/" replace />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
