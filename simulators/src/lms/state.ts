import type { SimulatorState } from '../simulator.ts';
import { BusinessSystemState } from '../businessRecords.ts';

export const LMS_DEFAULT_USER = { username: 'lms_user', password: 'lms_password' } as const;

const DEMO_LEARNERS = () => [
  { id: 'L-501', displayName: '정하늘', email: 'haneul.jung@example.com', mobile: '+821040000501', completedCourses: 3, enrolledOn: '20260315' },
  { id: 'L-502', displayName: '최도윤', email: 'doyun.choi@example.com', mobile: '+821040000502', completedCourses: 0, enrolledOn: '20261101' },
];

/** An LMS's data: learners (pulled), enrollments (pushed) and its API users (HTTP Basic). */
export class LmsState extends BusinessSystemState implements SimulatorState {
  readonly users = new Map<string, string>([[LMS_DEFAULT_USER.username, LMS_DEFAULT_USER.password]]);

  constructor() {
    super(DEMO_LEARNERS);
  }

  protected resetCredentials(): void {
    this.users.clear();
    this.users.set(LMS_DEFAULT_USER.username, LMS_DEFAULT_USER.password);
  }
}
