/**
 * A venue's capacity split over its occupancy slots (entities/OccupancySlot.ts): as evenly as possible, never
 * more slots than places, and summing to the capacity exactly, so the slots together admit exactly as many
 * people as the venue holds.
 */
export function slotCapacities(capacity: number, slots: number): number[] {
  const count = Math.max(1, Math.min(slots, capacity));
  return Array.from({ length: count }, (_, slot) => Math.floor(capacity / count) + (slot < capacity % count ? 1 : 0));
}
