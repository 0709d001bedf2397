import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { batteryChange } from '../src/domain/battery.ts';
import { slotCapacities, spreadOccupancyChange } from '../src/domain/occupancySlots.ts';
import { decodePass, encodePass } from '../src/domain/gatePass.ts';
import { GATE_STATES } from '../src/domain/gateStates.ts';
import { OPERATOR_COMMANDS, stateAfterEmergency, transition } from '../src/domain/gateStateMachine.ts';
import { streamUrlProblem, readingsProblem } from '../src/domain/inputs.ts';
import { gateLetsThrough, needsOpenPulse, passageDirection } from '../src/domain/passage.ts';

describe('gate state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed: string[] = [];
    for (const state of GATE_STATES) {
      for (const command of OPERATOR_COMMANDS) {
        const result = transition(state, command);
        if (result.ok) allowed.push(`${state} ${command} → ${result.next}`);
      }
    }
    expect(allowed.sort()).toEqual([
      'CLOSED LOCK → LOCKED', 'CLOSED OPEN → OPEN',
      'FAULT CLOSE → CLOSED', 'FAULT LOCK → LOCKED', 'FAULT OPEN → OPEN',
      'LOCKED UNLOCK → CLOSED',
      'OPEN CLOSE → CLOSED', 'OPEN LOCK → LOCKED',
    ]);
  });

  it('explains a refusal (offline and emergency gates take no command)', () => {
    expect(transition('OFFLINE', 'OPEN')).toMatchObject({ ok: false, reason: expect.stringContaining('offline') });
    expect(transition('EMERGENCY_OPEN', 'CLOSE')).toMatchObject({ ok: false, reason: expect.stringContaining('emergency') });
    expect(transition('LOCKED', 'OPEN')).toMatchObject({ ok: false, reason: expect.stringContaining('unlock') });
  });

  it('restores operable states after an emergency and closes the rest', () => {
    expect(['OPEN', 'LOCKED', 'CLOSED', 'FAULT', 'OFFLINE', null].map((s) => stateAfterEmergency(s as never))).toEqual(['OPEN', 'LOCKED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED']);
  });
});

describe('passages', () => {
  it('entrances admit, exits let out, two-way gates toggle on presence', () => {
    expect([passageDirection('IN', false), passageDirection('IN', true), passageDirection('OUT', false), passageDirection('BOTH', false), passageDirection('BOTH', true)])
      .toEqual(['IN', 'IN', 'OUT', 'IN', 'OUT']);
  });

  it('admit only through closed or open gates, and let people out through emergency-open ones', () => {
    const admits = GATE_STATES.filter((s) => gateLetsThrough(s, 'IN'));
    const letsOut = GATE_STATES.filter((s) => gateLetsThrough(s, 'OUT'));
    expect(admits).toEqual(['CLOSED', 'OPEN']);
    expect(letsOut).toEqual(['CLOSED', 'OPEN', 'EMERGENCY_OPEN']);
    expect(GATE_STATES.filter(needsOpenPulse)).toEqual(['CLOSED']);
  });
});

