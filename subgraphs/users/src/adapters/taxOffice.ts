import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { BusinessStatus } from '../domain/businessStatus.ts';

/** The external system's name in logs, breaker states (/readyz) and errors. */
export const TAX_OFFICE = 'tax-office';
const STATUS_PATH = '/api/nts-businessman/v1/status';

/** One entry of the NTS answer (only the fields we read). */
interface NtsStatusItem {
  b_no: string;
  /** "01" 계속사업자, "02" 휴업자, "03" 폐업자, "" not registered. */
  b_stt_cd: string;
}

interface NtsStatusResponse {
  status_code?: string;
  data?: NtsStatusItem[];
}

const STATUS_BY_CODE: Record<string, BusinessStatus> = {
  '01': BusinessStatus.ACTIVE,
  '02': BusinessStatus.SUSPENDED,
  '03': BusinessStatus.CLOSED,
  '': BusinessStatus.UNREGISTERED,
};

/** What the NTS error codes mean for us; none of them is cured by trying again. */
const NTS_ERRORS: Record<string, string> = {
  SERVICE_KEY_IS_NOT_REGISTERED_ERROR: 'the tax office does not know our service key (USERS_TAX_OFFICE_SERVICE_KEY)',
  BAD_JSON_REQUEST: 'the tax office refused the request as malformed',
  TOO_LARGE_REQUEST: 'the tax office refused the request as too large',
};

export interface TaxOffice {
  /** One attempt through the breaker and the timeout: for callers that must answer within one timeout. */
  statusOnce(businessNumber: string): Promise<BusinessStatus>;
  /** Attempts with retries and backoff, for background work. */
  statusWithRetries(businessNumber: string): Promise<BusinessStatus>;
  /** The circuit breaker's state ('closed', 'open', ...), for logs. */
  readonly breakerState: string;
}

/**
 * Client of the National Tax Service business-status API (POST /api/nts-businessman/v1/status), behind the
 * platform resilience policy: every call has the policy's timeout (which aborts the HTTP request) and goes
 * through its circuit breaker. Failures come out as UpstreamError with a message naming the NTS error, and
 * `transient` set only where trying again may help (network, timeout, 5xx, 429).
 */
export function createTaxOffice(options: { baseUrl: string; serviceKey: string; policy: ResiliencePolicy }): TaxOffice {
  const { baseUrl, serviceKey, policy } = options;

  async function request(businessNumber: string, signal: AbortSignal): Promise<BusinessStatus> {
    let body: NtsStatusResponse;
    try {
      body = await requestJson<NtsStatusResponse>(TAX_OFFICE, baseUrl, {
        method: 'POST',
        path: STATUS_PATH,
        query: { serviceKey },
        body: { b_no: [businessNumber] },
        signal,
      });
    } catch (error) {
      throw translate(error);
    }
    if (body?.status_code !== 'OK' || !Array.isArray(body.data)) {
      throw new UpstreamError(TAX_OFFICE, `the tax office answered status_code ${String(body?.status_code)}`, { status: 200, transient: false });
    }
    const item = body.data.find((entry) => entry?.b_no === businessNumber);
    const status = item ? STATUS_BY_CODE[item.b_stt_cd ?? ''] : undefined;
    if (!status) {
      throw new UpstreamError(TAX_OFFICE, 'the tax office answer has no usable status for the number', { status: 200, transient: false });
    }
    return status;
  }

  return {
    statusOnce: (businessNumber) => policy.executeOnce((signal) => request(businessNumber, signal)),
    statusWithRetries: (businessNumber) => policy.execute((signal) => request(businessNumber, signal)),
    get breakerState() {
      return policy.state;
    },
  };
}

/** Gives the tax office's own error codes a readable message; keeps requestJson's transient/permanent call. */
function translate(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const code = (error.body as { status_code?: unknown } | undefined)?.status_code;
  const meaning = typeof code === 'string' ? NTS_ERRORS[code] : undefined;
  if (!meaning) return error;
  return new UpstreamError(TAX_OFFICE, `${meaning} (HTTP ${error.status ?? '?'}, ${String(code)})`, {
    status: error.status,
    transient: false,
    body: error.body,
    cause: error,
  });
}
