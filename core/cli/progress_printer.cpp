#include "cli/progress_printer.h"

#include <unistd.h>

namespace vr::cli {

ProgressPrinter::ProgressPrinter(FILE* out) : m_out(out), m_terminal(::isatty(fileno(out)) != 0)
{
}

QString ProgressPrinter::formatDuration(double seconds)
{
    if (seconds < 0) return QStringLiteral("?");
    const auto s = static_cast<long long>(seconds + 0.5);
    if (s < 60) return QStringLiteral("%1s").arg(s);
    if (s < 3600) return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ProgressPrinter::describe(const run::RunProgress& p)
{
    return QStringLiteral("%1/%2 done, %3 failed, %4 running, %5 cells/s, ETA %6, cost $%7, %8 retries")
        .arg(p.done)
        .arg(p.total)
        .arg(p.failed)
        .arg(p.running)
        .arg(p.cellsPerSecond, 0, 'f', 1)
        .arg(formatDuration(p.etaSeconds))
        .arg(p.cost, 0, 'f', 4)
        .arg(p.retries);
}

void ProgressPrinter::update(const run::RunProgress& p, bool force)
{
    const int interval = m_terminal ? 100 : 5000;
    if (!force && m_lastPrint.isValid() && m_lastPrint.elapsed() < interval) return;
    m_lastPrint.start();
    if (m_terminal) {
        constexpr int width = 30;
        const int filled = p.total > 0 ? (p.done + p.failed) * width / p.total : width;
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        std::fprintf(m_out, "\r\033[K[%s] %s", qPrintable(bar), qPrintable(describe(p)));
    } else {
        std::fprintf(m_out, "progress: %s\n", qPrintable(describe(p)));
    }
    std::fflush(m_out);
}

void ProgressPrinter::finish(const run::RunProgress& p)
{
    update(p, true);
    if (m_terminal) std::fputc('\n', m_out);
    std::fflush(m_out);
}

} // namespace vr::cli
