#include "analysis/agreement_bootstrap.h"

#include "stats/split_mix64.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace vr::analysis {
namespace {

using stats::SplitMix64;

// One model's aligned scores as category indices, once, so that each draw ranks them by counting.
struct ModelColumn {
    std::vector<double> categories;      // distinct values, ascending
    std::vector<std::uint32_t> category; // per aligned scenario
};

ModelColumn categorize(const std::vector<double>& values)
{
    ModelColumn c;
    c.categories = values;
    std::sort(c.categories.begin(), c.categories.end());
    c.categories.erase(std::unique(c.categories.begin(), c.categories.end()), c.categories.end());
    c.category.reserve(values.size());
    for (double v : values)
        c.category.push_back(static_cast<std::uint32_t>(std::lower_bound(c.categories.begin(), c.categories.end(), v) - c.categories.begin()));
    return c;
}

// numpy.percentile's default (linear) on sorted values.
double percentile(const std::vector<double>& sorted, double q)
{
    const double position = q / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

std::optional<stats::Interval> percentileInterval(std::vector<double>& draws)
{
    draws.erase(std::remove_if(draws.begin(), draws.end(), [](double v) { return !std::isfinite(v); }), draws.end());
    if (draws.empty()) return std::nullopt;
    std::sort(draws.begin(), draws.end());
    return stats::Interval{percentile(draws, 2.5), percentile(draws, 97.5)};
}

struct Draw {
    // The scenarios drawn at least once and how often, in aligned order.
    std::vector<std::uint32_t> index;
    std::vector<double> weight;
};

class Replicator {
public:
    Replicator(const AlignedScores& aligned, const ModelAgreement& agreement, std::uint64_t seed)
        : m_agreement(agreement), m_n(static_cast<std::uint32_t>(aligned.scenarioCount())), m_seed(seed)
    {
        for (const auto& v : aligned.values) m_rankColumns.push_back(categorize(v));
        m_codes = aligned.kappaCodes;
    }

    // Draw number b: every pair's ρ and weighted kappa into rho[p] and kappa[p] (NaN where undefined).
    void replicate(std::uint64_t b, double* rho, double* kappa)
    {
        SplitMix64 rng{m_seed ^ (0xD1B54A32D192ED03ull * (b + 1))};
        m_counts.assign(m_n, 0);
        for (std::uint32_t i = 0; i < m_n; ++i) ++m_counts[rng.below(m_n)];
        m_draw.index.clear();
        m_draw.weight.clear();
        for (std::uint32_t j = 0; j < m_n; ++j)
            if (m_counts[j] > 0) {
                m_draw.index.push_back(j);
                m_draw.weight.push_back(m_counts[j]);
            }
        const std::size_t k = m_rankColumns.size();
        const std::size_t drawn = m_draw.index.size();
        const double n = static_cast<double>(m_n);
        // Per model: the average-tie rank of each drawn scenario in the drawn sample, and its code.
        m_ranks.resize(k * drawn);
        m_codeValues.resize(k * drawn);
        m_rankSquares.resize(k);
        m_constant.resize(k);
        m_codeMean.resize(k);
        m_codeVariance.resize(k);
        for (std::size_t m = 0; m < k; ++m) {
            const ModelColumn& column = m_rankColumns[m];
            m_categoryWeight.assign(column.categories.size(), 0.0);
            for (std::size_t t = 0; t < drawn; ++t) m_categoryWeight[column.category[m_draw.index[t]]] += m_draw.weight[t];
            double below = 0.0;
            std::size_t categoriesDrawn = 0;
            for (double& w : m_categoryWeight) {
                categoriesDrawn += w > 0.0;
                const double rank = below + (w + 1.0) / 2.0;
                below += w;
                w = rank; // the category's average rank
            }
            double* ranks = &m_ranks[m * drawn];
            double* codes = &m_codeValues[m * drawn];
            double squares = 0.0, codeSum = 0.0, codeSquares = 0.0;
            for (std::size_t t = 0; t < drawn; ++t) {
                const double w = m_draw.weight[t];
                ranks[t] = m_categoryWeight[column.category[m_draw.index[t]]];
                codes[t] = m_codes[m][m_draw.index[t]];
                squares += w * ranks[t] * ranks[t];
                codeSum += w * codes[t];
                codeSquares += w * codes[t] * codes[t];
            }
            m_rankSquares[m] = squares;
            m_constant[m] = categoriesDrawn < 2;
            m_codeMean[m] = codeSum / n;
            m_codeVariance[m] = codeSquares / n - m_codeMean[m] * m_codeMean[m];
        }
        const double meanRank = (n + 1.0) / 2.0;
        const double* w = m_draw.weight.data();
        for (std::size_t p = 0; p < m_agreement.pairs.size(); ++p) {
            const std::size_t a = m_agreement.pairs[p].first, c = m_agreement.pairs[p].second;
            const double* ra = &m_ranks[a * drawn];
            const double* rc = &m_ranks[c * drawn];
            const double* xa = &m_codeValues[a * drawn];
            const double* xc = &m_codeValues[c * drawn];
            double rankProducts = 0.0, codeProducts = 0.0;
            for (std::size_t t = 0; t < drawn; ++t) {
                rankProducts += w[t] * ra[t] * rc[t];
                codeProducts += w[t] * xa[t] * xc[t];
            }
            const double centre = n * meanRank * meanRank;
            const double varianceA = m_rankSquares[a] - centre, varianceC = m_rankSquares[c] - centre;
            rho[p] = m_constant[a] || m_constant[c] ? NAN : (rankProducts - centre) / std::sqrt(varianceA * varianceC);
            // Quadratic-weighted kappa: 1 − E[(x − y)²] observed / expected under independence.
            const double observed = (m_codeVariance[a] + m_codeMean[a] * m_codeMean[a]) + (m_codeVariance[c] + m_codeMean[c] * m_codeMean[c])
                                    - 2.0 * codeProducts / n;
            const double difference = m_codeMean[a] - m_codeMean[c];
            const double expected = m_codeVariance[a] + m_codeVariance[c] + difference * difference;
            kappa[p] = expected > 1e-12 ? 1.0 - observed / expected : NAN;
        }
    }

private:
    const ModelAgreement& m_agreement;
    std::uint32_t m_n;
    std::uint64_t m_seed;
    std::vector<ModelColumn> m_rankColumns;
    std::vector<std::vector<double>> m_codes;
    std::vector<std::uint32_t> m_counts;
    Draw m_draw;
    std::vector<char> m_constant; // the model gave one value throughout the draw: ρ is undefined
    std::vector<double> m_categoryWeight, m_ranks, m_codeValues, m_rankSquares, m_codeMean, m_codeVariance;
};

} // namespace

bool bootstrapAgreement(const AlignedScores& aligned, ModelAgreement& agreement, std::uint32_t samples, std::uint64_t seed, unsigned threads)
{
    const std::size_t pairs = agreement.pairs.size();
    if (samples == 0) return true;
    if (pairs * samples > kMaxBootstrapResults) return false;
    agreement.bootstrapped = true;
    if (pairs == 0) return true;
    std::vector<double> rho(pairs * samples), kappa(pairs * samples);
    auto work = [&](std::uint32_t first, std::uint32_t stride) {
        Replicator replicator(aligned, agreement, seed);
        for (std::uint32_t b = first; b < samples; b += stride) replicator.replicate(b, &rho[std::size_t{b} * pairs], &kappa[std::size_t{b} * pairs]);
    };
    threads = std::clamp<unsigned>(threads, 1, 16);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread& t : pool) t.join();

    std::vector<double> draws(samples);
    for (std::size_t p = 0; p < pairs; ++p) {
        for (std::uint32_t b = 0; b < samples; ++b) draws[b] = rho[std::size_t{b} * pairs + p];
        agreement.pairs[p].spearmanCI95 = percentileInterval(draws);
        draws.resize(samples);
        for (std::uint32_t b = 0; b < samples; ++b) draws[b] = kappa[std::size_t{b} * pairs + p];
        agreement.pairs[p].weightedKappaCI95 = percentileInterval(draws);
        draws.resize(samples);
    }
    return true;
}

} // namespace vr::analysis
