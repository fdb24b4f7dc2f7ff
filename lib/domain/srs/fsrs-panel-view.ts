/** What the settings page's optimisation panel shows (server -> browser). */

export type FsrsFigures = { logLoss: number; rmseBins: number };

export type FsrsRunView = {
  /** ISO instant the run finished. */
  optimisedAt: string;
  /** True when the personal parameters beat the defaults and the scheduler uses them. */
  inUse: boolean;
  defaults: FsrsFigures;
  personal: FsrsFigures;
  fitItems: number;
  testItems: number;
  /** Review log rows read for the run. */
  reviewCount: number;
};

export type FsrsPanelView = {
  /** Reviews that count towards optimisation now (FSRS items). */
  items: number;
  /** Items needed before optimisation can run. */
  itemsNeeded: number;
  lastRun: FsrsRunView | null;
  /** ISO instant from which "Optimise now" may run again; null when it may run now. */
  nextAllowedAt: string | null;
};
