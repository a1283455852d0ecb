#pragma once
// A run's results as files: CSV (one row per transcript), JSON Lines (one transcript per line, everything),
// or one JSON document (settings, frozen scenarios and models, transcripts, summaries, the latest analysis).
// API keys are never part of a project, so never part of an export.
#include "project/project.h"

#include <QString>

namespace vr::run {

enum class ExportFormat { Csv, JsonLines, Json };
std::optional<ExportFormat> exportFormatFromName(const QString& name);

// Writes the export; returns the number of transcripts written. Throws ProjectError on an I/O failure.
int exportRun(project::Project& project, qint64 runId, ExportFormat format, const QString& path);

// One CSV field, quoted when it needs to be.
QString csvField(const QString& value);

} // namespace vr::run
