#pragma once
// What a provider's error body says that its HTTP status does not: failures no wait can cure, recognized from the
// bodies the real APIs send (tests/data/providers/): OpenAI's 429 insufficient_quota (the account's credit is
// spent) and 429 "Request too large" (bigger than the per-minute token limit), Gemini's 400 "API key not valid".
#include "llm/provider.h"
#include "protocol/worker_error.h"

#include <optional>
#include <string>
#include <string_view>

namespace vr::llm {

// The error to report at once, without retrying, or nullopt when the status decides as usual. `snippet` is the
// body's redacted start, kept as the error's details.
std::optional<WorkerError> terminalProviderError(Provider provider, int status, std::string_view body, const std::string& snippet);

} // namespace vr::llm
