// libFuzzer: valuerank-summarize's input handling and both decision parsers. The explanation is switched off
// (with "explain": true a provider call would follow: the explanation path is covered by the LLM tests).
#include "protocol/envelope.h"
#include "protocol/worker_error.h"
#include "summarize/legacy_decision_parser.h"
#include "summarize/structured_decision_parser.h"
#include "summarize/structured_v2_decision_parser.h"
#include "summarize/summarize_worker.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // 1. Raw text as answers, split into turns at NUL bytes.
    std::vector<vr::summarize::TranscriptTurn> turns;
    size_t start = 0;
    for (size_t i = 0; i <= size; ++i)
        if (i == size || data[i] == 0) {
            turns.push_back({"1 - Strongly favour A\n3 - Neutral\n5 - Strongly favour B", std::string(text.substr(start, i - start))});
            start = i + 1;
        }
    (void)vr::summarize::parseDecisionStructured(turns);
    (void)vr::summarize::parseDecisionStructuredV2(turns);
    (void)vr::summarize::parseDecisionLegacy(turns);
    // 2. The worker's JSON input, with the explanation off.
    try {
        vr::Json input = vr::parseWorkerInput(text);
        if (input.is_object()) input["explain"] = false;
        const std::string document = input.dump();
        (void)vr::summarize::runSummarizeWorker(document);
    } catch (const vr::WorkerError&) {
    } catch (const vr::InputTypeError&) {
    }
    return 0;
}
