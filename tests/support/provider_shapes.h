#pragma once
// Successful answers in each provider family's own shape, plain or as a server-sent event stream, so the
// mock server can stand in for OpenAI (and xAI, DeepSeek, Mistral, local servers), Anthropic and Gemini.
#include "mock_provider_server.h"

#include <string>

namespace vr::test {

struct CannedAnswer {
    std::string text = "Weighing both options, I choose 2.\n\nRating: 2";
    int inputTokens = 42;
    int outputTokens = 17;
    std::string model = "mock-model-2026-01-01";
};

enum class ProviderFamily { OpenAiCompatible, Anthropic, Gemini, Unknown };

ProviderFamily familyOf(const RecordedRequest& request);
bool wantsStream(const RecordedRequest& request);

// The provider's success reply for this request: JSON, or SSE when the request asked to stream.
MockReply providerSuccess(const RecordedRequest& request, const CannedAnswer& answer = {});
// The same answer as a stream, explicitly.
MockReply providerStream(ProviderFamily family, const CannedAnswer& answer);

} // namespace vr::test
