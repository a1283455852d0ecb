#pragma once
// The worker error codes of docs/worker-protocol.md and how HTTP statuses map onto them.
#include <optional>
#include <string>
#include <string_view>

namespace vr {

enum class ErrorCode {
    RateLimit,
    Timeout,
    NetworkError,
    ServerError,
    AuthError,
    ValidationError,
    NotFound,
    UnsupportedProvider,
    MissingApiKey,
    InvalidResponse,
    Unknown,
};

std::string_view errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(std::string_view name);

// RATE_LIMIT, TIMEOUT, NETWORK_ERROR and SERVER_ERROR are retryable; everything else, UNKNOWN included, is not.
bool isRetryableCode(ErrorCode code);

// 429 → RATE_LIMIT, 401/403 → AUTH_ERROR, 404 → NOT_FOUND, 400 → VALIDATION_ERROR, 5xx → SERVER_ERROR, else UNKNOWN.
ErrorCode errorCodeForHttpStatus(int status);

} // namespace vr
