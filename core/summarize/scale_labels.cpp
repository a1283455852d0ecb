#include "summarize/scale_labels.h"

#include <QRegularExpression>

namespace vr::summarize {

QString normalizeForMatching(const QString& text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* o = out.data();
    bool lastSpace = false;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == '*' || u == '`' || u == '_') continue;
            if (u == '\t' || u == '\r') u = ' ';
            else if (u >= 'A' && u <= 'Z') u = static_cast<char16_t>(u + 32);
        } else if (u == 0x2013 || u == 0x2014 || u == 0x2212 || u == 0x2010 || u == 0x2011) {
            u = '-';
        } else if (u == 0x2019 || u == 0x2018 || u == 0x02BC) {
            u = '\'';
        } else if (u == 0x201C || u == 0x201D) {
            u = '"';
        } else if (u == 0x00A0) {
            u = ' ';
        } else {
            u = c.toLower().unicode();
        }
        if (u == ' ') {
            if (lastSpace) continue;
            lastSpace = true;
        } else {
            lastSpace = false;
        }
        *o++ = QChar(u);
    }
    out.truncate(o - out.constData());
    out.replace(QLatin1String("favor "), QLatin1String("favour "));
    out.replace(QLatin1String("favoring"), QLatin1String("favouring"));
    out.replace(QLatin1String("favors"), QLatin1String("favours"));
    return out;
}

std::vector<ScaleLabel> readScaleLabels(const std::vector<QString>& prompts)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s*[(\[]?([1-5])\s*[)\].:=-]?\s*-?\s*(\S.*?)\s*$)"),
                                         QRegularExpression::MultilineOption);
    std::vector<ScaleLabel> labels;
    for (const QString& prompt : prompts) {
        const QString normalized = normalizeForMatching(prompt);
        auto it = line.globalMatch(normalized);
        while (it.hasNext()) {
            const auto m = it.next();
            QString label = m.captured(2);
            while (!label.isEmpty() && (label.endsWith('.') || label.endsWith(';') || label.endsWith(','))) label.chop(1);
            if (label.size() < 3) continue;
            const int code = m.captured(1).toInt();
            // Answers often quote a label without its aside: "Somewhat favour B (protecting the friend)" is
            // also read as "somewhat favour b", and "Neutral / unsure" as "neutral" and "unsure".
            QStringList variants{label};
            static const QRegularExpression aside(QStringLiteral(R"(\s*\([^)]*\))"));
            QString core = label;
            core.remove(aside);
            variants << core.trimmed();
            for (const QString& part : core.split(QRegularExpression(QStringLiteral(R"(\s+/\s+|\s+or\s+)"))))
                variants << part.trimmed();
            for (const QString& text : variants) {
                if (text.size() < 5) continue;
                bool known = false;
                for (const ScaleLabel& l : labels) known = known || (l.code == code && l.text == text);
                if (!known) labels.push_back({code, text});
            }
        }
    }
    return labels;
}

} // namespace vr::summarize
