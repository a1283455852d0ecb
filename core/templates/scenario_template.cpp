#include "templates/scenario_template.h"

namespace vr::templates {

const TemplateLevel* TemplateDimension::level(qint64 score) const
{
    for (const TemplateLevel& l : levels)
        if (l.score == score) return &l;
    return nullptr;
}

QString TemplateDimension::scoreList() const
{
    QStringList scores;
    for (const TemplateLevel& l : levels) scores << QString::number(l.score);
    return scores.join(QStringLiteral(", "));
}

} // namespace vr::templates
