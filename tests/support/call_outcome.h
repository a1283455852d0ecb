#pragma once
// One provider call run to its end in a test, with everything a test looks at: success or the error, attempts,
// the retries announced, the streamed text and how long it took.
#include "llm/llm_call.h"
#include "protocol/worker_error.h"

#include <QList>
#include <QString>

#include <optional>

namespace vr::test {

struct CallOutcome {
    bool ok = false;
    llm::ChatResponse response;
    std::optional<WorkerError> error;
    int attempts = 0;
    QList<llm::RetryEvent> retries;
    QString streamed;
    qint64 elapsedMs = 0;
};

CallOutcome runCall(const llm::ChatRequest& request, bool stream, llm::HttpTransport* transport, int timeoutMs = 20000);

} // namespace vr::test
