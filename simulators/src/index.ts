/**
 * Public API of @attendgate/simulators: start the simulators in-process (tests) and the types and demo
 * constants other packages need to talk to them.
 */
export { startSimulators } from './server.ts';
export type { FaultControls, SimulatorServer, StartSimulatorsOptions } from './server.ts';
export { DEFAULT_FAILURE_STATUS, validateFaultSettings } from './faults.ts';
export type { FaultSettings } from './faults.ts';
export type { RecordedRequest } from './requestLog.ts';
export { DEFAULT_REQUEST_LOG_CAPACITY } from './requestLog.ts';
export { simulatorNames } from './registry.ts';
export { environmentNameOf, simulatorEnvironment } from './environment.ts';
export type { SimulatorName, SimulatorStates } from './registry.ts';
export { UnknownSimulatorError } from './errors.ts';
export { JSON_BODY_LIMIT } from './bodyParsing.ts';
export type { SimulatorDefinition, SimulatorContext, SimulatorState } from './simulator.ts';
export * from './taxOffice/index.ts';
export * from './aiProvider/index.ts';
export * from './imageGenerator/index.ts';
export * from './mediaChannels/index.ts';
export * from './kos/index.ts';
export * from './paymentGateway/index.ts';
export * from './messaging/index.ts';
export * from './gateController/index.ts';
export * from './crm/index.ts';
export * from './erp/index.ts';
export * from './lms/index.ts';
export * from './marketing/index.ts';
export { RecordStore, WriteLog, type RecordedWrite, type StoredRecord } from './businessRecords.ts';
