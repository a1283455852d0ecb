#pragma once
// The seeded choice among a level's options (docs/templates.md, "Seeding"): each scenario has its own SplitMix64
// stream starting from seed XOR FNV-1a-64(its combination key), so the same template and seed give the same texts
// on every platform, and adding a level or a dimension leaves the other scenarios' choices alone.
#include "templates/scenario_template.h"

#include <string>

namespace vr::templates {

// FNV-1a, 64 bits, over the bytes as given.
quint64 fnv1a64(const std::string& bytes);

class SeededOptions {
public:
    SeededOptions(quint64 seed, const std::string& combinationKey);
    // One option; a level with a single text (or none but its label) takes it without drawing.
    QString choose(const TemplateLevel& level);

private:
    quint64 m_state; // of the stats::SplitMix64 stream
};

} // namespace vr::templates