describe('gate passes', () => {
  const key = Buffer.alloc(32, 7);
  const mac = (message: string) => createHmac('sha256', key).update(message).digest('base64url');
  const safeEqual = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const claims = { kind: 'PARTICIPANT' as const, credentialId: '8d0f1c2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f', eventId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' };

  it('round-trip their claims', () => {
    const pass = encodePass(claims, mac);
    expect(pass).toMatch(/^gp1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(decodePass(pass, mac, safeEqual)).toEqual(claims);
    expect(decodePass(encodePass({ ...claims, kind: 'TICKET' }, mac), mac, safeEqual)?.kind).toBe('TICKET');
  });

  it('are refused when altered, made with another key, truncated or not ours', () => {
    const pass = encodePass(claims, mac);
    const [prefix, body, signature] = pass.split('.');
    const otherEvent = Buffer.from(JSON.stringify({ k: 'P', c: claims.credentialId, e: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    const otherKey = (message: string) => createHmac('sha256', Buffer.alloc(32, 8)).update(message).digest('base64url');
    for (const forged of [`${prefix}.${otherEvent}.${signature}`, encodePass(claims, otherKey), `${prefix}.${body}`, `gp2.${body}.${signature}`, '', 'x'.repeat(600)]) {
      expect(decodePass(forged, mac, safeEqual)).toBeNull();
    }
  });
});

describe('inputs', () => {
  it('accept RTSP and HTTPS streams without credentials only', () => {
    expect(streamUrlProblem('streamUrl', 'rtsp://10.0.0.5:554/gate1')).toBeNull();
    expect(streamUrlProblem('streamUrl', 'https://cctv.example.kr/hls/gate1.m3u8')).toBeNull();
    expect(streamUrlProblem('streamUrl', 'rtsp://admin:secret@10.0.0.5/gate1')?.message).toContain('password');
    expect(streamUrlProblem('streamUrl', 'http://cctv.example.kr/gate1')?.message).toContain('rtsp');
    expect(streamUrlProblem('streamUrl', 'not a url')?.message).toContain('absolute');
  });

  it('bound beacon readings and refuse impossible RSSI values', () => {
    const reading = { uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 1, minor: 1, rssi: -60 };
    expect(readingsProblem([reading])).toBeNull();
    expect(readingsProblem(Array.from({ length: 51 }, () => reading))?.field).toBe('beacons');
    expect(readingsProblem([{ ...reading, rssi: 5 }])?.field).toBe('beacons.0.rssi');
    expect(readingsProblem([{ ...reading, major: 70_000 }])?.field).toBe('beacons.0.major');
    expect(readingsProblem([{ ...reading, uuid: 'nope' }])?.field).toBe('beacons.0.uuid');
  });
});

describe('low battery', () => {
  const thresholds = { lowPercent: 20, recoveryMarginPercent: 5 };
  it('raises once at the threshold and recovers only past the margin', () => {
    expect(batteryChange(false, 21, thresholds)).toBe('UNCHANGED');
    expect(batteryChange(false, 20, thresholds)).toBe('BECAME_LOW');
    expect(batteryChange(true, 19, thresholds)).toBe('UNCHANGED');
    expect(batteryChange(true, 24, thresholds)).toBe('UNCHANGED');
    expect(batteryChange(true, 26, thresholds)).toBe('RECOVERED');
  });
});

describe('occupancy slots', () => {
  it('split a capacity evenly, summing to it exactly, with never more slots than places', () => {
    expect(slotCapacities(100, 16)).toEqual([7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6]);
    expect(slotCapacities(3, 16)).toEqual([1, 1, 1]);
    expect(slotCapacities(1, 16)).toEqual([1]);
    for (const [capacity, slots] of [[50_000, 16], [999, 7], [17, 16]] as const) {
      const split = slotCapacities(capacity, slots);
      expect(split.reduce((a, b) => a + b, 0)).toBe(capacity);
      expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
    }
  });

  it('take a batch\'s places from the slots with most room and give exits back to the fullest, within every slot\'s bounds', () => {
    const slots = [
      { slot: 0, occupancy: 5, capacity: 5 },
      { slot: 1, occupancy: 1, capacity: 5 },
      { slot: 2, occupancy: 3, capacity: 5 },
    ];
    // +4: slot 1 (room 4) first, then 1 and 2 alternate as their room evens out; the full slot is not written.
    expect(spreadOccupancyChange(slots, 4)).toEqual([{ slot: 1, occupancy: 4, capacity: 5 }, { slot: 2, occupancy: 4, capacity: 5 }]);
    // −3: from the fullest, one at a time (5 → 4 → 3, then slot 0 and slot 2 tie at 3 and the first gives).
    expect(spreadOccupancyChange(slots, -3)).toEqual([{ slot: 0, occupancy: 2, capacity: 5 }]);
    expect(spreadOccupancyChange(slots, -4)).toEqual([{ slot: 0, occupancy: 2, capacity: 5 }, { slot: 2, occupancy: 2, capacity: 5 }]);
    // Beyond what the slots hold, it stops at the bounds: never above capacity, never below zero.
    expect(spreadOccupancyChange(slots, 100).map((slot) => slot.occupancy)).toEqual([5, 5]);
    expect(spreadOccupancyChange(slots, -100).map((slot) => slot.occupancy)).toEqual([0, 0, 0]);
    expect(spreadOccupancyChange(slots, 0)).toEqual([]);
    // The input is not changed.
    expect(slots.map((slot) => slot.occupancy)).toEqual([5, 1, 3]);
  });
});
