import { defineEntity, p } from '@mikro-orm/postgresql';
import { GateSchema } from './Gate.ts';

export const CAMERA_STATUSES = ['ONLINE', 'OFFLINE', 'UNKNOWN'] as const;

/** A CCTV camera watching a gate: the stream URL the operators' dashboard plays (no video passes through here). */
export const CameraSchema = defineEntity({
  name: 'Camera',
  tableName: 'camera',
  properties: {
    id: p.uuid().primary(),
    gate: () => p.manyToOne(GateSchema).deleteRule('cascade'),
    name: p.string().length(100),
    streamUrl: p.text(),
    status: p.enum(CAMERA_STATUSES),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'camera_gate_name_unique', properties: ['gate', 'name'] }],
});

export class Camera extends CameraSchema.class {}
CameraSchema.setClass(Camera);
