#pragma once
// Google's Gemini generateContent API: roles user/model, systemInstruction, the key in the query string;
// streaming through streamGenerateContent?alt=sse. Gemini reports no model version.
#include "llm/provider_adapter.h"

namespace vr::llm {

class GeminiAdapter : public ProviderAdapter {
public:
    HttpRequestSpec buildRequest(const std::string& model, const ChatRequest& request, bool stream) const override;
    ChatResponse parseResponse(const Json& body) const override;
    std::unique_ptr<StreamDecoder> makeStreamDecoder() const override;

private:
    ChatResponse read(const Json& body) const;
    const ProviderInfo& info() const override { return providerInfo(Provider::Google); }
};

} // namespace vr::llm
