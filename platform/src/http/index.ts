export { requestJson, type JsonRequest } from './requestJson.ts';
