#pragma once
// The mean of scores that come in clusters (repeats of one scenario), with a cluster-robust standard error:
// CR1, the sandwich estimator with the G/(G − 1) factor, and a Student t interval with G − 1 degrees of
// freedom; the design effect against the naive standard error, the effective sample size and the one-way ANOVA
// intraclass correlation. Formulas and when to distrust them: docs/statistics.md.
#include "stats/mean_interval.h"

#include <cstdint>
#include <optional>
#include <span>

namespace vr::stats {

struct ClusteredMean {
    double mean = 0.0;
    std::size_t n = 0;
    std::size_t clusters = 0;             // G: clusters holding at least one value
    std::optional<double> se;             // null when G < 2
    std::optional<Interval> ci95;         // mean ∓ t(0.975, G − 1)·se
    std::optional<double> naiveSe;        // sd(ddof 1)/√n; null when n < 2
    std::optional<double> designEffect;   // (se / naiveSe)²; null when either is null or naiveSe is 0
    std::optional<double> effectiveN;     // n / designEffect; null when designEffect is null or 0
    std::optional<double> icc;            // (MSB − MSW)/(MSB + (k0 − 1)·MSW); not clipped; null when undefined
};

// values[i] belongs to cluster clusterIds[i], an id below clusterIdBound (ids need not be contiguous).
ClusteredMean clusteredMean(std::span<const double> values, std::span<const std::uint32_t> clusterIds, std::uint32_t clusterIdBound);

} // namespace vr::stats
