#include "golden_case.h"

#include <QFile>
#include <QProcess>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <set>

namespace vr::test {
namespace {

const std::vector<std::pair<std::string, std::string>> kRealBases{
    {"openai", "https://api.openai.com/v1"},
    {"anthropic", "https://api.anthropic.com"},
    {"google", "https://generativelanguage.googleapis.com/v1beta"},
    {"xai", "https://api.x.ai/v1"},
    {"deepseek", "https://api.deepseek.com/v1"},
    {"mistral", "https://api.mistral.ai/v1"},
};
const std::vector<std::string> kPrefixMessages{"Invalid JSON input", "Connection error", "Request timed out"};
const std::set<std::string> kTimeKeys{"startedAt", "completedAt", "computedAt"};
const std::vector<std::string> kHeaders{"authorization", "x-api-key", "anthropic-version", "content-type"};

bool isNumber(const Json& v)
{
    return v.is_number();
}

QString show(const Json& v)
{
    return QString::fromStdString(v.dump()).left(300);
}

struct CompareContext {
    bool health = false;
    bool looseDetails = false;
};

void compare(const Json& exp, const Json& got, const QString& path, QStringList& errs, CompareContext& ctx)
{
    const QString key = path.section('.', -1);
    if (kTimeKeys.count(key.toStdString())) {
        if (!got.is_string() || got.get<std::string>().find('T') == std::string::npos)
            errs << path + ": expected an ISO-8601 time, got " + show(got);
        return;
    }
    if (key == "durationMs") {
        if (!isNumber(got) || got.get<double>() < 0) errs << path + ": expected a duration >= 0, got " + show(got);
        return;
    }
    if (exp.is_object()) {
        if (!got.is_object()) {
            errs << path + ": expected an object, got " + show(got);
            return;
        }
        for (auto it = exp.begin(); it != exp.end(); ++it) {
            const std::string& k = it.key();
            const Json& v = it.value();
            if (ctx.health && (k == "pythonVersion" || k == "packages")) continue;
            if (!got.contains(k)) {
                errs << path + "." + QString::fromStdString(k) + ": missing";
                continue;
            }
            if (k == "message" && v.is_string()) {
                const std::string text = v.get<std::string>();
                bool handled = false;
                for (const auto& prefix : kPrefixMessages) {
                    if (text.rfind(prefix, 0) != 0) continue;
                    const Json& g = got[k];
                    if (!g.is_string() || g.get<std::string>().rfind(prefix, 0) != 0)
                        errs << path + ".message: expected to start with " + QString::fromStdString(prefix) + ", got " + show(g);
                    ctx.looseDetails = true;
                    handled = true;
                    break;
                }
                if (handled) continue;
            }
            if (k == "details" && !v.is_null()
                && (ctx.looseDetails || (exp.contains("code") && exp["code"] == "INVALID_RESPONSE"))) {
                if (!got[k].is_string()) errs << path + ".details: expected a string, got " + show(got[k]);
                continue;
            }
            compare(v, got[k], path + "." + QString::fromStdString(k), errs, ctx);
        }
        return;
    }
    if (exp.is_array()) {
        if (!got.is_array() || got.size() != exp.size()) {
            errs << path + QStringLiteral(": expected %1 items, got ").arg(exp.size()) + show(got);
            return;
        }
        for (size_t i = 0; i < exp.size(); ++i)
            compare(exp[i], got[i], path + QStringLiteral("[%1]").arg(i), errs, ctx);
        return;
    }
    if (isNumber(exp)) {
        if (!isNumber(got) || std::fabs(exp.get<double>() - got.get<double>()) > 2e-6)
            errs << path + ": expected " + show(exp) + ", got " + show(got);
        return;
    }
    if (exp != got) errs << path + ": expected " + show(exp) + ", got " + show(got);
}

std::string promptText(const Json& body)
{
    std::string text;
    if (body.contains("messages") && body["messages"].is_array()) {
        for (const auto& m : body["messages"])
            if (m.contains("content") && m["content"].is_string()) text += m["content"].get<std::string>() + "\n";
    } else if (body.contains("contents") && body["contents"].is_array()) {
        for (const auto& c : body["contents"])
            if (c.contains("parts"))
                for (const auto& p : c["parts"])
                    if (p.contains("text") && p["text"].is_string()) text += p["text"].get<std::string>() + "\n";
    }
    return text;
}

Json parseBody(const QByteArray& raw)
{
    try {
        return Json::parse(raw.toStdString());
    } catch (...) {
        return Json{{"__raw__", raw.toStdString()}};
    }
}

QMap<QString, QStringList> queryMap(const QString& query)
{
    QMap<QString, QStringList> map;
    for (const auto& [k, v] : QUrlQuery(query).queryItems(QUrl::FullyDecoded)) map[k] << v;
    return map;
}

} // namespace

std::vector<GoldenCase> loadGoldenCases(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const Json all = Json::parse(file.readAll().toStdString());
    std::vector<GoldenCase> cases;
    for (const auto& c : all) {
        GoldenCase g;
        g.name = c["name"].get<std::string>();
        g.worker = c["worker"].get<std::string>();
        g.stdinText = c["stdin"].get<std::string>();
        g.env = c.value("env", Json::object());
        g.responses = c.value("responses", Json::array());
        g.expected = c["expected"];
        cases.push_back(std::move(g));
    }
    return cases;
}

QString workerBinary(const std::string& worker)
{
    QString name = QString::fromStdString(worker);
    name.replace('_', '-');
    return QStringLiteral(VR_BIN_DIR "/valuerank-") + name;
}

MockReply replyFromGolden(const Json& spec)
{
    if (spec.contains("raise")) {
        return MockReply::failing(spec["raise"] == "timeout" ? MockReply::Fault::Hang : MockReply::Fault::DropConnection);
    }
    const int status = spec.value("status", 200);
    if (spec.contains("text")) return MockReply::text(QByteArray::fromStdString(spec["text"].get<std::string>()), status);
    // Python's json.dumps of the recorded body: ", " / ": " separators and \u escapes, byte for byte.
    return MockReply::json(QByteArray::fromStdString(dumpPythonStyle(spec.value("json", Json()))), status);
}

QProcessEnvironment goldenEnvironment(const Json& caseEnv, quint16 mockPort)
{
    QProcessEnvironment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& key : system.keys())
        if (!key.endsWith(QLatin1String("_API_KEY")) && !key.endsWith(QLatin1String("_BASE_URL")))
            env.insert(key, system.value(key));
    for (auto it = caseEnv.begin(); it != caseEnv.end(); ++it)
        env.insert(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
    for (const auto& [provider, base] : kRealBases) {
        const QString path = QUrl(QString::fromStdString(base)).path();
        env.insert(QString::fromStdString(provider).toUpper() + QStringLiteral("_BASE_URL"),
                   QStringLiteral("http://127.0.0.1:%1/%2%3").arg(mockPort).arg(QString::fromStdString(provider), path));
    }
    env.insert(QStringLiteral("VALUERANK_RETRY_DELAY_SCALE"), QStringLiteral("0"));
    env.insert(QStringLiteral("VALUERANK_HTTP_TIMEOUT_MS"), QStringLiteral("800"));
    return env;
}

QStringList compareJson(const Json& expected, const Json& got, bool isHealthCheck)
{
    QStringList errs;
    CompareContext ctx;
    ctx.health = isHealthCheck;
    compare(expected, got, QStringLiteral("stdout"), errs, ctx);
    return errs;
}

QStringList compareRequests(const Json& expectedRequests, const QList<RecordedRequest>& seen,
                            const std::string* summarizeStdin)
{
    QStringList errs;
    if (seen.size() < static_cast<qsizetype>(expectedRequests.size())) {
        errs << QStringLiteral("requests: expected at least %1, the mock saw %2").arg(expectedRequests.size()).arg(seen.size());
        return errs;
    }
    for (size_t i = 0; i < expectedRequests.size(); ++i) {
        const Json& e = expectedRequests[i];
        const std::string url = e["url"].get<std::string>();
        std::string provider;
        for (const auto& [p, base] : kRealBases)
            if (url.rfind(base, 0) == 0) {
                provider = p;
                break;
            }
        const QUrl want(QString::fromStdString(url));
        const QUrl got(QStringLiteral("http://x") + QString::fromLatin1(seen[i].target));
        const QString wantPath = "/" + QString::fromStdString(provider) + want.path();
        if (got.path() != wantPath || queryMap(got.query()) != queryMap(want.query()))
            errs << QStringLiteral("request[%1]: expected %2?%3, got %4").arg(i).arg(wantPath, want.query(), QString::fromLatin1(seen[i].target));
        if (e.contains("headers") && e["headers"].is_object()) {
            for (auto it = e["headers"].begin(); it != e["headers"].end(); ++it) {
                const QByteArray name = QByteArray::fromStdString(it.key()).toLower();
                if (std::find(kHeaders.begin(), kHeaders.end(), name.toStdString()) == kHeaders.end()) continue;
                const QByteArray wantValue = QByteArray::fromStdString(it.value().get<std::string>()).split(';').first().trimmed();
                const QByteArray gotValue = seen[i].headers.value(name).split(';').first().trimmed();
                if (wantValue != gotValue)
                    errs << QStringLiteral("request[%1] header %2: expected %3, got %4").arg(i).arg(QString::fromLatin1(name), QString::fromLatin1(wantValue), QString::fromLatin1(gotValue));
            }
        }
        const Json body = parseBody(seen[i].body);
        if (summarizeStdin) {
            Json gotRest = Json::object(), wantRest = Json::object();
            for (auto it = body.begin(); it != body.end(); ++it)
                if (it.key() != "messages" && it.key() != "contents") gotRest[it.key()] = it.value();
            for (auto it = e["body"].begin(); it != e["body"].end(); ++it)
                if (it.key() != "messages" && it.key() != "contents") wantRest[it.key()] = it.value();
            CompareContext ctx;
            compare(wantRest, gotRest, QStringLiteral("request[%1].body").arg(i), errs, ctx);
            const std::string text = promptText(body);
            const Json input = Json::parse(*summarizeStdin);
            if (input.contains("transcriptContent") && input["transcriptContent"].contains("turns"))
                for (const auto& t : input["transcriptContent"]["turns"])
                    for (const char* field : {"probePrompt", "targetResponse"})
                        if (t.contains(field) && t[field].is_string() && !t[field].get<std::string>().empty()
                            && text.find(t[field].get<std::string>()) == std::string::npos)
                            errs << QStringLiteral("request[%1]: the prompt does not quote %2").arg(i).arg(field);
            continue;
        }
        CompareContext ctx;
        compare(e["body"], body, QStringLiteral("request[%1].body").arg(i), errs, ctx);
        if (e["body"].is_object() && body.is_object()) {
            std::set<std::string> a, b;
            for (auto it = body.begin(); it != body.end(); ++it) a.insert(it.key());
            for (auto it = e["body"].begin(); it != e["body"].end(); ++it) b.insert(it.key());
            if (a != b) errs << QStringLiteral("request[%1].body: keys differ: got %2").arg(i).arg(show(body));
        }
    }
    for (qsizetype j = static_cast<qsizetype>(expectedRequests.size()); j < seen.size(); ++j)
        if (!expectedRequests.empty() && seen[j].body != seen[expectedRequests.size() - 1].body)
            errs << QStringLiteral("request[%1]: an extra request that is not a retry of the last expected one").arg(j);
    return errs;
}

ProcessResult runProcess(const QString& program, const QByteArray& input, const QProcessEnvironment& env,
                         int timeoutMs, const QStringList& args)
{
    QProcess process;
    process.setProcessEnvironment(env);
    // VR_WORKER_WRAPPER (e.g. "valgrind --error-exitcode=99 -q") runs the program under a tool.
    const QStringList wrapper = qEnvironmentVariable("VR_WORKER_WRAPPER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wrapper.isEmpty()) process.start(program, args);
    else process.start(wrapper.first(), wrapper.mid(1) + QStringList{program} + args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) return result;
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.stdoutData = process.readAllStandardOutput();
    result.stderrData = process.readAllStandardError();
    return result;
}

} // namespace vr::test
