#include "templates/template_patterns.h"

#include <limits>

namespace vr::templates {
namespace {

// Python's str.isspace() set, which its `re` uses for \s in str patterns.
const QString kSpace = QStringLiteral("[\\t\\n\\x{0B}\\x{0C}\\r\\x{1C}-\\x{1F} \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
                                      "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]");
const QString kDigit = QStringLiteral("\\p{Nd}");

QRegularExpression compiled(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QRegularExpression scaleLinePattern(const QString& dimensionName)
{
    return compiled(QStringLiteral("(\\A|\\n)%1*(%2+)(%1*[-.)]%1*[^\\n]*?)\\[(%3)\\]")
                        .arg(kSpace, kDigit, QRegularExpression::escape(dimensionName)));
}

QRegularExpression explicitScorePattern(const QString& dimensionName)
{
    return compiled(QStringLiteral("\\[%1_Score(%2+)\\]").arg(QRegularExpression::escape(dimensionName), kDigit));
}

QRegularExpression placeholderPattern(const QString& dimensionName)
{
    return compiled(QStringLiteral("\\[%1\\]").arg(QRegularExpression::escape(dimensionName)));
}

const QRegularExpression& bracketPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\[([^\\[\\]\\n]*)\\]"));
    return pattern;
}

std::optional<qint64> decimalValue(const QString& digits)
{
    if (digits.isEmpty()) return std::nullopt;
    qint64 value = 0;
    for (const char32_t c : digits.toUcs4()) {
        const int digit = QChar::digitValue(c);
        if (digit < 0) return std::nullopt;
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

bool isBlank(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral("\\A%1*\\z").arg(kSpace));
    return blank.match(text).hasMatch();
}

} // namespace vr::templates
