/**
 * A venue's capacity split over its occupancy slots (entities/OccupancySlot.ts): as evenly as possible, never
 * more slots than places, and summing to the capacity exactly, so the slots together admit exactly as many
 * people as the venue holds.
 */
export function slotCapacities(capacity: number, slots: number): number[] {
  const count = Math.max(1, Math.min(slots, capacity));
  return Array.from({ length: count }, (_, slot) => Math.floor(capacity / count) + (slot < capacity % count ? 1 : 0));
}

/** One occupancy slot of a venue as read under its row lock. */
export interface SlotState {
  slot: number;
  occupancy: number;
  capacity: number;
}

/**
 * The slots whose occupancy changes when a venue's occupancy moves by `delta` (people in minus people out of
 * one batch), with their new occupancy: places are taken one at a time from the slot with the most room, and
 * given back one at a time to the fullest, so the slots stay even for the check-ins that take one place at a
 * time with `skip locked` (services/occupancy.ts). No slot leaves [0, capacity]; a delta beyond what the slots
 * hold stops there (the caller checked there is room for every entrance; an exit of someone who was never
 * counted cannot take the occupancy below zero).
 */
export function spreadOccupancyChange(slots: readonly SlotState[], delta: number): SlotState[] {
  const next = slots.map((slot) => ({ ...slot }));
  for (let left = Math.abs(delta); left > 0; left--) {
    let best: SlotState | undefined;
    for (const slot of next) {
      const score = delta > 0 ? slot.capacity - slot.occupancy : slot.occupancy;
      if (score > 0 && (!best || score > (delta > 0 ? best.capacity - best.occupancy : best.occupancy))) best = slot;
    }
    if (!best) break;
    best.occupancy += Math.sign(delta);
  }
  return next.filter((slot, i) => slot.occupancy !== slots[i]!.occupancy);
}
