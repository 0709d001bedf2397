export { DEMO_USER_IDS } from './demoUserIds.ts';
