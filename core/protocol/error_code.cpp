#include "protocol/error_code.h"

#include <array>
#include <utility>

namespace vr {
namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 11> kNames{{
    {ErrorCode::RateLimit, "RATE_LIMIT"},
    {ErrorCode::Timeout, "TIMEOUT"},
    {ErrorCode::NetworkError, "NETWORK_ERROR"},
    {ErrorCode::ServerError, "SERVER_ERROR"},
    {ErrorCode::AuthError, "AUTH_ERROR"},
    {ErrorCode::ValidationError, "VALIDATION_ERROR"},
    {ErrorCode::NotFound, "NOT_FOUND"},
    {ErrorCode::UnsupportedProvider, "UNSUPPORTED_PROVIDER"},
    {ErrorCode::MissingApiKey, "MISSING_API_KEY"},
    {ErrorCode::InvalidResponse, "INVALID_RESPONSE"},
    {ErrorCode::Unknown, "UNKNOWN"},
}};

} // namespace

std::string_view errorCodeName(ErrorCode code)
{
    for (const auto& [c, name] : kNames)
        if (c == code) return name;
    return "UNKNOWN";
}

std::optional<ErrorCode> errorCodeFromName(std::string_view name)
{
    for (const auto& [c, n] : kNames)
        if (n == name) return c;
    return std::nullopt;
}

bool isRetryableCode(ErrorCode code)
{
    return code == ErrorCode::RateLimit || code == ErrorCode::Timeout || code == ErrorCode::NetworkError
        || code == ErrorCode::ServerError;
}

ErrorCode errorCodeForHttpStatus(int status)
{
    if (status == 429) return ErrorCode::RateLimit;
    if (status == 401 || status == 403) return ErrorCode::AuthError;
    if (status == 404) return ErrorCode::NotFound;
    if (status == 400 || status == 422) return ErrorCode::ValidationError; // 422: Mistral's and FastAPI servers' "invalid request"
    if (status >= 500 && status <= 599) return ErrorCode::ServerError;
    return ErrorCode::Unknown;
}

} // namespace vr
