// bench/decisions: how well each decision parser reads the labelled answers of tests/data/decisions/ — overall,
// per class of answer, per source and per provider style — and which trap numbers it accepted.
//     bench_decisions [FOLDER] [--misses]
#include "labelled_decisions.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace vr::testing;

namespace {

void printTable(const char* title, const std::map<std::string, Tally> (&columns)[3])
{
    std::printf("\n%-22s %16s %16s %16s\n", title, "legacy", "structured-v1", "structured-v2");
    for (const auto& [key, tally] : columns[2]) {
        std::printf("%-22s", key.c_str());
        for (const auto& column : columns) {
            const Tally t = column.count(key) ? column.at(key) : Tally{};
            std::printf("   %5.1f %% %3d/%-3d", 100.0 * t.accuracy(), t.right, t.total);
        }
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool showMisses = args.removeAll(QStringLiteral("--misses")) > 0;
    const QString folder = args.isEmpty() ? QStringLiteral(VR_TEST_DATA_DIR "/decisions") : args.first();
    const auto answers = loadLabelledAnswers(folder);
    const char* parsers[] = {"legacy", "structured-v1", "structured-v2"};
    ParserScore scores[3];
    for (int i = 0; i < 3; ++i) scores[i] = scoreParser(answers, parsers[i]);
    std::printf("%zu labelled answers in %s\n", answers.size(), qPrintable(folder));
    for (int i = 0; i < 3; ++i)
        std::printf("%-14s %5.1f %% (%d/%d), traps accepted: %d\n", parsers[i], 100.0 * scores[i].overall.accuracy(), scores[i].overall.right,
                    scores[i].overall.total, scores[i].trapsAccepted);
    const std::map<std::string, Tally> byClass[3] = {scores[0].byClass, scores[1].byClass, scores[2].byClass};
    const std::map<std::string, Tally> bySource[3] = {scores[0].bySource, scores[1].bySource, scores[2].bySource};
    const std::map<std::string, Tally> byStyle[3] = {scores[0].byStyle, scores[1].byStyle, scores[2].byStyle};
    const std::map<std::string, Tally> byFile[3] = {scores[0].byFile, scores[1].byFile, scores[2].byFile};
    printTable("class", byClass);
    printTable("source", bySource);
    printTable("provider style", byStyle);
    printTable("file", byFile);
    if (showMisses)
        for (const QString& miss : scores[2].misses) std::printf("MISS structured-v2 %s\n", qPrintable(miss));
    return 0;
}
