#include "protocol/guarded_application.h"

#include "protocol/json_log.h"
#include "protocol/worker_error.h"

#include <mutex>

namespace vr {
namespace {

struct HandlerState {
    std::mutex mutex;
    std::function<void(const QString&)> handler;
};

HandlerState& state()
{
    static HandlerState s;
    return s;
}

} // namespace

QString exceptionText(std::exception_ptr failure)
{
    try {
        if (failure) std::rethrow_exception(failure);
    } catch (const WorkerError& e) {
        return QString::fromStdString(redactSecrets(e.message()));
    } catch (const std::exception& e) {
        return QString::fromStdString(redactSecrets(e.what()));
    } catch (...) {
    }
    return QStringLiteral("An unexpected error occurred.");
}

void setEventLoopErrorHandler(std::function<void(const QString&)> handler)
{
    std::lock_guard lock(state().mutex);
    state().handler = std::move(handler);
}

void reportEventLoopError(std::exception_ptr failure)
{
    const QString text = exceptionText(failure);
    std::function<void(const QString&)> handler;
    {
        std::lock_guard lock(state().mutex);
        handler = state().handler;
    }
    if (handler) {
        handler(text);
        return;
    }
    JsonLogger("event_loop").error("Unhandled error", {{"message", text.toStdString()}});
}

} // namespace vr
