#include "protocol/worker_error.h"

#include <algorithm>
#include <cctype>

namespace vr {
namespace {

bool containsAny(const std::string& haystack, std::initializer_list<const char*> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](const char* n) { return haystack.find(n) != std::string::npos; });
}

} // namespace

WorkerError WorkerError::worker(std::string message, ErrorCode code, std::optional<std::string> details)
{
    WorkerError e;
    e.m_message = std::move(message);
    e.m_code = code;
    e.m_retryable = isRetryableCode(code);
    e.m_details = std::move(details);
    return e;
}

WorkerError WorkerError::validation(std::string message, std::optional<std::string> details)
{
    WorkerError e = worker(std::move(message), ErrorCode::ValidationError, std::move(details));
    e.m_typeName = "ValidationError";
    return e;
}

WorkerError WorkerError::llm(std::string message, ErrorCode code, std::optional<int> statusCode,
                             std::optional<std::string> details)
{
    if (statusCode && code == ErrorCode::Unknown) code = errorCodeForHttpStatus(*statusCode);
    WorkerError e = worker(std::move(message), code, std::move(details));
    e.m_statusCode = statusCode;
    e.m_typeName = "LLMError";
    return e;
}

WorkerError WorkerError::retryableError(std::string message, ErrorCode code, std::optional<std::string> details)
{
    if (!isRetryableCode(code)) code = ErrorCode::NetworkError;
    WorkerError e = worker(std::move(message), code, std::move(details));
    e.m_retryable = true;
    e.m_typeName = "RetryableError";
    return e;
}

WorkerError WorkerError::bare(std::string message, ErrorCode code, bool retryable)
{
    WorkerError e;
    e.m_message = std::move(message);
    e.m_code = code;
    e.m_retryable = retryable;
    e.m_hasDetailsKey = false;
    return e;
}

WorkerError WorkerError::unexpected(std::string message, std::string typeName, bool withDetails)
{
    WorkerError e = bare(std::move(message), ErrorCode::Unknown, true);
    e.m_hasDetailsKey = withDetails;
    if (withDetails) e.m_details = typeName;
    e.m_typeName = std::move(typeName);
    return e;
}

WorkerError WorkerError::classify(const std::string& message, const std::string& typeName)
{
    std::string lower = message;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (containsAny(lower, {"timeout", "timed out"}))
        return retryableError(message, ErrorCode::Timeout, typeName);
    if (containsAny(lower, {"connection", "network", "socket", "econnrefused", "enotfound"}))
        return retryableError(message, ErrorCode::NetworkError, typeName);
    if (containsAny(lower, {"rate limit", "429"}))
        return llm(message, ErrorCode::RateLimit, 429, std::nullopt);
    WorkerError e = worker(message, ErrorCode::Unknown, typeName);
    e.m_typeName = typeName;
    return e;
}

Json WorkerError::toJson() const
{
    Json j = Json::object();
    j["message"] = m_message;
    j["code"] = std::string(errorCodeName(m_code));
    j["retryable"] = m_retryable;
    if (m_hasDetailsKey) j["details"] = m_details ? Json(*m_details) : Json(nullptr);
    if (m_statusCode) j["statusCode"] = *m_statusCode;
    return j;
}

WorkerError toWorkerError(std::exception_ptr failure)
{
    try {
        if (failure) std::rethrow_exception(failure);
    } catch (const WorkerError& e) {
        return e;
    } catch (const InputTypeError& e) {
        return WorkerError::classify(e.what(), e.typeName());
    } catch (const std::exception& e) {
        return WorkerError::classify(e.what(), "Exception");
    }
    return WorkerError::worker("No failure", ErrorCode::Unknown);
}

} // namespace vr
