import { randomBytes } from 'node:crypto';
import type { SimulatorState } from '../simulator.ts';
import { BusinessSystemState } from '../businessRecords.ts';

export const ERP_DEFAULT_CLIENT = { clientId: 'erp_client', clientSecret: 'erp_secret' } as const;

const DEMO_CUSTOMERS = () => [
  { id: 'ERP-CUST-0001', customerName: '한빛상사', contactEmail: 'billing@hanbit.example.com', contactPhone: '01030000001', creditLimitKrw: 5_000_000, status: 'A' },
  { id: 'ERP-CUST-0002', customerName: '누리마트', contactEmail: 'owner@nuri.example.com', contactPhone: '01030000002', creditLimitKrw: 1_000_000, status: 'I' },
];

/**
 * An ERP's data: customers (pulled), sales orders (pushed), its OAuth2 clients and the access tokens it has
 * issued (each lives `tokenTtlSeconds`; a scenario can revoke them all to prove our clients fetch a new one).
 */
export class ErpState extends BusinessSystemState implements SimulatorState {
  readonly clients = new Map<string, string>([[ERP_DEFAULT_CLIENT.clientId, ERP_DEFAULT_CLIENT.clientSecret]]);
  readonly #tokens = new Map<string, { clientId: string; expiresAt: number }>();
  tokenTtlSeconds = 3600;
  tokensIssued = 0;

  issueToken(clientId: string): { token: string; expiresIn: number } {
    const token = `erp_at_${randomBytes(18).toString('base64url')}`;
    this.#tokens.set(token, { clientId, expiresAt: Date.now() + this.tokenTtlSeconds * 1000 });
    this.tokensIssued += 1;
    return { token, expiresIn: this.tokenTtlSeconds };
  }

  /** The client a live token belongs to, or undefined. */
  clientOf(token: string): string | undefined {
    const issued = this.#tokens.get(token);
    if (!issued || issued.expiresAt <= Date.now()) return undefined;
    return issued.clientId;
  }

  revokeTokens(): void {
    this.#tokens.clear();
  }

  constructor() {
    super(DEMO_CUSTOMERS);
  }

  protected resetCredentials(): void {
    this.clients.clear();
    this.clients.set(ERP_DEFAULT_CLIENT.clientId, ERP_DEFAULT_CLIENT.clientSecret);
    this.#tokens.clear();
    this.tokenTtlSeconds = 3600;
    this.tokensIssued = 0;
  }
}
