import { env, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * The gates subgraph's own environment variables. Seed 000 (the gate-management flows) names the systems
 * and flows but no numbers; every default below says where it comes from instead. Tests shrink the durations
 * to milliseconds.
 */
export const gatesConfigShape = {
  /**
   * The MQTT broker the gate controllers talk to. Unset: MQTT_URL (which `npm start` sets to its embedded
   * broker when no broker is configured). One of the two is required.
   */
  GATES_MQTT_URL: z.string().regex(/^mqtts?:\/\//, 'expected an mqtt:// or mqtts:// URL').optional(),
  MQTT_URL: z.string().regex(/^mqtts?:\/\//, 'expected an mqtt:// or mqtts:// URL').optional(),
  GATES_MQTT_USERNAME: z.string().optional(),
  GATES_MQTT_PASSWORD: z.string().optional(),
  /** First level of every topic (`<root>/gates/<gateId>/command`), so deployments and tests can share a broker. */
  GATES_MQTT_TOPIC_ROOT: z.string().regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'letters, digits, _ and - in /-separated levels').default('attendgate'),
  /** One publish to the broker (QoS 1: until the broker's PUBACK). A local broker answers in milliseconds. */
  GATES_MQTT_PUBLISH_TIMEOUT_MS: env.ms(2 * SECOND_MS),
  /** Publish retries for control commands and configuration (the check-in pulse is tried once). */
  GATES_MQTT_PUBLISH_RETRIES: env.count(2),
  GATES_MQTT_RETRY_DELAY_MS: env.ms(200),
  /** The breaker opens above this failure share of the last GATES_MQTT_BREAKER_WINDOW publishes. */
  GATES_MQTT_BREAKER_THRESHOLD: z.coerce.number().gt(0).lt(1).default(0.5),
  GATES_MQTT_BREAKER_WINDOW: z.coerce.number().int().min(1).default(20),
  GATES_MQTT_BREAKER_MINIMUM_CALLS: z.coerce.number().int().min(1).default(10),
  GATES_MQTT_BREAKER_HALF_OPEN_AFTER_MS: env.ms(10 * SECOND_MS),
  /**
   * A gate controller must acknowledge a command within this time, or the gate is FAULT. Gate controllers
   * actuate a lock or a turnstile motor in well under a second; 3 s leaves room for a loaded broker.
   */
  GATES_COMMAND_ACK_TIMEOUT_MS: env.ms(3 * SECOND_MS),
  /** How long the momentary OPEN pulse of an admitted check-in holds the gate open (turnstile: one person). */
  GATES_OPEN_PULSE_MS: env.ms(3 * SECOND_MS),
  /** How often controllers send a heartbeat (sent to them in their configuration). */
  GATES_HEARTBEAT_INTERVAL_MS: env.ms(10 * SECOND_MS),
  /** A gate without a heartbeat for this long is OFFLINE: three missed heartbeats, so one lost packet is not an outage. */
  GATES_HEARTBEAT_TIMEOUT_MS: env.ms(30 * SECOND_MS),
  /** How often each replica looks for gates whose heartbeat stopped and commands whose acknowledgement is overdue. */
  GATES_MONITOR_INTERVAL_MS: env.ms(2 * SECOND_MS),
  /** Controllers report sensor readings (door, battery, tamper, beacon batteries) this often, and on every change. */
  GATES_TELEMETRY_INTERVAL_MS: env.ms(1 * MINUTE_MS),
  /** A battery at or below this share raises a LOW_BATTERY alert (beacon makers warn at 20%). */
  GATES_LOW_BATTERY_PERCENT: z.coerce.number().int().min(0).max(100).default(20),
  /** The low-battery condition ends only above the threshold plus this margin (one alert per battery, not per reading). */
  GATES_BATTERY_RECOVERY_MARGIN_PERCENT: z.coerce.number().int().min(0).max(100).default(5),
  /**
   * Path-loss exponent n of the log-distance model: 2.0 is free space; 2.5–3 suits crowded indoor halls.
   * 2.0 is the default because a gate's beacon faces the phone in front of it (see domain/bleDistance.ts).
   */
  GATES_BLE_PATH_LOSS_EXPONENT: z.coerce.number().min(1).max(6).default(2.0),
  /** A gate's admission range when its registration names none: a turnstile lane and the queue before it. */
  GATES_DEFAULT_GATE_RANGE_M: z.coerce.number().positive().max(30).default(3),
  /**
   * Most GPS error added to a venue's radius. Phones outdoors report 5–20 m; 50 m admits a poor fix at the
   * fence's edge without letting a fix "somewhere in the district" count as being at the venue.
   */
  GATES_GPS_ACCURACY_ALLOWANCE_MAX_M: z.coerce.number().min(0).max(1_000).default(50),
  /** Check-ins are accepted from this long before an event's start (doors open before the programme). */
  GATES_CHECK_IN_OPENS_BEFORE_START_MS: env.ms(2 * 60 * MINUTE_MS),
  /** Attempts to obtain an entry pass per user per minute: entry number and phone are guessable only slowly. */
  GATES_PASS_ATTEMPTS_PER_USER_PER_MINUTE: env.count(10),
  /** The same per client address (a venue's Wi-Fi puts many phones behind one address, hence higher). */
  GATES_PASS_ATTEMPTS_PER_ADDRESS_PER_MINUTE: env.count(300),
  /**
   * Slots a new venue's occupancy counter is split into (entities/OccupancySlot.ts): about how many check-ins
   * of one venue can commit at the same moment. 16 covers the 100 gates of a stadium at hundreds per second.
   */
  GATES_OCCUPANCY_SLOTS: z.coerce.number().int().min(1).max(256).default(16),
  /**
   * Group commit of check-ins (createBatcher in platform/src/db/groupCommit.ts,
   * docs/decisions/checkin-group-commit.md): longest a checked check-in waits for others to share its
   * transaction, most check-ins one transaction writes (1: one transaction per check-in), and batches a
   * replica writes at once (check-ins arriving meanwhile join the next batch).
   */
  GATES_CHECK_IN_BATCH_WINDOW_MS: env.ms(2),
  GATES_CHECK_IN_BATCH_MAX_CHECK_INS: z.coerce.number().int().min(1).max(1_000).default(50),
  GATES_CHECK_IN_BATCH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Live gate states: occupancy-only changes are published at most this often per venue (check-ins come in bursts). */
  GATES_LIVE_OCCUPANCY_INTERVAL_MS: env.ms(250),
  /** Base URL of the messaging provider (push, SMS) that operator alerts go through. */
  MESSAGING_URL: env.url().default('http://127.0.0.1:4100/messaging'),
  GATES_MESSAGING_API_KEY: z.string().min(1).default('attendgate-development'),
  /** Sender number registered with the provider (발신번호 사전등록) for alert SMS. */
  GATES_ALERT_SMS_SENDER: z.string().regex(/^[0-9]{8,11}$/).default('15884000'),
  GATES_MESSAGING_TIMEOUT_MS: env.ms(5 * SECOND_MS),
  /** Retries inside one alert job (then pg-boss retries the job itself, then its dead letters). */
  GATES_MESSAGING_RETRIES: env.count(3),
  GATES_MESSAGING_RETRY_DELAY_MS: env.ms(1 * SECOND_MS),
  GATES_MESSAGING_MAX_RETRY_DELAY_MS: env.ms(4 * SECOND_MS),
  /**
   * Retries of an alert job whose sends failed (the provider down for longer than the in-job retries), the
   * first after this delay, doubling (pg-boss; whole seconds): 2 s … 32 s, about a minute in all. Then its
   * dead-letter queue `gates.send-alert.dead`, from where an operator redrives it.
   */
  GATES_ALERT_JOB_RETRIES: env.count(5),
  GATES_ALERT_JOB_RETRY_DELAY_MS: env.ms(2 * SECOND_MS),
};

export type GatesConfig = BaseConfig & z.infer<z.ZodObject<typeof gatesConfigShape>>;
