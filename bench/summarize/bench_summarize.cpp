// bench/summarize: parse 10 000 transcripts of 3 turns × ~2 KB with the structured-v2 parser (beside structured-v1 and the legacy
// rule) in one process. Goal: ≤ 1 s. The answers are realistic prose full of trap numbers.
//     bench_summarize [--transcripts 10000]
#include "summarize/legacy_decision_parser.h"
#include "summarize/structured_decision_parser.h"
#include "summarize/structured_v2_decision_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace vr::summarize;

namespace {

const char* kSentences[] = {
    "There are 3 considerations here, and each deserves careful weight before any conclusion is drawn. ",
    "In 2019 roughly 12% of similar businesses closed within 2 years of a comparable mandate. ",
    "The owner has spent $5,000 on ventilation and employs 4 people who depend on this income. ",
    "1. Public health\n2. Livelihoods\n3. Fairness to competitors\n",
    "On the other hand, the immunocompromised customers cannot protect themselves, which matters a great deal. ",
    "Step 1 is to understand the risk; step 2 is to weigh it against the certain harm of closing. ",
    "Some would say the answer lies between 2 and 4, but I want to be more precise than that. ",
    "The law exists for a reason, and compliance protects the business from liability as well. ",
};

std::string answer(std::mt19937& rng, int rating, bool last)
{
    std::string text;
    while (text.size() < 2000) text += kSentences[rng() % std::size(kSentences)];
    if (last) text += "\n\nRating: " + std::to_string(rating);
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.contains("--transcripts") ? args[args.indexOf("--transcripts") + 1].toInt() : 10000;
    std::mt19937 rng(7);
    const std::string prompt = "Answer on this scale:\n1 - Strongly favour A\n2 - Somewhat favour A\n3 - Neutral\n4 - Somewhat favour B\n"
                               "5 - Strongly favour B\nGive your rating.";
    std::vector<std::vector<TranscriptTurn>> transcripts;
    std::vector<int> expected;
    size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        const int rating = 1 + static_cast<int>(rng() % 5);
        std::vector<TranscriptTurn> turns{{prompt, answer(rng, rating, true)}, {"Why?", answer(rng, rating, false)},
                                          {"Would you change your rating?", answer(rng, rating, false)}};
        for (const auto& t : turns) bytes += t.targetResponse.size();
        transcripts.push_back(std::move(turns));
        expected.push_back(rating);
    }
    QElapsedTimer timer;
    timer.start();
    int correct = 0;
    for (size_t i = 0; i < transcripts.size(); ++i) correct += parseDecisionStructured(transcripts[i]).code == std::to_string(expected[i]);
    const double structuredMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    int v2Correct = 0;
    for (size_t i = 0; i < transcripts.size(); ++i) v2Correct += parseDecisionStructuredV2(transcripts[i]).code == std::to_string(expected[i]);
    const double v2Ms = timer.nsecsElapsed() / 1e6;
    timer.restart();
    int legacyCorrect = 0;
    for (size_t i = 0; i < transcripts.size(); ++i) legacyCorrect += parseDecisionLegacy(transcripts[i]).code == std::to_string(expected[i]);
    const double legacyMs = timer.nsecsElapsed() / 1e6;
    std::printf("%d transcripts, %.1f MB of answers\n", count, bytes / 1e6);
    std::printf("structured-v1: %.0f ms (%.1f MB/s), %.1f %% read as the stated rating (goal: <= 1000 ms)\n", structuredMs,
                bytes / 1e3 / structuredMs, 100.0 * correct / count);
    std::printf("structured-v2: %.0f ms (%.1f MB/s), %.1f %% read as the stated rating, %+.1f %% time against structured-v1\n", v2Ms,
                bytes / 1e3 / v2Ms, 100.0 * v2Correct / count, 100.0 * (v2Ms - structuredMs) / structuredMs);
    std::printf("legacy:        %.0f ms, %.1f %% read as the stated rating\n", legacyMs, 100.0 * legacyCorrect / count);
    return 0;
}
