/**
 * The small-cell threshold of an edition unless `memoria run --umbral` sets another: counts of 1 to
 * threshold − 1 people are suppressed. A public-information answer uses it or a higher one.
 */
export const DEFAULT_PRIVACY_THRESHOLD = 5;
