#include "summarize/conditional_clause.h"

#include <QRegularExpression>

namespace vr::summarize {
namespace {

constexpr qsizetype kLongestSentence = 300;

qsizetype sentenceStart(const QString& text, qsizetype position)
{
    const qsizetype limit = std::max<qsizetype>(0, position - kLongestSentence);
    for (qsizetype k = position - 1; k >= limit; --k) {
        const QChar c = text[k];
        if (c == QLatin1Char('\n')) return k + 1;
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && k + 1 < text.size() && text[k + 1].isSpace())
            return k + 1;
    }
    return limit;
}

} // namespace

bool inConditionalClause(const QString& text, qsizetype position)
{
    const qsizetype start = sentenceStart(text, position);
    const QStringView sentence = QStringView(text).mid(start, position - start);
    // Cheap test first: most sentences that state a rating hold no condition word at all.
    if (!sentence.contains(QLatin1String("if ")) && !sentence.contains(QLatin1String("unless ")) && !sentence.contains(QLatin1String("otherwise"))
        && !sentence.contains(QLatin1String("suppos")) && !sentence.contains(QLatin1String("were i ")))
        return false;
    static const QRegularExpression condition(QStringLiteral(
        R"(\b(?:(?<!even\s)(?<!as\s)(?<!what\s)if(?!\s+(?:i\s+(?:had|have|was|were|am|must|'m\s+forced)\s+(?:forced\s+|pushed\s+|made\s+|asked\s+)?to\b|i\s+must\b|i'm\s+honest|i\s+am\s+honest|forced|pressed|pushed|made\s+to|asked|anything|you\s+(?:want|need|insist|ask)|it\s+helps|that\s+helps|so\s+i\s+must))|unless|otherwise|suppose|supposing|were\s+i)\b)"));
    // "If the harm were irreversible I might reconsider, but I stay with 2": a contrast after the condition closes it.
    static const QRegularExpression contrast(QStringLiteral(
        R"(\b(?:but|yet|however|though|still|nonetheless|nevertheless|regardless|anyway|as\s+(?:described|stated|written|it\s+stands|things\s+stand|is))\b)"));
    qsizetype conditionEnd = -1;
    for (auto it = condition.globalMatch(sentence); it.hasNext();) conditionEnd = it.next().capturedEnd();
    return conditionEnd >= 0 && !contrast.match(sentence.mid(conditionEnd)).hasMatch();
}

} // namespace vr::summarize
