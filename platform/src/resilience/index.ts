export { createResiliencePolicy, type ResilienceOptions, type ResiliencePolicy } from './policy.ts';
export { UpstreamError, isTransientFailure, isShortCircuit, BrokenCircuitError, BulkheadRejectedError, TaskCancelledError } from './errors.ts';
export { breakerStates, unregisterBreaker } from './breakerRegistry.ts';
export { resilienceConfigShape, resilienceOptions, type ResilienceDefaults, type ResilienceConfigShape } from './resilienceConfig.ts';
