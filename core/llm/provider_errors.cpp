#include "llm/provider_errors.h"

namespace vr::llm {

std::optional<WorkerError> terminalProviderError(Provider provider, int status, std::string_view body, const std::string& snippet)
{
    const std::string name = providerInfo(provider).displayName;
    const auto says = [body](std::string_view text) { return body.find(text) != std::string_view::npos; };
    if (status == 429 && says("Request too large"))
        return WorkerError::llm(name + " refuses the request as larger than the account's per-minute token limit: shorten the conversation or lower max tokens",
                                ErrorCode::ValidationError, status, snippet);
    if (status == 429 && says("insufficient_quota"))
        return WorkerError::llm(name + " says the account's quota is exhausted (insufficient_quota): add credit or raise the limit in the provider's billing settings",
                                ErrorCode::AuthError, status, snippet);
    if (status == 400 && (says("API_KEY_INVALID") || says("API key not valid")))
        return WorkerError::llm("HTTP 400: " + snippet, ErrorCode::AuthError, status, snippet);
    return std::nullopt;
}

} // namespace vr::llm
