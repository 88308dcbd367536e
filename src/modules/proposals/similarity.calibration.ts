/** Written by `npm run calibrate:similarity -- --write` from bench/data/stsb-de-train.csv; do not edit by hand. */
export const SIMILARITY_CALIBRATION = {
  pairs: 5749,
  thresholds: {
    nearlySame: 0.818,
    verySimilar: 0.508,
    similar: 0.281,
  },
} as const;
