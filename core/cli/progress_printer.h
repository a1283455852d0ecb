#pragma once
// Run progress on the terminal: a redrawn bar with rate, ETA, cost and retries when stdout is a terminal,
// plain lines (at most one every few seconds) when it is a file or a pipe.
#include "run/run_engine.h"

#include <QElapsedTimer>

#include <cstdio>

namespace vr::cli {

class ProgressPrinter {
public:
    explicit ProgressPrinter(FILE* out);
    void update(const run::RunProgress& progress, bool force = false);
    void finish(const run::RunProgress& progress);
    static QString formatDuration(double seconds);
    // The text of one progress report, without the bar (used by both modes).
    static QString describe(const run::RunProgress& progress);

private:
    FILE* m_out;
    bool m_terminal;
    QElapsedTimer m_lastPrint;
};

} // namespace vr::cli
