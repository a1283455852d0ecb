#pragma once
// A project with one large run and a stored analysis of it, made directly (no probing): `models` × `scenarios`
// cells with random decisions, for the dashboard's scale tests and benchmark.
#include "project/project.h"
#include "run/run_analysis.h"

#include <QSqlQuery>

#include <random>

namespace vr::test {

inline qint64 makeLargeAnalysedRun(project::Project& p, int models, int scenarios, unsigned seed = 3)
{
    QList<project::Scenario> scenarioList;
    for (int s = 0; s < scenarios; ++s) {
        project::Scenario sc;
        sc.name = QStringLiteral("Scenario %1").arg(s, 4, 10, QLatin1Char('0'));
        sc.prompt = QStringLiteral("Dilemma %1?").arg(s);
        sc.dimensions = {{QStringLiteral("severity"), double(1 + s % 5)}, {QStringLiteral("scope"), double(1 + (s / 5) % 3)}};
        scenarioList << sc;
    }
    p.scenarios().addAll(scenarioList);
    QList<project::ModelEntry> modelList;
    for (int m = 0; m < models; ++m) {
        project::ModelEntry e;
        e.modelId = QStringLiteral("mock:model-%1").arg(m, 2, 10, QLatin1Char('0'));
        modelList << e;
    }
    const qint64 run = p.runs().create(project::RunConfig{}, p.scenarios().list(), modelList);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.9);
    Json transcripts = Json::array();
    transcripts.get_ref<Json::array_t&>().reserve(static_cast<size_t>(models) * scenarios);
    for (int s = 0; s < scenarios; ++s) {
        const double lean = (s % 7) / 3.0 - 1.0;
        for (int m = 0; m < models; ++m) {
            const double bias = (m % 9) / 4.0 - 1.0;
            const int score = std::clamp(static_cast<int>(std::lround(3 + bias + lean + noise(rng))), 1, 5);
            transcripts.push_back({{"modelId", modelList[m].modelId.toStdString()}, {"scenarioId", std::to_string(s)},
                                   {"summary", {{"score", score}}},
                                   {"scenario", {{"name", scenarioList[s].name.toStdString()},
                                                 {"dimensions", {{"severity", 1 + s % 5}, {"scope", 1 + (s / 5) % 3}}}}}});
        }
    }
    // Every cell gets a (short) transcript and its summary, written in bulk as one transaction.
    p.database().transaction([&] {
        QSqlQuery insertTranscript(p.database().database()), insertSummary(p.database().database());
        insertTranscript.prepare(QStringLiteral("INSERT INTO transcripts(cell_id, content, input_tokens, output_tokens, cost) VALUES(?, ?, 40, 60, 0)"));
        insertSummary.prepare(QStringLiteral("INSERT INTO summaries(transcript_id, decision_code, decision_text, metadata, summarized_at) VALUES(?, ?, '', '{}', 'now')"));
        size_t i = 0;
        for (const project::CellRecord& cell : p.runs().cells(run)) {
            const Json& t = transcripts[static_cast<size_t>(cell.scenarioIndex) * models + cell.modelIndex];
            insertTranscript.addBindValue(cell.id);
            insertTranscript.addBindValue(QStringLiteral("{\"turns\": [{\"turnNumber\": 1, \"targetResponse\": \"Rating: %1\"}]}").arg(t["summary"]["score"].get<int>()));
            insertTranscript.exec();
            insertSummary.addBindValue(insertTranscript.lastInsertId());
            insertSummary.addBindValue(QString::number(t["summary"]["score"].get<int>()));
            insertSummary.exec();
            ++i;
        }
        p.database().run(QStringLiteral("UPDATE cells SET state = 'done' WHERE run_id = ?"), {run});
    });
    p.runs().storeAnalysis(run, run::analyzeInput(Json{{"runId", "large"}, {"transcripts", transcripts}}.dump()));
    return run;
}

} // namespace vr::test
