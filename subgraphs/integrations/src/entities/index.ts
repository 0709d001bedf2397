import { ProcessedDomainEventSchema } from '@attendgate/platform';
import { AudienceMemberSchema } from './AudienceMember.ts';
import { DeliverySchema } from './Delivery.ts';
import { EventOwnerSchema } from './EventOwner.ts';
import { IntegrationSchema } from './Integration.ts';
import { SyncJobSchema } from './SyncJob.ts';
import { SyncRunSchema } from './SyncRun.ts';

export { AudienceMember, AudienceMemberSchema } from './AudienceMember.ts';
export { Delivery, DeliverySchema, DELIVERY_STATUSES } from './Delivery.ts';
export { EventOwner, EventOwnerSchema } from './EventOwner.ts';
export { Integration, IntegrationSchema } from './Integration.ts';
export { SyncJob, SyncJobSchema, SYNC_JOB_STATUSES } from './SyncJob.ts';
export { SyncRun, SyncRunSchema, SYNC_RUN_STATUSES, SYNC_RUN_TRIGGERS } from './SyncRun.ts';

/** Every entity of the integrations subgraph (processed events: it consumes domain events). */
export const entities = [IntegrationSchema, SyncJobSchema, SyncRunSchema, DeliverySchema, AudienceMemberSchema, EventOwnerSchema, ProcessedDomainEventSchema];
