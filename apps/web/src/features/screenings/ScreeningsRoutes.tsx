import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { CARE_ROLES } from '../../lib/roles';
import { NotFoundPage } from '../shell/NotFoundPage';
import { RequireRole } from '../shell/RequireRole';
import './screenings.css';
import { AsiFormBody } from './AsiFormPage';
import { CriteriaForm } from './CriteriaFormPage';
import { DrugTestForm } from './DrugTestFormPage';
import { LifestyleForm } from './LifestyleFormPage';
import { AssessmentPage } from './PersonPage';
import { ScreeningFormPage } from './ScreeningFormPage';
import { ScreeningHistoryPage } from './ScreeningHistoryPage';
import { ViolenceForm } from './ViolenceFormPage';

/** Recording is for care roles; the history is for every role that may read the person. */
const write = (page: ReactNode) => <RequireRole roles={CARE_ROLES}>{page}</RequireRole>;

/**
 * Screening and assessment (F4), under /persons/:personId/screenings. App.tsx mounts this
 * for the roles that may read persons.
 */
export function ScreeningsRoutes() {
  return (
    <Routes>
      <Route index element={<ScreeningHistoryPage />} />
      <Route path="audit" element={write(<ScreeningFormPage instrument="AUDIT" />)} />
      <Route path="dudit" element={write(<ScreeningFormPage instrument="DUDIT" />)} />
      <Route path="asi" element={write(<AssessmentPage section="asi" form={AsiFormBody} />)} />
      <Route
        path="criteria"
        element={write(<AssessmentPage section="criteria" form={CriteriaForm} />)}
      />
      <Route
        path="drug-test"
        element={write(<AssessmentPage section="drugTest" form={DrugTestForm} />)}
      />
      <Route
        path="violence"
        element={write(<AssessmentPage section="violence" form={ViolenceForm} />)}
      />
      <Route
        path="lifestyle"
        element={write(<AssessmentPage section="lifestyle" form={LifestyleForm} />)}
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
