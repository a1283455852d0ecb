#include "cli/search_command.h"

#include "cli/command.h"
#include "project/transcript_search.h"

#include <unistd.h>

#include <cstdio>

namespace vr::cli {
namespace {

// Matches shown «like this», or bold on a terminal.
QString marked(QString snippet, bool terminal)
{
    snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    snippet.replace(project::kMatchStart, terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("«"));
    snippet.replace(project::kMatchEnd, terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("»"));
    return snippet;
}

} // namespace

int cmdSearch(const QStringList& args)
{
    Command cmd(args,
                {valueOption("run", "only this run"), valueOption("model", "only this model id"),
                 valueOption("decision", "only this decision code (1-5, other, …; an override counts)"), valueOption("limit", "at most this many (50)"),
                 QCommandLineOption(QStringLiteral("json"), QStringLiteral("print the matches as JSON"))},
                2);
    project::TranscriptQuery query;
    query.text = cmd.positional[1];
    query.runId = cmd.isSet(QStringLiteral("run")) ? cmd.value(QStringLiteral("run")).toLongLong() : 0;
    query.model = cmd.value(QStringLiteral("model"));
    query.decision = cmd.value(QStringLiteral("decision"));
    query.limit = cmd.intValue(QStringLiteral("limit"), 50);
    if (query.limit < 1) throw UsageError("--limit must be at least 1");
    if (project::ftsQueryFor(query.text).isEmpty()) throw UsageError("TEXT has no word to search for");
    project::Project project(cmd.positional[0], project::ProjectDatabase::OpenMode::ReadOnly);
    if (query.runId > 0 && !project.runs().summary(query.runId)) throw project::ProjectError("There is no run " + std::to_string(query.runId));
    const QList<project::TranscriptHit> hits = project::searchTranscripts(project.database(), query);
    if (cmd.isSet(QStringLiteral("json"))) {
        Json list = Json::array();
        for (const project::TranscriptHit& h : hits)
            list.push_back({{"run", h.runId}, {"transcript", h.transcriptId}, {"scenario", h.scenario.toStdString()}, {"model", h.model.toStdString()},
                            {"sample", h.sample}, {"decision", h.decision ? Json(h.decision->toStdString()) : Json()},
                            {"field", h.field.toStdString()}, {"snippet", marked(h.snippet, false).toStdString()}, {"score", h.score}});
        out(QString::fromStdString(Json{{"query", query.text.toStdString()}, {"matches", list}}.dump()));
        return 0;
    }
    if (hits.isEmpty()) {
        out(QStringLiteral("No transcript matches \"%1\".").arg(query.text));
        return 0;
    }
    const bool terminal = ::isatty(fileno(stdout)) != 0;
    for (const project::TranscriptHit& h : hits) {
        out(QStringLiteral("run %1 · %2 · %3 · sample %4 · decision %5 · in the %6")
                .arg(h.runId)
                .arg(h.scenario, h.model)
                .arg(h.sample + 1)
                .arg(h.decision.value_or(QStringLiteral("none")), h.field));
        out(QStringLiteral("    ") + marked(h.snippet, terminal));
    }
    const QString count = hits.size() == 1 ? QStringLiteral("1 match") : QStringLiteral("%1 matches").arg(hits.size());
    out(hits.size() == query.limit ? count + QStringLiteral(", the best first (--limit shows more)") : count);
    return 0;
}

} // namespace vr::cli
