#include "labelled_decisions.h"

#include "protocol/json.h"
#include "summarize/decision_parsers.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace vr::testing {

std::vector<LabelledAnswer> loadLabelledAnswers(const QString& folder)
{
    std::vector<LabelledAnswer> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + name.toStdString());
        const Json cases = Json::parse(file.readAll().toStdString(), nullptr, false);
        if (!cases.is_array()) throw std::runtime_error(name.toStdString() + " is not a JSON list");
        for (const Json& c : cases) {
            LabelledAnswer a;
            a.file = name.chopped(5).toStdString();
            a.name = c.value("name", std::string());
            a.answerClass = c.value("class", std::string("unclassified"));
            a.providerStyle = c.value("providerStyle", std::string("generic"));
            a.sourceKind = c.contains("source") ? c["source"].value("kind", std::string("unknown")) : std::string("project");
            a.expected = c.value("expectedDecisionCode", std::string());
            if (a.name.empty() || a.expected.empty() || !c.contains("transcriptContent"))
                throw std::runtime_error(name.toStdString() + ": a case lacks name, expectedDecisionCode or transcriptContent");
            for (const Json& t : c["transcriptContent"]["turns"])
                a.turns.push_back({t.value("probePrompt", std::string()), t.value("targetResponse", std::string())});
            out.push_back(std::move(a));
        }
    }
    return out;
}

ParserScore scoreParser(const std::vector<LabelledAnswer>& answers, const char* parser)
{
    ParserScore score;
    for (const LabelledAnswer& a : answers) {
        const summarize::Decision d = summarize::parseDecision(a.turns, parser);
        const bool right = d.code == a.expected;
        for (Tally* t : {&score.overall, &score.byClass[a.answerClass], &score.bySource[a.sourceKind], &score.byStyle[a.providerStyle],
                         &score.byFile[a.file]}) {
            ++t->total;
            t->right += right;
        }
        if (right) continue;
        if (a.answerClass.rfind("trap_", 0) == 0 && d.code != "other") ++score.trapsAccepted;
        score.misses << QString::fromStdString(a.file + "/" + a.name + ": expected " + a.expected + ", got " + d.code + " (" + d.method + ")");
    }
    return score;
}

} // namespace vr::testing
