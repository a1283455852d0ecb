#pragma once
// What a provider's error body says that its HTTP status does not, recognized from the bodies the real APIs send
// (tests/data/providers/): failures no wait can cure, a parameter the model refuses, and how long to wait.
#include "llm/provider.h"
#include "protocol/worker_error.h"

#include <optional>
#include <string>
#include <string_view>

namespace vr::llm {

// OpenAI's 429 insufficient_quota (the account's credit is spent) and 429 "Request too large" (bigger than the
// per-minute token limit), Gemini's 400 "API key not valid": the error to report at once, without retrying, or
// nullopt when the status decides as usual. `snippet` is the body's redacted start, kept as the error's details.
std::optional<WorkerError> terminalProviderError(Provider provider, int status, std::string_view body, const std::string& snippet);

// A 400/422 that rejects a parameter we sent ("Unsupported parameter: 'max_tokens'", "`temperature` is deprecated
// for this model", Mistral's "Extra inputs are not permitted" on stream_options): the parameter to leave out
// ("max_tokens", "stream_options", "temperature", "seed"), or "" when the error is about something else.
std::string rejectedParameter(int status, const std::string& errorBody, const std::string& sentBody);

// The wait a body asks for: Google's error.details[] RetryInfo {"retryDelay": "34.4s"}; nullopt otherwise.
std::optional<double> bodyRetryDelay(Provider provider, const std::string& body);

} // namespace vr::llm
