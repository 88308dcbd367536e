/** Written by `npm run train:similarity -- --write` from bench/data/stsb-de-train.csv; do not edit by hand. */
export const SIMILARITY_CALIBRATION = {
  pairs: 5749,
  cosineScale: {
    x: [
      0, 0.0418, 0.0953, 0.1409, 0.1908, 0.2358, 0.2806, 0.3221, 0.3552, 0.3901, 0.4233, 0.4553, 0.4866,
      0.5196, 0.5482, 0.5794, 0.6141, 0.6473, 0.6803, 0.7148, 0.7559, 0.8078, 0.8736, 1,
    ],
    y: [
      0.2183, 0.4435, 1.0295, 1.1504, 1.4778, 1.8181, 1.9924, 2.3153, 2.6134, 2.6144, 2.7793, 2.7803, 2.9818,
      3.0966, 3.15, 3.151, 3.4177, 3.5023, 3.5323, 3.7137, 3.8044, 3.9467, 4.085, 4.8942,
    ],
  },
  thresholds: {
    nearlySame: 0.791,
    verySimilar: 0.59,
    similar: 0.394,
    related: 0.298,
  },
} as const;
