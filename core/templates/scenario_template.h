#pragma once
// A scenario template in the form ValueRank definitions use (docs/templates.md): a text with [Dimension] and
// [Dimension_ScoreN] placeholders and numbered scale lines, and the dimensions whose levels it is expanded over.
#include <QList>
#include <QString>
#include <QStringList>

namespace vr::templates {

struct TemplateLevel {
    qint64 score = 0;
    QString label;
    QStringList options; // empty: the label is the level's text
    // What the level can put into a text: its options, or its label when it has none.
    QStringList texts() const { return options.isEmpty() ? QStringList{label} : options; }
};

struct TemplateDimension {
    QString name;
    QList<TemplateLevel> levels;
    const TemplateLevel* level(qint64 score) const;
    QString scoreList() const; // "1, 2, 5": for messages
};

struct ScenarioTemplate {
    QString name;     // the scenarios it expands into carry the tag template:<name>
    QString preamble; // blank: no preamble
    QString text;     // content.template
    QList<TemplateDimension> dimensions;
};

} // namespace vr::templates
