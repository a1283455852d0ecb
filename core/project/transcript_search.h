#pragma once
// Full-text search over a project's transcripts: what was asked, what the models answered and the summary
// model's explanations (SQLite FTS5, kept in sync by triggers; docs/project-file-format.md), ranked by BM25 and
// narrowed by run, model and decision.
#include "project/project_database.h"

#include <QList>
#include <QString>

#include <optional>

namespace vr::project {

struct TranscriptQuery {
    QString text;        // words (all must occur; case and accents do not matter) and "quoted phrases"
    qint64 runId = 0;    // 0: every run
    QString model;       // a model id; empty: every model
    QString decision;    // "1".."5", "other", …: the effective code (the override when there is one); empty: any
    int limit = 50;
};

struct TranscriptHit {
    qint64 runId = 0, transcriptId = 0, cellId = 0;
    QString scenario, model;
    int sample = 0;
    std::optional<QString> decision; // the effective code; none before summarizing
    QString field;                   // where the best match is: "prompt", "answer" or "explanation"
    QString snippet;                 // the text around it, each match between kMatchStart and kMatchEnd
    double score = 0;                // BM25: lower is a better match
};

inline constexpr QChar kMatchStart = QChar(0x2);
inline constexpr QChar kMatchEnd = QChar(0x3);

// The FTS5 query for what a user typed: each word and each "phrase" quoted (so operators and punctuation are
// text, never syntax). Empty when nothing searchable is left.
QString ftsQueryFor(const QString& userText);

// Best matches first. Throws ProjectError for a project made before search existed and opened read-only.
QList<TranscriptHit> searchTranscripts(ProjectDatabase& db, const TranscriptQuery& query);

} // namespace vr::project
