#include "call_outcome.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace vr::test {

CallOutcome runCall(const llm::ChatRequest& request, bool stream, llm::HttpTransport* transport, int timeoutMs)
{
    llm::LlmCall call(request, stream, transport);
    CallOutcome out;
    QObject::connect(&call, &llm::LlmCall::retrying, &call, [&](const llm::RetryEvent& e) { out.retries << e; });
    QObject::connect(&call, &llm::LlmCall::textDelta, &call, [&](const QString& t) { out.streamed += t; });
    QSignalSpy done(&call, &llm::LlmCall::finished);
    QElapsedTimer clock;
    clock.start();
    call.start();
    if (!call.isFinished()) done.wait(timeoutMs);
    out.elapsedMs = clock.elapsed();
    out.attempts = call.attempts();
    out.ok = call.succeeded();
    if (out.ok) out.response = call.response();
    else out.error = call.failureAsWorkerError();
    return out;
}

} // namespace vr::test
