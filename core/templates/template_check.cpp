#include "templates/template_check.h"

#include "templates/template_error.h"
#include "templates/template_patterns.h"

#include <QRegularExpression>
#include <QSet>

namespace vr::templates {
namespace {

[[noreturn]] void fail(const QString& message)
{
    throw TemplateError(message.toStdString());
}

bool isWhole(const QRegularExpressionMatch& m, const QString& subject)
{
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == subject.size();
}

QString dimensionWhere(const ScenarioTemplate& tmpl, qsizetype d)
{
    return QStringLiteral("dimension %1 \"%2\"").arg(QString::number(d + 1), tmpl.dimensions[d].name);
}

void checkDimensions(const ScenarioTemplate& tmpl)
{
    for (qsizetype d = 0; d < tmpl.dimensions.size(); ++d) {
        const TemplateDimension& dimension = tmpl.dimensions[d];
        const QString where = dimensionWhere(tmpl, d);
        if (dimension.name.trimmed().isEmpty()) fail(QStringLiteral("dimension %1 has no name").arg(d + 1));
        if (dimension.name.contains(QLatin1Char('[')) || dimension.name.contains(QLatin1Char(']')) || dimension.name.contains(QLatin1Char('\n')))
            fail(where + QStringLiteral(": a dimension's name cannot hold [, ] or a line break (it is written [Name] in the text)"));
        for (qsizetype e = 0; e < d; ++e)
            if (const QString token = QLatin1Char('[') + dimension.name + QLatin1Char(']'); isWhole(placeholderPattern(tmpl.dimensions[e].name).match(token), token))
                fail(QStringLiteral("%1 and %2 have the same placeholder (case does not count): rename one")
                         .arg(dimensionWhere(tmpl, e), where));
        if (dimension.levels.isEmpty()) fail(where + QStringLiteral(" has no levels"));
        for (qsizetype l = 0; l < dimension.levels.size(); ++l) {
            const TemplateLevel& level = dimension.levels[l];
            for (qsizetype k = 0; k < l; ++k)
                if (dimension.levels[k].score == level.score)
                    fail(QStringLiteral("%1: score %2 is used twice (levels %3 and %4)")
                             .arg(where, QString::number(level.score), QString::number(k + 1), QString::number(l + 1)));
            if (level.options.isEmpty() && level.label.isEmpty())
                fail(QStringLiteral("%1, level %2 (score %3) has neither a label nor options").arg(where, QString::number(l + 1), QString::number(level.score)));
        }
    }
}

int lineAt(const QString& text, qsizetype position)
{
    return int(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1;
}

// Every scale line and [Name_ScoreN] must name a score the dimension has.
QStringList missingScores(const ScenarioTemplate& tmpl)
{
    QStringList problems;
    for (const TemplateDimension& dimension : tmpl.dimensions) {
        const auto missing = [&](const QString& digits) {
            const auto score = decimalValue(digits);
            return !score || !dimension.level(*score);
        };
        for (auto it = scaleLinePattern(dimension.name).globalMatch(tmpl.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (missing(m.captured(2)))
                problems << QStringLiteral("line %1: the scale line \"%2\" asks for level %3 of \"%4\", which has none (scores %5)")
                                .arg(QString::number(lineAt(tmpl.text, m.capturedStart(2))), tmpl.text.mid(m.capturedStart(2), m.capturedEnd() - m.capturedStart(2)),
                                     m.captured(2), dimension.name, dimension.scoreList());
        }
        for (auto it = explicitScorePattern(dimension.name).globalMatch(tmpl.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (missing(m.captured(1)))
                problems << QStringLiteral("line %1: %2 asks for level %3 of \"%4\", which has none (scores %5)")
                                .arg(QString::number(lineAt(tmpl.text, m.capturedStart())), m.captured(), m.captured(1), dimension.name, dimension.scoreList());
        }
    }
    return problems;
}

// One-word bracketed text ([building], [Stake]) that no dimension answers to, each with the lines it is on. Other
// bracketed text ([1], [see below]) is left as written, as upstream leaves it.
QStringList unknownPlaceholders(const ScenarioTemplate& tmpl)
{
    static const QRegularExpression oneWord(QStringLiteral("\\A\\p{L}[\\p{L}\\p{N}_-]*\\z"));
    QStringList tokens;
    QList<QList<int>> lines;
    for (auto it = bracketPattern().globalMatch(tmpl.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!oneWord.match(m.captured(1)).hasMatch()) continue;
        const QString token = m.captured();
        bool known = false;
        for (const TemplateDimension& d : tmpl.dimensions)
            known = known || isWhole(placeholderPattern(d.name).match(token), token) || isWhole(explicitScorePattern(d.name).match(token), token);
        if (known) continue;
        if (!tokens.contains(token)) {
            tokens << token;
            lines << QList<int>{};
        }
        QList<int>& at = lines[tokens.indexOf(token)];
        if (const int line = lineAt(tmpl.text, m.capturedStart()); !at.contains(line)) at << line;
    }
    QStringList unknown;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QStringList numbers;
        for (const int line : lines[i]) numbers << QString::number(line);
        unknown << QStringLiteral("%1 (%2 %3)").arg(tokens[i], numbers.size() == 1 ? QStringLiteral("line") : QStringLiteral("lines"),
                                                   numbers.join(QStringLiteral(", ")));
    }
    return unknown;
}

QString dimensionNames(const ScenarioTemplate& tmpl)
{
    QStringList names;
    for (const TemplateDimension& d : tmpl.dimensions) names << d.name;
    return names.isEmpty() ? QStringLiteral("there are no dimensions") : QStringLiteral("the dimensions are ") + names.join(QStringLiteral(", "));
}

} // namespace

QStringList checkTemplate(const ScenarioTemplate& tmpl)
{
    if (isBlank(tmpl.text)) fail(QStringLiteral("content.template is empty"));
    checkDimensions(tmpl);
    QStringList problems = missingScores(tmpl);
    if (const QStringList unknown = unknownPlaceholders(tmpl); !unknown.isEmpty())
        problems << QStringLiteral("%1 %2: %3; a placeholder is [Name] or [Name_ScoreN]")
                        .arg(unknown.size() == 1 ? QStringLiteral("unknown placeholder") : QStringLiteral("unknown placeholders"),
                             unknown.join(QStringLiteral(", ")), dimensionNames(tmpl));
    if (!problems.isEmpty()) fail(problems.join(QStringLiteral("; ")));
    QStringList warnings;
    for (const TemplateDimension& d : tmpl.dimensions)
        if (!scaleLinePattern(d.name).match(tmpl.text).hasMatch() && !explicitScorePattern(d.name).match(tmpl.text).hasMatch()
            && !placeholderPattern(d.name).match(tmpl.text).hasMatch())
            warnings << QStringLiteral("\"%1\" does not appear in the template: its %2 levels multiply the scenarios without changing their texts")
                            .arg(d.name, QString::number(d.levels.size()));
    return warnings;
}

} // namespace vr::templates
