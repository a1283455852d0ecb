#include "templates/template_expansion.h"

#include "templates/seeded_options.h"
#include "templates/template_check.h"
#include "templates/template_error.h"
#include "templates/template_fill.h"
#include "templates/template_patterns.h"

namespace vr::templates {
namespace {

qint64 combinationCount(const ScenarioTemplate& tmpl)
{
    qint64 count = 1;
    for (const TemplateDimension& d : tmpl.dimensions) {
        count *= d.levels.size();
        if (count > kMaxCombinations)
            throw TemplateError(QStringLiteral("the dimensions make more than %1 combinations; a template may have at most %1")
                                    .arg(kMaxCombinations)
                                    .toStdString());
    }
    return count;
}

} // namespace

Expansion expandTemplate(const ScenarioTemplate& tmpl, quint64 seed)
{
    Expansion expansion;
    expansion.warnings = checkTemplate(tmpl);
    const qint64 count = combinationCount(tmpl);
    const QString preamble = isBlank(tmpl.preamble) ? QString() : tmpl.preamble;
    const TemplateFiller filler(tmpl);
    const qsizetype dimensions = tmpl.dimensions.size();
    std::vector<qsizetype> index(size_t(dimensions), 0); // an odometer over the levels, last dimension fastest
    for (qint64 n = 0; n < count; ++n) {
        ExpandedScenario scenario;
        Combination combination;
        QStringList nameParts;
        for (qsizetype d = 0; d < dimensions; ++d) {
            const TemplateDimension& dimension = tmpl.dimensions[d];
            const TemplateLevel& level = dimension.levels[index[size_t(d)]];
            combination.push_back(&level);
            scenario.dimensions.append({dimension.name, level.score});
            nameParts << dimension.name + QLatin1Char('_') + QString::number(level.score);
        }
        scenario.name = nameParts.join(QStringLiteral(" / "));
        scenario.preamble = preamble;
        scenario.key = combinationKey(scenario.dimensions);
        SeededOptions options(seed, scenario.key);
        scenario.prompt = filler.fill(combination, [&](const TemplateLevel& level) { return options.choose(level); });
        expansion.scenarios.append(std::move(scenario));
        for (qsizetype d = dimensions - 1; d >= 0; --d) {
            if (++index[size_t(d)] < tmpl.dimensions[d].levels.size()) break;
            index[size_t(d)] = 0;
        }
    }
    return expansion;
}

} // namespace vr::templates
