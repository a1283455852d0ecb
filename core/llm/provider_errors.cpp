#include "llm/provider_errors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

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

std::string rejectedParameter(int status, const std::string& errorBody, const std::string& sentBody)
{
    if (status != 400 && status != 422) return {};
    std::string lower = errorBody.substr(0, 4000);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const char* const refusals[] = {"unsupported", "not supported", "does not support", "deprecated", "not permitted",
                                           "extra_forbidden", "unrecognized", "unknown parameter", "only the default", "not allowed"};
    if (std::none_of(std::begin(refusals), std::end(refusals), [&](const char* r) { return lower.find(r) != std::string::npos; })) return {};
    static const std::pair<const char*, const char*> parameters[] = {{"max_tokens", "max_tokens"}, {"stream_options", "stream_options"},
                                                                     {"temperature", "temperature"}, {"random_seed", "seed"}, {"seed", "seed"}};
    for (const auto& [name, omitted] : parameters)
        if (lower.find(name) != std::string::npos && sentBody.find(std::string("\"") + name + "\"") != std::string::npos) return omitted;
    return {};
}

std::optional<double> bodyRetryDelay(Provider provider, const std::string& body)
{
    if (provider != Provider::Google) return std::nullopt;
    const Json parsed = Json::parse(body, nullptr, false);
    if (!parsed.is_object() || !parsed.contains("error") || !parsed["error"].is_object()) return std::nullopt;
    const Json& details = parsed["error"].value("details", Json());
    if (!details.is_array()) return std::nullopt;
    for (const Json& d : details) {
        if (!d.is_object() || d.value("@type", std::string()).find("RetryInfo") == std::string::npos) continue;
        const std::string delay = d.value("retryDelay", std::string());
        char* end = nullptr;
        const double seconds = std::strtod(delay.c_str(), &end);
        if (end != delay.c_str() && seconds >= 0 && std::isfinite(seconds)) return seconds;
    }
    return std::nullopt;
}

} // namespace vr::llm
