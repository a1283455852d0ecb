// bench/probe: (a) valuerank-probe process wall time, single turn, loopback mock with no latency;
// (b) the async client in one process, 5000 requests at 64 in flight, no latency;
// (c) the same with 200 ms of server latency (ideal: 64 / 0.2 s = 320 requests/s).
//     bench_probe [--runs 500] [--requests 5000] [--in-flight 64]
#include "golden_case.h"
#include "llm/http_transport.h"
#include "llm/llm_call.h"
#include "mock_provider_server.h"
#include "provider_shapes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vr;
using namespace vr::test;

namespace {

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void processBench(MockProviderServer& mock, int runs)
{
    mock.setResponder([](const RecordedRequest& r) { return providerSuccess(r); });
    QProcessEnvironment env = goldenEnvironment(Json{{"OPENAI_API_KEY", "sk-bench-0123456789"}}, mock.port());
    const QByteArray input = R"({"runId": "b", "scenarioId": "s", "modelId": "gpt-4o", "scenario": {"prompt": "A or B?"}, "config": {"maxTurns": 1}})";
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const ProcessResult r = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-probe"), input, env);
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (r.exitCode != 0 || !r.stdoutData.contains("\"success\": true")) {
            std::fprintf(stderr, "probe failed: %s\n", r.stdoutData.constData());
            return;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("(a) valuerank-probe, %d processes: median %.2f ms, p90 %.2f ms, min %.2f ms (goal <= 20 ms)\n", runs,
                ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.front());
}

void clientBench(MockProviderServer& mock, int total, int inFlight, int latencyMs, const char* label, int transportConcurrency)
{
    mock.setResponder([latencyMs](const RecordedRequest& r) {
        MockReply reply = providerSuccess(r);
        reply.delayMs = latencyMs;
        return reply;
    });
    llm::HttpTransport transport(transportConcurrency);
    llm::ChatRequest request;
    request.modelId = "gpt-4o";
    request.messages = {{"user", "A or B?"}};
    int started = 0, done = 0, failed = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        if (started >= total) return;
        ++started;
        auto* call = new llm::LlmCall(request, false, &transport);
        QObject::connect(call, &llm::LlmCall::finished, call, [&, call] {
            failed += call->succeeded() ? 0 : 1;
            call->deleteLater();
            if (++done == total) loop.quit();
            else launch();
        });
        call->start();
    };
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < inFlight; ++i) launch();
    loop.exec();
    const double seconds = t.nsecsElapsed() / 1e9;
    const double rate = total / seconds;
    std::printf("%s %d requests, %d in flight, %d ms latency: %.0f requests/s in %.2f s, %d failed", label, total, inFlight,
                latencyMs, rate, seconds, failed);
    if (latencyMs > 0) std::printf(" (ideal %.0f/s: %.1f %%)", inFlight * 1000.0 / latencyMs, 100.0 * rate / (inFlight * 1000.0 / latencyMs));
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qputenv("OPENAI_API_KEY", "sk-bench-0123456789");
    qputenv("VALUERANK_RETRY_DELAY_SCALE", "0");
    MockProviderServer mock;
    qputenv("OPENAI_BASE_URL", (mock.url() + "/openai/v1").toUtf8());
    processBench(mock, argValue(args, "--runs", 500));
    const int requests = argValue(args, "--requests", 5000);
    const int inFlight = argValue(args, "--in-flight", 64);
    clientBench(mock, requests, inFlight, 0, "(b)", inFlight);
    clientBench(mock, std::min(requests, 2000), inFlight, 200, "(c)", inFlight);
    // For comparison: one QNetworkAccessManager caps a host at six connections, whatever is in flight.
    clientBench(mock, 300, inFlight, 200, "(c, one manager)", 6);
    return 0;
}
