import { mountRecordAdmin } from '../businessRecords.ts';
import { defineSimulator } from '../simulator.ts';
import { mountLmsRoutes } from './routes.ts';
import { LmsState } from './state.ts';

/**
 * An LMS (learning management system): learners and enrollments, HTTP Basic, offset pagination and JSON:API
 * errors. See simulators/README.md for its API.
 */
export const lmsSimulator = defineSimulator({
  name: 'lms',
  stateKey: 'lms',
  createState: () => new LmsState(),
  mount(router, { state }) {
    mountLmsRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountRecordAdmin(router, state);
  },
});

export { LmsState, LMS_DEFAULT_USER } from './state.ts';
