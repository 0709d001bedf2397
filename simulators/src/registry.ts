import { aiProviderSimulator } from './aiProvider/index.ts';
import { crmSimulator } from './crm/index.ts';
import { erpSimulator } from './erp/index.ts';
import { gateControllerSimulator } from './gateController/index.ts';
import { imageGeneratorSimulator } from './imageGenerator/index.ts';
import { kosSimulator } from './kos/index.ts';
import { lmsSimulator } from './lms/index.ts';
import { marketingSimulator } from './marketing/index.ts';
import {
  genieTvSimulator, instagramSimulator, kakaoChannelSimulator, localTvSimulator, naverBlogSimulator, ringoBizSimulator,
} from './mediaChannels/index.ts';
import { messagingSimulator } from './messaging/index.ts';
import { paymentGatewaySimulator } from './paymentGateway/index.ts';
import { taxOfficeSimulator } from './taxOffice/index.ts';

/**
 * Every simulator the server hosts. Adding one = a new folder exporting a defineSimulator(...) value and one
 * entry here; its URL, faults, request log, admin routes and typed state property follow from the entry.
 */
export const simulators = [
  taxOfficeSimulator,
  aiProviderSimulator,
  imageGeneratorSimulator,
  localTvSimulator,
  genieTvSimulator,
  instagramSimulator,
  naverBlogSimulator,
  kakaoChannelSimulator,
  ringoBizSimulator,
  kosSimulator,
  paymentGatewaySimulator,
  messagingSimulator,
  gateControllerSimulator,
  crmSimulator,
  erpSimulator,
  lmsSimulator,
  marketingSimulator,
] as const;

type Registered = (typeof simulators)[number];

export type SimulatorName = Registered['name'];

/** `{ taxOffice: TaxOfficeState, ... }`: one typed property per registered simulator. */
export type SimulatorStates = { readonly [D in Registered as D['stateKey']]: ReturnType<D['createState']> };

export const simulatorNames: readonly SimulatorName[] = simulators.map((simulator) => simulator.name);
