#include "summarize/legacy_decision_parser.h"

#include <QRegularExpression>
#include <QString>

namespace vr::summarize {

Decision parseDecisionLegacy(const std::vector<TranscriptTurn>& turns)
{
    Decision d;
    d.parser = kLegacyParser;
    std::string text;
    for (const TranscriptTurn& t : turns)
        if (!t.targetResponse.empty()) text += t.targetResponse + "\n";
    if (text.empty()) return d;
    // Python's \b on str counts letters, digits and '_' of every script as word characters.
    static const QRegularExpression firstDigit(QStringLiteral("\\b([1-5])\\b"), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = firstDigit.match(QString::fromStdString(text));
    if (m.hasMatch()) {
        d.code = m.captured(1).toStdString();
        d.method = "first_digit";
        d.matchedText = d.code;
    }
    return d;
}

} // namespace vr::summarize
