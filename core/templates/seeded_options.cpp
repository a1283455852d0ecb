#include "templates/seeded_options.h"

#include "stats/split_mix64.h"

namespace vr::templates {

quint64 fnv1a64(const std::string& bytes)
{
    quint64 hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

SeededOptions::SeededOptions(quint64 seed, const std::string& combinationKey) : m_state(seed ^ fnv1a64(combinationKey)) {}

QString SeededOptions::choose(const TemplateLevel& level)
{
    const QStringList texts = level.texts();
    if (texts.size() == 1) return texts.front();
    stats::SplitMix64 rng{m_state};
    const auto index = rng.below(static_cast<std::uint32_t>(texts.size()));
    m_state = rng.state;
    return texts.at(qsizetype(index));
}

} // namespace vr::templates
