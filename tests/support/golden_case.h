#pragma once
// Golden cases recorded from the reference workers, and the comparison rules of the golden checker (docs/worker-protocol.md, "Parity means parsed values"):
// parsed JSON, superset of keys allowed, numbers within 2e-6, times and durations checked by shape only,
// messages quoting another runtime's text compared by prefix.
#include "mock_provider_server.h"
#include "protocol/json.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <string>
#include <vector>

namespace vr::test {

struct GoldenCase {
    std::string name;
    std::string worker; // probe | summarize | analyze_basic | health_check
    std::string stdinText;
    Json env;
    Json responses;
    Json expected;
};

std::vector<GoldenCase> loadGoldenCases(const QString& path);
QString workerBinary(const std::string& worker); // bin dir + valuerank-<worker>

// A scripted golden reply: {"status", "json"|"text"} or {"raise": "connection"|"timeout"}.
MockReply replyFromGolden(const Json& spec);

// The environment the checker gives a worker: ours minus keys and base URLs, the case's env, base URLs on the
// mock (http://127.0.0.1:<port>/<provider><real base path>), no retry sleeps, an 800 ms HTTP timeout.
QProcessEnvironment goldenEnvironment(const Json& caseEnv, quint16 mockPort);

QStringList compareJson(const Json& expected, const Json& got, bool isHealthCheck);
QStringList compareRequests(const Json& expectedRequests, const QList<RecordedRequest>& seen,
                            const std::string* summarizeStdin);

struct ProcessResult {
    int exitCode = -1;
    bool finished = false;
    QByteArray stdoutData;
    QByteArray stderrData;
};
ProcessResult runProcess(const QString& program, const QByteArray& input, const QProcessEnvironment& env,
                         int timeoutMs = 60000, const QStringList& args = {});

} // namespace vr::test
