#include "templates/template_fill.h"

#include "templates/template_error.h"
#include "templates/template_patterns.h"

namespace vr::templates {
namespace {

// Python's re.sub with a function: every non-overlapping match, left to right, replaced by what `replace` returns.
QString substitute(const QString& text, const QRegularExpression& pattern, const std::function<QString(const QRegularExpressionMatch&)>& replace)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replace(m);
        last = m.capturedEnd();
    }
    if (last == 0) return text;
    out += QStringView(text).mid(last);
    return out;
}

const TemplateLevel& levelFor(const TemplateDimension& dimension, const QString& digits)
{
    const auto score = decimalValue(digits);
    const TemplateLevel* level = score ? dimension.level(*score) : nullptr;
    if (!level)
        throw TemplateError(QStringLiteral("the template asks for score %1 of \"%2\", which has no such level (scores %3)")
                                .arg(digits, dimension.name, dimension.scoreList())
                                .toStdString());
    return *level;
}

} // namespace

TemplateFiller::TemplateFiller(const ScenarioTemplate& tmpl) : m_template(tmpl)
{
    for (const TemplateDimension& d : tmpl.dimensions)
        m_patterns.push_back({scaleLinePattern(d.name), explicitScorePattern(d.name), placeholderPattern(d.name)});
}

QString TemplateFiller::fill(const Combination& combination, const OptionChooser& choose) const
{
    QString text = m_template.text;
    const auto& dimensions = m_template.dimensions;
    // 1. "N - … [Name]" at the start of a line: level N's text, whatever level the scenario has.
    for (qsizetype d = 0; d < dimensions.size(); ++d)
        text = substitute(text, m_patterns[size_t(d)].scaleLine, [&](const QRegularExpressionMatch& m) {
            return m.captured(1) + m.captured(2) + m.captured(3) + choose(levelFor(dimensions[d], m.captured(2)));
        });
    // 2. [Name_ScoreN]: level N's text.
    for (qsizetype d = 0; d < dimensions.size(); ++d)
        text = substitute(text, m_patterns[size_t(d)].explicitScore,
                          [&](const QRegularExpressionMatch& m) { return choose(levelFor(dimensions[d], m.captured(1))); });
    // 3. [Name]: the scenario's own level, one choice for every occurrence.
    for (qsizetype d = 0; d < dimensions.size() && size_t(d) < combination.size(); ++d) {
        const QString chosen = choose(*combination[size_t(d)]);
        text = substitute(text, m_patterns[size_t(d)].placeholder, [&](const QRegularExpressionMatch&) { return chosen; });
    }
    return text;
}

} // namespace vr::templates
