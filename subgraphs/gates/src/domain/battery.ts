/**
 * Low-battery alerts with hysteresis: an alert is raised when a reading falls to or below the low threshold,
 * and the condition ends only when a reading is back above the threshold plus a margin, so a battery
 * hovering around the threshold raises one alert, not one per reading.
 */
export interface BatteryThresholds {
  lowPercent: number;
  recoveryMarginPercent: number;
}

export type BatteryChange = 'BECAME_LOW' | 'RECOVERED' | 'UNCHANGED';

export function batteryChange(wasLow: boolean, percent: number, thresholds: BatteryThresholds): BatteryChange {
  if (!wasLow && percent <= thresholds.lowPercent) return 'BECAME_LOW';
  if (wasLow && percent > thresholds.lowPercent + thresholds.recoveryMarginPercent) return 'RECOVERED';
  return 'UNCHANGED';
}
