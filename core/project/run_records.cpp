#include "project/run_records.h"

namespace vr::project {

Json RunConfig::toJson() const
{
    Json j = {{"name", name.toStdString()}, {"temperature", temperature ? Json(*temperature) : Json()}, {"maxTokens", maxTokens}, {"maxTurns", maxTurns},
              {"samples", samples}, {"seed", seed}, {"concurrency", concurrency}};
    j["budgetUsd"] = budgetUsd ? Json(*budgetUsd) : Json();
    j["counterbalance"] = counterbalance;
    return j;
}

RunConfig RunConfig::fromJson(const Json& j)
{
    RunConfig c;
    c.name = QString::fromStdString(j.value("name", std::string()));
    // Runs from before temperature was optional always had one; a stored null means "not sent".
    if (j.contains("temperature")) c.temperature = j["temperature"].is_number() ? std::optional<double>(j["temperature"].get<double>()) : std::nullopt;
    c.maxTokens = j.value("maxTokens", 1024);
    c.maxTurns = j.value("maxTurns", 10);
    c.samples = j.value("samples", 1);
    c.seed = j.value("seed", 0LL);
    c.concurrency = j.value("concurrency", 8);
    if (j.contains("budgetUsd") && j["budgetUsd"].is_number()) c.budgetUsd = j["budgetUsd"].get<double>();
    c.counterbalance = j.contains("counterbalance") && j["counterbalance"].is_boolean() && j["counterbalance"].get<bool>();
    return c;
}

QString cellStateName(CellState state)
{
    switch (state) {
    case CellState::Pending: return QStringLiteral("pending");
    case CellState::Running: return QStringLiteral("running");
    case CellState::Done: return QStringLiteral("done");
    case CellState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

CellState cellStateFromName(const QString& name)
{
    if (name == QLatin1String("running")) return CellState::Running;
    if (name == QLatin1String("done")) return CellState::Done;
    if (name == QLatin1String("failed")) return CellState::Failed;
    return CellState::Pending;
}

} // namespace vr::project
