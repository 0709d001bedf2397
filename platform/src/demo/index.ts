export { DEMO_USER_IDS, DEMO_EVENT_IDS } from './demoIds.ts';
